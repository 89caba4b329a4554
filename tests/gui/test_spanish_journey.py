"""The whole screening journey in the Spanish UI, as a social worker takes it: sign in, the
caseload, the youth's page, start a screening, answer it by keyboard, the outcome, sign, the
duties that follow, and print. Every screen is read for English left on it.

Set ``CSEC_SCREENSHOTS`` to a folder to keep a PNG of each screen (run it under Xvfb at
1366×768 to see the real window sizes).
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from csec_desktop.gui.printing.print_preview import PrintPreviewDialog
from csec_desktop.gui.ui_language import install_language
from csec_desktop.gui.wizard import EncounterWizard, StartEncounterDialog
from tests.gui.encounter_helpers import open_records
from tests.gui.gui_helpers import WORKER_PASS, sign_in, wait_idle
from tests.gui.test_spanish_ui import PENDING
from tests.gui.untranslated import english_left, mnemonic_clashes
from tests.gui.wizard_keys import digit, press

SHOTS = os.environ.get("CSEC_SCREENSHOTS")


class Screens:
    """Reads each screen: English on a 22a screen fails at once; on a screen whose room is
    still PENDING it is collected and reported as an expected failure at the end."""

    def __init__(self) -> None:
        self.pending: list[str] = []
        self.seen: list[str] = []

    def check(self, name: str, window: QWidget, room: str = "shell") -> None:
        QApplication.processEvents()
        self.seen.append(name)
        if SHOTS:
            Path(SHOTS).mkdir(parents=True, exist_ok=True)
            window.grab().save(str(Path(SHOTS) / f"{len(self.seen):02d}-{name}.png"))
        left = english_left(window)
        if room in PENDING:
            self.pending += [f"{name}: {text}" for text in left]
            return
        assert not left, f"English left on {name}:\n" + "\n".join(left)
        clashes = mnemonic_clashes(window)
        assert not clashes, f"two buttons share a key on {name}: {clashes}"


def close_help(qtbot: Any, dialog: QWidget, wizard: QWidget) -> None:
    dialog.close()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)


@pytest.fixture
def spanish(qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("CSEC_DATA_DIR", str(tmp_path / "prefs"))  # the default form view
    install_language("es")
    yield
    install_language("en")


def test_the_screening_journey_reads_spanish_on_every_screen(
    spanish, qtbot, vault, make_controller
):
    records = open_records(vault)  # sam's caseload holds one youth
    youth_id = records.youth.id
    records.session.sign_out()
    screens = Screens()
    controller = make_controller(vault)
    controller.window.resize(1366, 740)
    screens.check("sign-in", controller.window)

    sign_in(qtbot, controller, "sam", WORKER_PASS)
    qtbot.waitUntil(lambda: controller.workspace is not None, timeout=10_000)
    wait_idle(qtbot, controller)
    workspace = controller.workspace
    screens.check("menus", controller.window.menuBar())
    screens.check("caseload", controller.window, room="caseload")

    workspace.open_youth(youth_id)
    wait_idle(qtbot, controller)
    page = workspace.youth_page
    screens.check("youth page", controller.window, room="caseload")

    tab = page.encounters
    page.tabs.setCurrentWidget(tab)
    start = tab.start(needs=False)
    assert isinstance(start, StartEncounterDialog)
    qtbot.waitUntil(start.isVisible)
    screens.check("start", start)
    assert start.instrument.currentText() != start.service.registry.get(
        start.instrument.currentData()
    ).definition.title.get("en"), "the form's title is the Spanish one"
    start.ok.click()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), EncounterWizard))
    wizard = QApplication.activeModalWidget()
    assert isinstance(wizard, EncounterWizard) and wizard.lang == "es"
    qtbot.waitUntil(lambda: wizard.isAncestorOf(QApplication.focusWidget() or wizard))
    screens.check("questions", wizard)
    help_dialog = wizard.open_help()  # F1
    screens.check("questions help", help_dialog)
    close_help(qtbot, help_dialog, wizard)

    # Keyboard answers: 0 (no concern) on every rating, "No" on yes/no, Enter at a page's end.
    turns = 0
    while wizard.run.navigator.current is not None:
        turns += 1
        assert turns < 300, "the wizard did not move on"
        item_id = wizard.section_page.focused_item()
        navigator = wizard.run.navigator
        item = navigator.instrument.item(item_id) if item_id else None
        if (
            item is not None
            and item.id not in navigator.answers
            and item.kind
            in (
                "concern_rating",
                "yes_no_unknown",
                "single_choice",
            )
        ):
            digit(qtbot, 0 if item.kind == "concern_rating" else 2)
        elif (
            item is not None and item.kind == "multiple_choice" and item.id not in navigator.answers
        ):
            digit(qtbot, 1)
            press(qtbot, Qt.Key.Key_Tab)
        else:
            wizard.next_button.click()
    screens.check("outcome", wizard)
    help_dialog = wizard.open_help()
    screens.check("outcome help", help_dialog)
    close_help(qtbot, help_dialog, wizard)

    wizard.outcome_page.complete.click()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    screens.check("sign question", box)
    sign = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    sign.click()
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.completed_page)
    screens.check("completed", wizard)
    wizard.close_button.click()
    qtbot.waitUntil(lambda: not wizard.isVisible())
    wait_idle(qtbot, controller)

    completed = next(i for i, e in enumerate(tab.encounters) if not e.is_draft)
    tab.table.selectRow(completed)
    preview = tab.print_selected()
    assert isinstance(preview, PrintPreviewDialog)
    qtbot.waitUntil(lambda: not preview.working, timeout=20_000)
    screens.check("print", preview, room="other-windows")
    # The worker's screens are Spanish; the case copy for the file keeps its own language.
    printed = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert "Outcome" in printed or "outcome" in printed
    assert not re.search(
        r"\d de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
        r"septiembre|octubre|noviembre|diciembre) de",
        printed,
    )
    preview.reject()

    assert screens.seen == [
        "sign-in", "menus", "caseload", "youth page", "start", "questions", "questions help",
        "outcome", "outcome help", "sign question", "completed", "print",
    ]  # fmt: skip
    if screens.pending:
        pytest.xfail(
            "English on screens translated on other branches:\n" + "\n".join(screens.pending)
        )
