"""The case-team dialogs a worker uses for collaboration, over a real vault: a safety plan
written, signed and revised; an MDT meeting whose WIC 18961.7 basis is past its 30 days; action
items and a declined referral's re-offer reaching the duty store."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from csec_desktop.core.records.case_duties import ACTION, REOFFER
from csec_desktop.core.records.case_items import CaseItems
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.gui.case_team import CaseTeamPanel
from tests.gui.encounter_helpers import open_records
from tests.gui.gui_helpers import type_date


@pytest.fixture
def records(vault):
    opened = open_records(vault)
    yield opened
    opened.session.sign_out()


@pytest.fixture
def panel(qtbot, records):
    widget = CaseTeamPanel(records.ctx, records.youth.id)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _typed(day: date) -> str:
    return day.strftime("%m/%d/%Y")


def test_a_safety_plan_is_written_signed_and_a_change_is_its_next_version(
    qtbot, panel, records
) -> None:
    tab = panel.tab["safety_plan"]
    panel.tabs.setCurrentWidget(tab)
    assert tab.empty.isVisible() and not tab.sign_button.isEnabled()
    tab.add_button.click()
    dialog = tab.dialog
    dialog.id_kind.setCurrentIndex(dialog.id_kind.findData("phone"))
    dialog.identifiers.add()  # nothing typed yet: says what to do, adds nothing
    assert (
        dialog.identifiers.hint.text().startswith("Type the name")
        and not dialog.identifiers.entries
    )
    qtbot.keyClicks(dialog.id_value, "555-0142")
    dialog.identifiers.add_button.click()
    dialog.id_kind.setCurrentIndex(dialog.id_kind.findData("vehicle"))
    qtbot.keyClicks(dialog.id_value, "Gray sedan")
    dialog.identifiers.add_button.click()
    assert dialog.identifiers.list.count() == 2 and dialog.id_value.text() == ""
    qtbot.keyClicks(dialog.safe_adults, "Aunt Rosa, Coach Lee")
    dialog.parts["return_plan"].setPlainText("Welcome back; call the worker.")
    dialog.participated.setChecked(True)
    dialog.ok.click()
    assert not dialog.isVisible()
    stored = CaseItems(records.ctx).for_youth(records.youth.id, "safety_plan")[0]
    assert [i.words for i in stored.item.exploiter_identifiers] == [
        "Phone number: 555-0142",
        "Vehicle: Gray sedan",
    ]
    assert stored.item.safe_adults == ("Aunt Rosa", "Coach Lee")
    tab.table.selectRow(0)
    assert tab.table.item(0, 1).text() == "Not signed yet" and tab.sign_button.isEnabled()
    tab.sign_button.click()
    tab.sign_box.button(QMessageBox.StandardButton.Yes).click()
    assert tab.table.item(0, 1).text() == f"Signed by {records.ctx.actor.display_name}"
    tab.table.selectRow(0)
    assert not tab.sign_button.isEnabled()
    tab.change()
    dialog = tab.dialog
    assert dialog.windowTitle() == "Safety plan, version 1"
    qtbot.keyClicks(dialog.code_word, "blue kite")
    dialog.ok.click()
    assert tab.table.item(0, 0).text() == "Version 2"
    assert tab.table.item(0, 1).text() == "Not signed yet"


def test_an_18961_7_meeting_31_days_after_the_report_is_warned_about(qtbot, panel, records) -> None:
    tab = panel.tab["mdt_meeting"]
    tab.add_button.click()
    dialog = tab.dialog
    held = date.today()
    type_date(qtbot, dialog.held_on, _typed(held))
    type_date(qtbot, dialog.report_on, _typed(held - timedelta(days=31)))
    dialog.basis.setCurrentIndex(dialog.basis.findData("wic_18961_7"))
    assert dialog.warning.isVisibleTo(dialog)
    assert "31 days after the report" in dialog.warning.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData("initial"))
    qtbot.keyClicks(dialog.starts_at, "9.30")
    dialog.ok.click()
    assert dialog.message.text().startswith("Time: type it as hours and minutes")
    dialog.starts_at.clear()
    qtbot.keyClicks(dialog.starts_at, "09:30")
    qtbot.keyClicks(dialog.action_text, "Enroll in tutoring")
    qtbot.keyClicks(dialog.action_owner, "School liaison")
    type_date(qtbot, dialog.action_due, _typed(held + timedelta(days=7)))
    dialog.actions.add_button.click()
    assert dialog.actions.list.count() == 1
    dialog.ok.click()  # saved with the warning: the worker may still need to record it
    assert not dialog.isVisible()
    basis = tab.table.item(0, 4).text()
    assert basis.startswith("WIC 18961.7") and "31 days after the report" in basis
    tab.table.selectRow(0)
    tab.change()
    dialog = tab.dialog
    dialog.good_cause.setPlainText("The youth is missing; the team coordinates the search.")
    assert not dialog.warning.isVisibleTo(dialog)
    dialog.ok.click()
    assert "⚠" not in tab.table.item(0, 4).text()
    duties = [d for d in DutyStore(records.ctx).open_duties() if d.duty_type == ACTION]
    assert [d.label["en"] for d in duties] == ["MDT action: Enroll in tutoring — School liaison"]


def test_a_declined_referral_with_a_re_offer_date_becomes_a_duty(qtbot, panel, records) -> None:
    changed: list[bool] = []
    panel.changed.connect(lambda: changed.append(True))
    tab = panel.tab["referral"]
    tab.add_button.click()
    dialog = tab.dialog
    dialog.domain.setCurrentIndex(dialog.domain.findData("education"))
    qtbot.keyClicks(dialog.agency, "Tutoring center")
    qtbot.keyClicks(dialog.owner, "Sam Ortiz")
    assert not dialog.reoffer_on.isEnabled()  # only after "declined"
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("declined"))
    assert dialog.reoffer_on.isEnabled() and dialog.status.currentData() == "declined"
    reoffer = date.today() + timedelta(days=28)
    type_date(qtbot, dialog.reoffer_on, _typed(reoffer))
    dialog.ok.click()
    assert not dialog.isVisible() and changed == [True]
    duties = [d for d in DutyStore(records.ctx).open_duties() if d.duty_type == REOFFER]
    assert len(duties) == 1 and duties[0].due_at.astimezone().date() == reoffer
    assert duties[0].label["en"].startswith("Offer the youth Tutoring center")
    assert "Declined by the youth; offer again" in tab.table.item(0, 5).text()


def test_a_part_2_consent_is_refused_until_its_elements_are_recorded(qtbot, panel, records) -> None:
    tab = panel.tab["authorization"]
    tab.add_button.click()
    dialog = tab.dialog
    dialog.auth_type.setCurrentIndex(dialog.auth_type.findData("part2_consent"))
    assert dialog.discloser.isEnabled() and not dialog.order_number.isEnabled()
    qtbot.keyClicks(dialog.agencies, "County MDT")
    dialog.information["part2"].setChecked(True)
    dialog.ok.click()
    assert dialog.isVisible()
    assert dialog.message.text().startswith("A 42 CFR Part 2 consent needs the program")
    qtbot.keyClicks(dialog.discloser, "Teen recovery program")
    qtbot.keyClicks(dialog.purpose, "Plan services with the MDT")
    qtbot.keyClicks(dialog.expiry_event, "When the case closes")
    qtbot.keyClicks(dialog.signed_by, "the youth")
    type_date(qtbot, dialog.signed_on, _typed(date.today()))
    dialog.revocation.setChecked(True)
    dialog.ok.click()
    assert not dialog.isVisible()
    stored = CaseItems(records.ctx).for_youth(records.youth.id, "authorization")[0].item
    assert stored.discloser == "Teen recovery program" and stored.information == ("part2",)
    assert tab.table.item(0, 3).text() == "Current"


def test_a_stage_of_change_and_an_engagement_attempt_are_recorded(qtbot, panel, records) -> None:
    tab = panel.tab["stage_of_change"]
    tab.add_button.click()
    dialog = tab.dialog
    dialog.stage.setCurrentIndex(dialog.stage.findData("contemplation"))
    qtbot.keyClicks(dialog.note, "Asked what a GED program involves")
    dialog.ok.click()
    assert tab.table.item(0, 1).text() == "Thinking about change"
    tab = panel.tab["engagement_attempt"]
    tab.add_button.click()
    dialog = tab.dialog
    dialog.method.setCurrentIndex(dialog.method.findData("text"))
    dialog.ok.click()
    assert tab.table.item(0, 1).text() == "Text message"
    assert tab.table.item(0, 2).text() == "Not this time"


def test_an_action_typed_but_not_added_is_saved_with_the_meeting_or_stops_save(
    qtbot, panel, records
) -> None:
    tab = panel.tab["mdt_meeting"]
    tab.add_button.click()
    dialog = tab.dialog
    dialog.basis.setCurrentIndex(dialog.basis.findData("wic_830"))
    assert "added when you save" in " ".join(
        w.text() for w in dialog.actions.findChildren(type(dialog.actions.hint))
    )
    qtbot.keyClicks(dialog.action_text, "Enroll in tutoring")  # no owner, no date yet
    dialog.ok.click()
    assert dialog.isVisible()  # not saved, and nothing typed is lost
    assert dialog.message.text().startswith("The action you started is not complete: say what")
    assert dialog.action_text.text() == "Enroll in tutoring"
    qtbot.keyClicks(dialog.action_owner, "School liaison")
    type_date(qtbot, dialog.action_due, _typed(date.today() + timedelta(days=7)))
    dialog.ok.click()  # "Add this action" was never clicked: Save adds it
    assert not dialog.isVisible()
    stored = CaseItems(records.ctx).for_youth(records.youth.id, "mdt_meeting")[0].item
    assert [(a.text, a.owner) for a in stored.action_items] == [
        ("Enroll in tutoring", "School liaison")
    ]


def test_a_safety_plan_detail_typed_but_not_added_is_saved_with_the_plan(
    qtbot, panel, records
) -> None:
    tab = panel.tab["safety_plan"]
    tab.add_button.click()
    dialog = tab.dialog
    dialog.id_kind.setCurrentIndex(dialog.id_kind.findData("vehicle"))
    qtbot.keyClicks(dialog.id_value, "Gray sedan")
    dialog.parts["return_plan"].setPlainText("Welcome back; call the worker.")
    dialog.ok.click()
    assert not dialog.isVisible()
    stored = CaseItems(records.ctx).for_youth(records.youth.id, "safety_plan")[0].item
    assert [i.words for i in stored.exploiter_identifiers] == ["Vehicle: Gray sedan"]


def test_a_meeting_cannot_be_recorded_as_held_on_a_future_day(qtbot, panel, records) -> None:
    tab = panel.tab["mdt_meeting"]
    tab.add_button.click()
    dialog = tab.dialog
    dialog.basis.setCurrentIndex(dialog.basis.findData("wic_830"))
    type_date(qtbot, dialog.held_on, _typed(date.today() + timedelta(days=1)))
    dialog.ok.click()
    assert dialog.isVisible() and dialog.message.text().startswith("Held on: ")
    assert "has not come yet" in dialog.message.text()
    assert CaseItems(records.ctx).for_youth(records.youth.id, "mdt_meeting") == []
    type_date(qtbot, dialog.held_on, _typed(date.today()))
    dialog.ok.click()
    assert not dialog.isVisible()


def test_the_18961_7_warning_shows_right_under_the_basis(qtbot, panel) -> None:
    tab = panel.tab["mdt_meeting"]
    tab.add_button.click()
    dialog = tab.dialog
    form = dialog.form
    basis_row = form.getWidgetPosition(dialog.basis)[0]
    assert form.getWidgetPosition(dialog.warning)[0] == basis_row + 1


def test_a_referral_follow_up_date_needs_someone_to_follow_it_up(qtbot, panel, records) -> None:
    tab = panel.tab["referral"]
    tab.add_button.click()
    dialog = tab.dialog
    dialog.domain.setCurrentIndex(dialog.domain.findData("education"))
    qtbot.keyClicks(dialog.agency, "Tutoring center")
    type_date(qtbot, dialog.follow_up_on, _typed(date.today() + timedelta(days=14)))
    dialog.ok.click()
    assert dialog.isVisible() and dialog.message.text().startswith("Who follows it up: name")
    assert CaseItems(records.ctx).for_youth(records.youth.id, "referral") == []
    qtbot.keyClicks(dialog.owner, "Sam Ortiz")
    dialog.ok.click()
    assert not dialog.isVisible()
    stored = CaseItems(records.ctx).for_youth(records.youth.id, "referral")[0].item
    assert stored.owner == "Sam Ortiz"


def test_the_empty_meetings_tab_says_what_to_do(panel) -> None:
    tab = panel.tab["mdt_meeting"]
    assert tab.empty.isVisibleTo(tab) and not tab.rows
    assert "After each MDT meeting, add it here" in tab.empty.text()
