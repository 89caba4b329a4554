"""The worker's screens in Spanish: the catalog, the language switches and the untranslated-text
walker over every window the app opens (real widgets, a real vault, offscreen)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import date, time
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from csec_desktop.core.display_words import clock_words, day_words, due_words
from csec_desktop.core.i18n import translate
from csec_desktop.core.time_entry import parse_typed_time
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from csec_desktop.core.worker_language import (
    account_language,
    device_language,
    language_for_locale,
    worker_language,
)
from csec_desktop.gui.compile_translations import catalog, stale_files, untranslated
from csec_desktop.gui.sign_in.setup_wizard import SetupWizard
from csec_desktop.gui.ui_language import install_language
from tests.gui.gui_helpers import PASS, signed_in, wait_idle
from tests.gui.untranslated import assert_spanish

# Windows whose words belong to the branches translating them in parallel: the lead removes a
# room from PENDING once its catalog is merged, and the walker then holds those windows to
# the same rule (until then a failure there is an expected one).
PENDING: set[str] = set()


@pytest.fixture
def spanish(qapp: Any) -> Iterator[None]:
    install_language("es")
    yield
    install_language("en")


def test_the_catalog_and_its_compiled_file_match_the_sources():
    assert stale_files() == [], "run: python -m csec_desktop.gui.compile_translations"


def test_every_text_has_spanish_with_the_same_values_and_a_mnemonic():
    assert untranslated("es") == []
    root = ET.parse(catalog("es")).getroot()  # noqa: S314 - the project's own catalog
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        spanish = message.findtext("translation") or ""
        assert set(re.findall(r"{\w*}", source)) == set(re.findall(r"{\w*}", spanish)), source
        has_key = re.search(r"&[^&\s]", source) is not None
        assert has_key == (re.search(r"&[^&\s]", spanish) is not None), source


def test_spanish_reaches_core_words_and_qt_own_buttons(spanish):
    assert worker_language() == "es"
    assert day_words(date(2011, 3, 14)) == "14 de marzo de 2011"
    assert clock_words(time(21, 5)) == "9:05 p. m."
    assert parse_typed_time("9:05 p. m.") == time(21, 5)  # what the screen shows can be typed
    from datetime import UTC, datetime, timedelta

    now = datetime(2026, 3, 14, 12, tzinfo=UTC)
    assert due_words(now - timedelta(hours=3), now) == "vencido hace 3 horas"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Cancelar"
    install_language("en")
    assert day_words(date(2011, 3, 14)) == "March 14, 2011"
    assert translate("DisplayWords", "March") == "March"


def test_the_default_follows_the_operating_system():
    assert language_for_locale("es_US.UTF-8") == "es"
    assert language_for_locale("es-MX") == "es"
    assert language_for_locale("en_US.UTF-8") == "en"
    assert language_for_locale("fr_FR") == "en"  # not shipped: English
    assert language_for_locale(None) == "en"


def test_the_sign_in_switch_and_the_account_setting_choose_the_language(
    qtbot, vault, make_controller
):
    controller = make_controller(vault)
    page = controller.sign_in
    try:
        box = page.language_box
        assert box.accessibleName() == "Language / Idioma"
        assert box.focusPolicy() & Qt.FocusPolicy.TabFocus  # reached with Tab
        box.setFocus()
        qtbot.keyClick(box, Qt.Key.Key_Down)  # English -> Español, by keyboard
        box.activated.emit(box.currentIndex())  # the view's choice (a combo's popup emits it)
        assert worker_language() == "es"
        assert page.ui.signInButton.text() == "Iniciar sesión"
        assert_spanish(controller.window)
        assert device_language(vault.data_dir) == "es"  # the next sign-in screen's

        signed_in(qtbot, controller)  # the account chose nothing: the screen's language stays
        assert worker_language() == "es"
        assert controller.lock_screen.unlock.text() == "&Desbloquear"
        dialog = controller.open_language()
        assert dialog is not None
        assert_spanish(dialog)
        dialog.languages.setCurrentIndex(dialog.languages.findData("en"))
        dialog.accept()
        wait_idle(qtbot, controller)
        assert worker_language() == "en"
        assert account_language(controller.session.db, "maria") == "en"
        assert controller.window.menuSettings.title() == "Settin&gs"
        assert controller.workspace is not None  # rebuilt in English

        controller.sign_out()  # the laptop's choice for the next person
        assert worker_language() == "es"
        assert page.ui.signInButton.text() == "Iniciar sesión"
        signed_in(qtbot, controller)  # and the account's own at its sign-in
        assert worker_language() == "en"
    finally:
        install_language("en")


def test_the_shell_speaks_spanish_everywhere(spanish, qtbot, vault, tmp_path, make_controller):
    """Sign-in, menus, status bar, lock and privacy screens, Settings → Language and every
    page of first-run setup."""
    controller = make_controller(vault, demo_logins=())
    assert_spanish(controller.window)
    signed_in(qtbot, controller)
    # The menus and the status bar (the workspace itself is walked by the journey test).
    assert_spanish(controller.window.menuBar())
    assert_spanish(controller.window.statusBar())
    for gate in (controller.lock_screen, controller.privacy_screen):
        gate.start(controller.session)
        assert_spanish(gate, str(gate))
    fresh = DeviceVault(tmp_path / "fresh", kdf_params=MINIMUM_PARAMS)
    setup = SetupWizard(fresh, controller.background)
    qtbot.addWidget(setup)
    for index in range(setup.pages.count()):
        page = setup.pages.widget(index)
        assert_spanish(page, str(page))


def _about(controller: Any) -> QDialog:
    from csec_desktop.gui.help.help_dialogs import about_dialog

    dialog = about_dialog(controller.window)
    dialog.open()
    return dialog


def _shortcuts(controller: Any) -> QDialog:
    from csec_desktop.gui.help.help_dialogs import shortcuts_dialog

    dialog = shortcuts_dialog(controller.window)
    dialog.open()
    return dialog


def _profile(controller: Any) -> QDialog | None:
    return controller.workspace.add_youth()


# (name, room, how to open it from a signed-in supervisor's controller)
OTHER_WINDOWS: list[tuple[str, str, Callable[[Any], QWidget | None]]] = [
    ("language", "shell", lambda c: c.open_language()),
    ("accounts", "other-windows", lambda c: c.open_accounts()),
    ("instruments", "other-windows", lambda c: c.open_instruments()),
    ("sync", "other-windows", lambda c: c.open_sync()),
    ("change passphrase", "other-windows", lambda c: c.open_change_passphrase()),
    ("recovery", "other-windows", lambda c: c.open_recovery("maria")),
    ("about", "other-windows", _about),
    ("shortcuts", "other-windows", _shortcuts),
    ("user guide", "other-windows", lambda c: c.actions.open_guide("")),
    ("youth profile", "caseload", _profile),
]


@pytest.mark.parametrize(
    ("name", "room", "opener"),
    [
        pytest.param(
            *entry,
            id=entry[0],
            marks=[pytest.mark.xfail(strict=False, reason="translated on its own branch")]
            if entry[1] in PENDING
            else [],
        )
        for entry in OTHER_WINDOWS
    ],
)
def test_each_window_and_dialog_speaks_spanish(
    spanish, qtbot, vault, make_controller, name, room, opener
):
    controller = make_controller(vault)
    signed_in(qtbot, controller)
    window = opener(controller)
    assert window is not None, name
    qtbot.waitUntil(window.isVisible)
    QCoreApplication.processEvents()
    try:
        assert_spanish(window, str(f"{name} ({room})"))
    finally:
        window.close()


def test_core_texts_of_the_other_windows_follow_the_worker_language(spanish, vault):
    """Sync status and summary, print languages, account errors: Spanish on screen, English
    once English is back (the CLI's hook)."""
    from datetime import UTC, datetime

    from csec_desktop.core.errors import CsecError
    from csec_desktop.core.reports.youth_languages import choices
    from csec_desktop.core.sync_service.online_sync import SyncReport
    from csec_desktop.core.sync_service.purge import PurgeReport
    from csec_desktop.core.sync_service.sync_schedule import status_line

    now = datetime(2026, 3, 14, 12, tzinfo=UTC)
    line = status_line("2026-03-02T09:00:00Z", 1, 0, now)
    assert line.startswith("Última sincronización: 2 de marzo de 2026 a las ")
    assert line.endswith("1 registro en espera, 0 en espera de la respuesta del condado")
    report = SyncReport(None, 3, 1, 2, PurgeReport(0, 0))
    assert report.summary() == (
        "Sincronizado: 1 paquete enviado; 2 respuestas del condado aplicadas."
    )
    session = vault.sign_in("maria", PASS)
    try:
        assert choices(session.db)[:2] == [("en", "Inglés"), ("es", "Español")]
        with pytest.raises(CsecError, match="No hay ninguna cuenta llamada nadie"):
            session.set_active("nadie", False)
        install_language("en")
        assert choices(session.db)[1] == ("es", "Spanish (Español)")
        assert report.summary() == "Synced: 1 bundle sent; 2 county answers applied."
    finally:
        session.sign_out()
