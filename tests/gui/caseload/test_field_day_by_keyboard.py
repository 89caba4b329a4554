"""A worker's path with the keyboard alone: sign in, find the youth, start a screening at a
decision point, answer it with a disclosure, complete it, and see the outcome and the duties."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from csec_desktop.core.clock import from_iso
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.gui.wizard import EncounterWizard, StartEncounterDialog
from tests.gui.caseload.conftest import SEEDED_YOUTH
from tests.gui.gui_helpers import PASS, wait_idle
from tests.gui.wizard_keys import alt, complete_and_sign, focused, press, walk


def active(qtbot: Any, kind: type) -> Any:
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), kind), timeout=10_000)
    window = QApplication.activeWindow()
    qtbot.waitUntil(lambda: window.isAncestorOf(QApplication.focusWidget() or window))
    return window


def test_from_sign_in_to_a_completed_screening_with_a_disclosure(
    qtbot: Any, seeded_vault: Any, make_controller: Any
) -> None:
    controller = make_controller(seeded_vault)
    window = controller.window
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = controller.sign_in.ui
    page.usernameEdit.setFocus()
    qtbot.keyClicks(focused(), "maria")
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), PASS)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.workspace is not None, timeout=10_000)
    workspace = controller.workspace
    qtbot.waitUntil(lambda: workspace.caseload.model.rowCount() == SEEDED_YOUTH)
    wait_idle(qtbot, controller)

    target = next(r for r in workspace.caseload.model.rows() if r.band is None and not r.drafts)
    alt(qtbot, "s")  # Search
    assert focused() is workspace.caseload.search
    qtbot.keyClicks(focused(), target.legal_name)
    qtbot.waitUntil(
        lambda: (
            workspace.caseload.model.rowCount() >= 1
            and workspace.caseload.model.row_at(0).youth_id == target.youth_id
        )
    )
    press(qtbot, Qt.Key.Key_Return)  # opens the best match
    qtbot.waitUntil(lambda: workspace.stack.currentWidget() is workspace.youth_page)
    assert workspace.youth_page.record.id == target.youth_id

    alt(qtbot, "s")  # Start screening…
    dialog = active(qtbot, StartEncounterDialog)
    for _ in range(5):  # down to "placement and placement change"
        press(qtbot, Qt.Key.Key_Down)
    assert dialog.points.currentItem().text().lower().startswith("placement")
    press(qtbot, Qt.Key.Key_Return)
    wizard = active(qtbot, EncounterWizard)
    run = wizard.run
    assert run.encounter.decision_point == "placement_change"
    walk(qtbot, wizard, {"ex_disclosed": 2})
    assert wizard.outcome_page.band.text() == "Outcome: Identified"
    complete_and_sign(qtbot)
    assert wizard.pages.currentWidget() is wizard.completed_page
    texts = wizard.completed_page.duty_texts()
    assert any(
        t.startswith("Phone report to the child abuse hotline") and "Due now" in t for t in texts
    )
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not wizard.isVisible())

    ctx = workspace.services.ctx
    stored = EncounterStore(ctx).for_youth(target.youth_id)[0]
    assert (stored.status, stored.final_band, stored.completed_by) == (
        "completed",
        "identified",
        "maria",
    )
    assert stored.explanation["deciding_rule"]["items"] == ["ex_disclosed"]
    received = from_iso(stored.info_received_at)
    due = {d.duty_type: d.due_at for d in DutyStore(ctx).for_youth(target.youth_id)}
    assert due["hotline_report"] == received
    assert due["written_report_ss8572"] == received + timedelta(hours=36)
    assert due["law_enforcement_victim"] == received + timedelta(hours=24)
