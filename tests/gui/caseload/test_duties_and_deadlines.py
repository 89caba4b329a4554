"""Recording duties as done (late needs a reason) and the deadlines panel across the caseload."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from datetime import time as dt_time
from typing import Any

from PySide6.QtCore import Qt

from csec_desktop.core.display_words import clock_words, due_words
from csec_desktop.core.records.duties import DutyRecord
from csec_desktop.gui.caseload.deadlines import DeadlineColumn, DeadlineRow, DeadlinesPanel
from csec_desktop.gui.caseload.duties_tab import DutiesTab
from csec_desktop.gui.caseload.duty_details_dialog import DutyDetailsDialog, duty_details
from csec_desktop.gui.caseload.not_applicable_dialog import NotApplicableDialog
from csec_desktop.gui.caseload.record_duty_dialog import RecordDutyDialog
from csec_desktop.gui.workspace import Workspace
from tests.gui.gui_helpers import type_date


def overdue_duty(services: Any) -> DutyRecord:
    now = services.clock()
    return next(d for d in services.duties.open_duties() if d.due_at < now - timedelta(hours=2))


def set_when(qtbot: Any, dialog: RecordDutyDialog, moment: datetime) -> None:
    local = moment.astimezone()
    type_date(qtbot, dialog.done_at, local.strftime("%m/%d/%Y"))
    type_date(qtbot, dialog.done_at.time, clock_words(dt_time(local.hour, local.minute)))


def press_ok(qtbot: Any, dialog: Any, background: Any) -> None:
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not background.is_busy)


def test_a_typed_afternoon_time_is_kept_and_an_ambiguous_one_is_refused(
    qtbot, services, background
):
    """A reviewer typed "1145p" and "2:30 PM" into "Done at" and got the morning: a duty's
    clock 12 hours off, silently. Typed key by key; "2:30" alone could be either, so it is
    refused inline and nothing is saved; the afternoon forms are stored as typed."""
    duty = overdue_duty(services)
    dialog = RecordDutyDialog(duty, services.duties, background, services.clock)
    qtbot.addWidget(dialog)
    dialog.show()
    day = (services.clock() - timedelta(days=1)).astimezone().date()
    type_date(qtbot, dialog.done_at, day.strftime("%m/%d/%Y"))
    dialog.method.setCurrentText("Phone")
    qtbot.keyClicks(dialog.late_reason, "Reached the hotline after the home visit")
    type_date(qtbot, dialog.done_at.time, "2:30")
    assert "add AM or PM" in dialog.done_at.time.echo.text()
    press_ok(qtbot, dialog, background)
    assert dialog.isVisible() and services.duties.get(duty.id).status == "open"
    for typed, words in (("2:30 PM", "2:30 PM"), ("1145p", "11:45 PM")):
        type_date(qtbot, dialog.done_at.time, typed)
        assert dialog.done_at.time.echo.text() == words
    press_ok(qtbot, dialog, background)
    assert not dialog.isVisible()
    done_at = datetime.fromisoformat(services.duties.get(duty.id).data["done"]["at"])
    assert done_at.astimezone().date() == day
    assert (done_at.astimezone().hour, done_at.astimezone().minute) == (23, 45)


def test_done_late_requires_a_reason_and_records_reference_agency_person(
    qtbot, services, background
):
    duty = overdue_duty(services)
    dialog = RecordDutyDialog(duty, services.duties, background, services.clock)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.late and dialog.late_reason.isVisible()  # "now" is after the due time
    assert "late by" in dialog.late_note.text()
    dialog.method.setCurrentText("Phone")
    qtbot.keyClicks(dialog.reference, "HL-2291")
    qtbot.keyClicks(dialog.agency, "County child abuse hotline")
    qtbot.keyClicks(dialog.person, "Intake worker Dana")
    press_ok(qtbot, dialog, background)
    assert dialog.isVisible() and "reason it was late" in dialog.message.text()
    assert services.duties.get(duty.id).status == "open"  # nothing saved
    qtbot.keyClicks(
        dialog.late_reason, "Youth disclosed late in the evening; hotline reached at 8 am"
    )
    press_ok(qtbot, dialog, background)
    assert not dialog.isVisible()
    saved = services.duties.get(duty.id)
    done = saved.data["done"]
    assert saved.status == "done"
    assert (done["method"], done["reference"], done["agency"], done["person"]) == (
        "Phone",
        "HL-2291",
        "County child abuse hotline",
        "Intake worker Dana",
    )
    assert done["late_reason"].startswith("Youth disclosed late")


def test_done_on_time_needs_no_reason(qtbot, services, background):
    duty = overdue_duty(services)
    dialog = RecordDutyDialog(duty, services.duties, background, services.clock)
    qtbot.addWidget(dialog)
    dialog.show()
    set_when(qtbot, dialog, duty.due_at - timedelta(hours=1))
    assert not dialog.late and not dialog.late_reason.isVisible()
    dialog.method.setCurrentText("Online report form")
    press_ok(qtbot, dialog, background)
    done = services.duties.get(duty.id).data["done"]
    assert done["late_reason"] == "" and done["method"] == "Online report form"


def test_not_applicable_needs_a_reason(qtbot, services, background):
    duty = overdue_duty(services)
    dialog = NotApplicableDialog(duty, services.duties, background, services.clock())
    qtbot.addWidget(dialog)
    dialog.show()
    press_ok(qtbot, dialog, background)
    assert dialog.message.text() == "Say why this duty does not apply."
    qtbot.keyClicks(dialog.reason, "Youth already connected to an MDT in another county")
    press_ok(qtbot, dialog, background)
    after = services.duties.get(duty.id)
    if duty.mandated:  # a mandated report waits for a supervisor's co-signature
        assert after.status == "open" and after.waiver_pending is not None
    else:
        assert after.status == "not_applicable"


def test_deadlines_are_soonest_first_in_words_and_follow_the_clock(qtbot):
    now = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
    clock = {"now": now}
    panel = DeadlinesPanel(lambda: clock["now"])
    qtbot.addWidget(panel)
    rows = [
        DeadlineRow(
            "d3", "y3", "Sage Lee (they/them)", "Refer to the MDT", now + timedelta(hours=5)
        ),
        DeadlineRow("d1", "y1", "Mia Cruz", "Phone report", now - timedelta(hours=3)),
        DeadlineRow("d2", "y2", "Kai Tran", "Written report", now + timedelta(seconds=20)),
    ]
    panel.set_rows(rows)
    model = panel.model

    def words() -> list[str]:
        return [model.data(model.index(r, DeadlineColumn.WHEN)) for r in range(model.rowCount())]

    assert [r.duty_id for r in model.rows()] == ["d1", "d2", "d3"]
    assert words() == ["overdue by 3 hours", "due now", "due in 5 hours"]
    assert panel.summary.text() == "3 open duties: 1 overdue, 2 due within 24 hours."
    clock["now"] = now + timedelta(hours=6)
    panel.timer.timeout.emit()  # the minute timer
    assert words() == ["overdue by 9 hours", "overdue by 5 hours", "overdue by 1 hour"]
    assert panel.summary.text() == "3 open duties: 3 overdue, 0 due within 24 hours."
    assert panel.timer.isActive() and panel.timer.interval() == 60_000


def test_due_words_round_sensibly() -> None:
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert due_words(now + timedelta(minutes=25), now) == "due in 25 minutes"
    assert due_words(now - timedelta(days=3, hours=1), now) == "overdue by 3 days"
    assert due_words(now + timedelta(hours=47), now) == "due in 47 hours"
    assert due_words(now + timedelta(hours=1, minutes=5), now) == "due in 1 hour"


def test_enter_on_a_deadline_opens_the_youth_page_at_that_duty(qtbot, services, background):
    workspace = Workspace(services, background)
    qtbot.addWidget(workspace)
    workspace.show()
    workspace._loaded(services.source)
    qtbot.waitUntil(lambda: workspace.deadlines.model.rowCount() > 0 and not background.is_busy)
    rows = workspace.deadlines.model.rows()
    assert [r.due_at for r in rows] == sorted(r.due_at for r in rows)
    assert len(rows) == len(services.duties.open_duties())
    assert "overdue" in workspace.home.tabText(1)  # the tab says how many are overdue
    workspace.home.setCurrentWidget(workspace.deadlines)
    table = workspace.deadlines.table
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert workspace.showing_youth
    page = workspace.youth_page
    assert page.record.id == rows[1].youth_id
    assert page.tabs.currentWidget() is page.duties
    assert page.duties.selected().id == rows[1].duty_id
    qtbot.keyClick(page.duties.table, Qt.Key.Key_Escape)
    assert not workspace.showing_youth


def test_a_closed_duty_can_be_viewed_and_reopened_with_a_reason(qtbot, services, background):
    duty = overdue_duty(services)
    services.duties.record_done(
        duty.id, services.clock(), "Phone", "HL-1", "Hotline", "Dana", "Reached at 8 am"
    )
    tab = DutiesTab(services, background)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_youth(duty.youth_id)
    tab.select_duty(duty.id)
    assert not tab.reopen_button.isEnabled() or tab.selected().status == "done"
    assert tab.reopen_button.isEnabled() and not tab.done_button.isEnabled()
    qtbot.mouseClick(tab.details_button, Qt.MouseButton.LeftButton)
    details = tab.findChild(DutyDetailsDialog)
    text = details.text.toPlainText()
    assert "Status: Done" in text and "Reference number: HL-1" in text
    assert "Why it was late: Reached at 8 am" in text
    details.reject()
    dialog = tab.reopen_selected()
    press_ok(qtbot, dialog, background)
    assert dialog.isVisible() and dialog.message.text() == "Say why this duty is reopened."
    qtbot.keyClicks(dialog.reason, "The hotline has no record of the call")
    press_ok(qtbot, dialog, background)
    assert not dialog.isVisible()
    reopened = services.duties.get(duty.id)
    assert reopened.status == "open" and reopened.version == duty.version + 2
    assert "done" not in reopened.data
    history = reopened.data["history"][0]
    assert history["was"] == "done" and history["done"]["reference"] == "HL-1"
    assert history["reopened"]["reason"] == "The hotline has no record of the call"
    entry = services.ctx.audit.entries(1)[0]
    assert (entry.event, entry.subject) == ("record_reopened", duty.id)
    tab.select_duty(duty.id)
    assert tab.done_button.isEnabled() and not tab.reopen_button.isEnabled()
    text = duty_details(reopened)
    assert "Status: Open" in text
    assert any(line.startswith("Reopened ") and "no record of the call" in line for line in text)
    assert "Before that: Reference number: HL-1" in text
