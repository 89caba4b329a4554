from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS

SUPERVISOR = "maria.lopez"
SUPERVISOR_PASS = "blue river quiet morning"
WORKER = "sam.ortiz"
WORKER_PASS = "tall cedar under rain"


class FakeClock:
    """The laptop's clock, moved by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def vault(data_dir: Path, clock: FakeClock) -> DeviceVault:
    return DeviceVault(data_dir, clock=clock, kdf_params=MINIMUM_PARAMS)


@pytest.fixture
def setup_vault(vault: DeviceVault) -> tuple[DeviceVault, str]:
    """A vault with a supervisor and a field worker, everyone signed out."""
    from csec_desktop.core.vault.roles import Role

    session, recovery = vault.initialize(SUPERVISOR, "Maria Lopez", SUPERVISOR_PASS)
    session.add_account(WORKER, "Sam Ortiz", Role.FIELD_WORKER, WORKER_PASS)
    session.sign_out()
    return vault, recovery
