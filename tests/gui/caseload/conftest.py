"""A real vault with a fictional caseload (seeded once per run, copied per test)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from csec_desktop.core.demo_seed import seed_caseload
from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.screening_policy import default_screening_policy
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from csec_desktop.gui.background import Background
from csec_desktop.gui.caseload.services import WorkspaceServices
from csec_desktop.gui.caseload.source import CaseloadSource
from tests.gui.gui_helpers import PASS

SEEDED_YOUTH = 300


@pytest.fixture(scope="session")
def seeded_template(template_vault_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("seeded") / "data"
    shutil.copytree(template_vault_dir, folder)
    session = DeviceVault(folder, kdf_params=MINIMUM_PARAMS).sign_in("maria", PASS)
    try:
        services = WorkspaceServices.build(session)
        seed_caseload(
            services.ctx, shipped_registry(), default_screening_policy(), SEEDED_YOUTH, seed=41
        )
    finally:
        session.sign_out()
    return folder


@pytest.fixture
def seeded_vault(seeded_template: Path, tmp_path: Path) -> DeviceVault:
    folder = tmp_path / "data"
    shutil.copytree(seeded_template, folder)
    return DeviceVault(folder, kdf_params=MINIMUM_PARAMS)


@pytest.fixture
def services(seeded_vault: DeviceVault) -> Iterator[WorkspaceServices]:
    """The signed-in supervisor's services over the seeded vault, with the caseload loaded."""
    session = seeded_vault.sign_in("maria", PASS)
    built = WorkspaceServices.build(session)
    built.source = CaseloadSource.load(built.ctx)
    yield built
    session.sign_out()


@pytest.fixture
def background(qapp: Any) -> Iterator[Background]:
    helper = Background()
    yield helper
    helper.wait()
