from __future__ import annotations

from pathlib import Path

import pytest

from csec_desktop.core.desk import Desk
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from tests.core.vault.conftest import FakeClock


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def session(tmp_path: Path, clock: FakeClock):
    vault = DeviceVault(tmp_path / "data", clock=clock, kdf_params=MINIMUM_PARAMS)
    session, _ = vault.initialize("kim.lee", "Kim Lee", "morning fog over the bay")
    yield session
    session.sign_out()


@pytest.fixture
def ctx(session, clock) -> RecordContext:
    return RecordContext(session.db, session.audit, clock, Actor("kim.lee", "Kim Lee"))


@pytest.fixture
def desk(session, clock) -> Desk:
    """The signed-in supervisor's desk (every store and service) on the hand-moved clock."""
    return Desk(session, clock)
