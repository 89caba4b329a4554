"""Real widgets over a real temporary vault (weakest allowed Argon2id, to stay quick)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from csec_desktop.core.vault.roles import Role
from csec_desktop.gui.controller import AppController
from csec_desktop.gui.style import style_sheet
from tests.gui.gui_helpers import PASS, SUPERVISOR, WORKER, WORKER_PASS


@pytest.fixture(autouse=True)
def calm_style(qapp: QApplication) -> None:
    qapp.setStyleSheet(style_sheet(qapp.font().pointSizeF()))


@pytest.fixture(autouse=True)
def english_screens(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every GUI test starts in English whatever the machine's locale (the app follows the
    operating system's language when nothing else chose one), and ends there even when a
    Spanish test failed half-way."""
    monkeypatch.setenv("LC_ALL", "en_US.UTF-8")
    yield
    from csec_desktop.core.worker_language import worker_language
    from csec_desktop.gui.ui_language import install_language

    if worker_language() != "en":
        install_language("en")


@pytest.fixture
def new_vault(tmp_path: Path) -> DeviceVault:
    return DeviceVault(tmp_path / "data", kdf_params=MINIMUM_PARAMS)


@pytest.fixture(scope="session")
def template_vault_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("template") / "data"
    vault = DeviceVault(folder, kdf_params=MINIMUM_PARAMS)
    session, _code = vault.initialize(*SUPERVISOR, PASS)
    session.add_account(*WORKER, Role.FIELD_WORKER, WORKER_PASS)
    session.sign_out()
    return folder


@pytest.fixture
def vault(template_vault_dir: Path, tmp_path: Path) -> DeviceVault:
    """A vault with a supervisor (maria) and a social worker (sam), nobody signed in.

    A copy of one vault made per run: the same real files, without three Argon2id runs each.
    """
    folder = tmp_path / "data"
    shutil.copytree(template_vault_dir, folder)
    return DeviceVault(folder, kdf_params=MINIMUM_PARAMS)


@pytest.fixture
def make_controller(qtbot: Any) -> Iterator[Callable[..., AppController]]:
    made: list[AppController] = []

    def make(vault: DeviceVault, **options: Any) -> AppController:
        controller = AppController(vault, **options)
        qtbot.addWidget(controller.window)
        controller.window.show()
        qtbot.waitExposed(controller.window)
        made.append(controller)
        return controller

    yield make
    for controller in made:
        controller.window.close()
