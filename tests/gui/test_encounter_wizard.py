"""The encounter wizard over a real vault, driven by the keyboard alone."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from csec_desktop.core.display_words import moment_words
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.gui.wizard.completed_page import duty_due_words
from tests.gui.encounter_helpers import open_records, received_of
from tests.gui.wizard_keys import (
    alt,
    complete_and_sign,
    digit,
    focused,
    next_item,
    open_wizard,
    press,
    walk,
)


@pytest.fixture
def records(vault):
    opened = open_records(vault)
    yield opened
    opened.session.sign_out()


def test_a_disclosure_screened_by_keyboard_is_identified_signed_and_starts_the_clocks(
    qtbot, records
) -> None:
    run = records.start("csec_identification")
    wizard = open_wizard(qtbot, run, records.youth)
    assert wizard.windowTitle() == "Screening"
    assert "Jay Reyes (they/them)" in wizard.youth_label.text()
    assert wizard.position_label.text().startswith("Item 1 of 31")
    walk(qtbot, wizard, {"ex_disclosed": 2})
    page = wizard.outcome_page
    assert wizard.pages.currentWidget() is page
    assert page.band.text() == "Outcome: Identified"
    assert "exchange of sex" in page.why.text()
    disclosure = run.navigator.instrument.item("ex_disclosed").label.en
    assert f"{disclosure} — Clear concern (decided the outcome)" in page.lines.text()
    assert "Call the child abuse hotline" in page.actions.text()
    done = []
    wizard.completed.connect(done.append)
    complete_and_sign(qtbot)  # Complete and sign
    assert len(done) == 1 and wizard.pages.currentWidget() is wizard.completed_page
    received = received_of(run)
    texts = wizard.completed_page.duty_texts()
    hotline = next(t for t in texts if t.startswith("Phone report to the child abuse hotline"))
    assert "Due now" in hotline
    written = next(t for t in texts if t.startswith("Written report (form SS 8572)"))
    assert moment_words(received + timedelta(hours=36)) in written
    police = next(t for t in texts if t.startswith("Report to law enforcement"))
    assert moment_words(received + timedelta(hours=24)) in police
    assert wizard.completed_page.signed.text().startswith("Completed by Sam Okafor at ")
    support = wizard.completed_page.support  # an identification: support for the worker
    assert support.isVisibleTo(wizard) and "employee assistance program (EAP)" in support.text()
    # The vault agrees with what the worker was shown.
    stored = EncounterStore(records.ctx).get(run.encounter_id)
    assert (stored.status, stored.final_band, stored.completed_by) == (
        "completed",
        "identified",
        "sam",
    )
    assert stored.answers["ex_disclosed"] == 2
    due = {d.duty_type: d for d in DutyStore(records.ctx).for_youth(records.youth.id)}
    assert (
        due["hotline_report"].due_at == received
        and duty_due_words(due["hotline_report"]) == "due now (late after 60 minutes)"
    )
    assert due["written_report_ss8572"].due_at == received + timedelta(hours=36)
    assert due["law_enforcement_victim"].due_at == received + timedelta(hours=24)
    # Reporting duties started from the draft as soon as the disclosure was rated; the
    # rest at completion: together, every duty of the youth.
    started = {d.id for d in done[0].duties} | {d.id for d in run.provisional_duties}
    assert started == {d.id for d in due.values()}


def test_skip_logic_shows_the_timing_question_only_after_a_concern(qtbot, records) -> None:
    run = records.start("csec_identification")
    wizard = open_wizard(qtbot, run, records.youth)
    run.go_to("ex_disclosed")
    wizard.render()
    assert "of 31" in wizard.position_label.text()
    digit(qtbot, 1)  # possible concern: the exploitation-timing question now applies
    assert run.navigator.is_relevant("exploitation_timing")
    assert "of 32" in wizard.position_label.text()
    digit(qtbot, 0)
    assert not run.navigator.is_relevant("exploitation_timing")
    assert "of 31" in wizard.position_label.text()


def test_going_back_and_changing_an_answer_changes_the_outcome(qtbot, records) -> None:
    run = records.start("csec_identification_brief", point="hotline_intake")
    wizard = open_wizard(qtbot, run, records.youth)
    walk(qtbot, wizard, {"b_exchange": 1})  # "Yes": an exchange is described
    assert wizard.outcome_page.band.text() == "Outcome: Identified"
    while run.navigator.current is None or run.navigator.current.id != "b_exchange":
        alt(qtbot, "b")
    assert wizard.item_page.question.text().startswith("Does the report")
    digit(qtbot, 2)  # "No"
    alt(qtbot, "t")  # Return to the outcome
    assert wizard.outcome_page.band.text() == "Outcome: No current concern"
    assert EncounterStore(records.ctx).get(run.encounter_id).answers["b_exchange"] == "no"


def test_a_missing_required_answer_blocks_completion_and_links_back_to_it(qtbot, records) -> None:
    run = records.start("csec_identification_brief", point="hotline_intake")
    wizard = open_wizard(qtbot, run, records.youth)
    walk(qtbot, wizard, {})
    run.go_to("b_online")
    run.set_answer("b_online", None)  # cleared, as if never answered
    wizard.go_review()
    page = wizard.outcome_page
    assert list(page.missing_links) == ["b_online"]
    alt(qtbot, "c")
    assert page.message.isVisible() and "1 answer is still needed" in page.message.text()
    assert EncounterStore(records.ctx).get(run.encounter_id).status == "draft"
    page.missing_links["b_online"].setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert run.navigator.current.id == "b_online"
    assert "needs an answer" in wizard.item_page.message.text()
    digit(qtbot, 2)
    alt(qtbot, "t")
    assert not page.missing_links
    complete_and_sign(qtbot)
    assert EncounterStore(records.ctx).get(run.encounter_id).status == "completed"


def test_saved_shows_only_once_the_answer_is_in_the_vault(qtbot, records) -> None:
    run = records.start("csec_identification_brief", point="hotline_intake")
    wizard = open_wizard(qtbot, run, records.youth)
    page = wizard.item_page
    seen = []
    show_saved = page.show_saved

    def watching(saved_at: str) -> None:
        seen.append((saved_at, EncounterStore(records.ctx).get(run.encounter_id).answers))
        show_saved(saved_at)

    page.show_saved = watching
    assert not page.saved.isVisible()
    digit(qtbot, 1)
    saved_at, in_vault = seen[-1]
    assert saved_at and in_vault == {"b_safety_now": "yes"}
    assert page.saved.isVisible() and page.saved.text().startswith("✓ Saved at ")
    # A commit that fails (the record was completed elsewhere) never says "Saved".
    records.ctx.db.execute(
        "UPDATE encounters SET status = 'completed' WHERE id = ?", (run.encounter_id,)
    )
    next_item(qtbot)
    digit(qtbot, 1)
    assert not page.saved.isVisible()
    assert page.message.text().startswith("Not saved: This screening is completed")


def test_typed_text_saves_on_leaving_the_field_after_a_pause_and_when_moving_on(
    qtbot, records
) -> None:
    run = records.start("csec_identification")
    wizard = open_wizard(qtbot, run, records.youth)
    store = EncounterStore(records.ctx)
    run.go_to("youth_words")
    wizard.render()
    qtbot.keyClicks(focused(), "Said she felt safe at school")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the field commits at once
    assert store.get(run.encounter_id).answers["youth_words"] == "Said she felt safe at school"
    assert wizard.item_page.saved.isVisible()
    run.go_to("worker_notes")
    wizard.render()
    qtbot.keyClicks(focused(), "Records from the placement")
    qtbot.waitUntil(lambda: "worker_notes" in store.get(run.encounter_id).answers, timeout=3000)
    qtbot.keyClicks(focused(), " and school")
    alt(qtbot, "n")  # straight on, no pause: nothing typed is lost
    assert (
        store.get(run.encounter_id).answers["worker_notes"]
        == "Records from the placement and school"
    )


def test_a_different_outcome_needs_a_reason_and_is_audited(qtbot, records) -> None:
    run = records.start("csec_identification_brief", point="hotline_intake")
    wizard = open_wizard(qtbot, run, records.youth)
    walk(qtbot, wizard, {})
    page = wizard.outcome_page
    assert page.band.text() == "Outcome: No current concern"
    alt(qtbot, "d")  # I want to record a different outcome
    assert page.override.isChecked() and page.override_form.isVisible()
    page.other_band.setCurrentIndex(page.other_band.findData("at_risk"))
    alt(qtbot, "c")
    assert "reason" in page.message.text()
    assert EncounterStore(records.ctx).get(run.encounter_id).status == "draft"
    assert focused() is page.reason
    qtbot.keyClicks(
        page.reason, "Collateral call after the screen: new information about an older partner"
    )
    complete_and_sign(qtbot)
    stored = EncounterStore(records.ctx).get(run.encounter_id)
    assert (stored.computed_band, stored.final_band) == ("no_current_concern", "at_risk")
    assert stored.override_reason.startswith("Collateral call")
    overridden = [e for e in records.session.audit.entries() if e.event == "record_overridden"]
    assert [e.subject for e in overridden] == [run.encounter_id]
    assert "reason: Collateral call" in wizard.completed_page.band.text()
    assert not wizard.completed_page.support.isVisibleTo(wizard)  # only after an identification


def test_stop_for_now_keeps_the_draft_and_its_typed_text(qtbot, records) -> None:
    run = records.start("csec_identification")
    wizard = open_wizard(qtbot, run, records.youth)
    lines = []
    wizard.stopped.connect(lines.append)
    run.go_to("youth_words")
    wizard.render()
    qtbot.keyClicks(focused(), "Wants to stay with her aunt")
    press(qtbot, Qt.Key.Key_Escape)
    assert not wizard.isVisible() and lines and "saved" in lines[0]
    stored = EncounterStore(records.ctx).get(run.encounter_id)
    assert stored.status == "draft" and stored.position == "youth_words"
    assert stored.answers["youth_words"] == "Wants to stay with her aunt"
    assert QApplication.activeModalWidget() is None
    # Reopened later (after a restart: a fresh run from the vault), it resumes where it stopped.
    again = open_wizard(
        qtbot, records.service.resume(run.encounter_id, records.youth), records.youth
    )
    assert again.item_page.control.edit.toPlainText() == "Wants to stay with her aunt"
    assert again.item_page.question.text() == run.navigator.instrument.item("youth_words").label.en


def test_a_completed_record_opens_on_its_signature_and_duties(qtbot, records) -> None:
    run = records.start("csec_identification_brief", point="hotline_intake")
    wizard = open_wizard(qtbot, run, records.youth)
    walk(qtbot, wizard, {"b_third_party": 1})
    complete_and_sign(qtbot)
    wizard.accept()
    reopened = records.service.resume(run.encounter_id, records.youth)
    view = open_wizard(qtbot, reopened, records.youth)
    assert view.pages.currentWidget() is view.completed_page
    assert view.completed_page.band.text() == "Outcome recorded: Identified"
    assert view.completed_page.duty_texts() == wizard.completed_page.duty_texts()
    assert not view.next_button.isVisible() and view.close_button.isVisible()


def focused_or_none():
    return QApplication.focusWidget()


def test_signing_asks_first_and_go_back_keeps_the_draft(qtbot, records) -> None:
    run = records.start("csec_identification_brief", point="hotline_intake")
    wizard = open_wizard(qtbot, run, records.youth)
    walk(qtbot, wizard, {})
    alt(qtbot, "c")
    box = wizard.confirm_box
    assert box is not None and box.isVisible()
    assert box.informativeText() == (
        "You can't change answers after signing; you can add an addendum."
    )
    press(qtbot, Qt.Key.Key_Return)  # Enter is "Go back": never signs by accident
    assert not box.isVisible()
    assert EncounterStore(records.ctx).get(run.encounter_id).status == "draft"
    assert wizard.pages.currentWidget() is wizard.outcome_page
    qtbot.waitUntil(lambda: focused_or_none() is wizard.outcome_page.complete)
    complete_and_sign(qtbot)
    assert EncounterStore(records.ctx).get(run.encounter_id).status == "completed"


def test_danger_answered_yes_then_no_leaves_no_danger_duty_after_signing(qtbot, records) -> None:
    from csec_desktop.core.records.danger_now import open_safety_duties

    run = records.start("csec_identification_brief", point="hotline_intake")
    wizard = open_wizard(qtbot, run, records.youth)
    assert run.navigator.current.id == "b_safety_now"
    digit(qtbot, 1)  # "Yes": the youth may be in danger now
    assert wizard.danger.isVisibleTo(wizard)
    digit(qtbot, 2)  # changed to "No" before signing
    walk(qtbot, wizard, {"b_safety_now": 2})
    assert wizard.outcome_page.band.text() == "Outcome: No current concern"
    complete_and_sign(qtbot)
    assert EncounterStore(records.ctx).get(run.encounter_id).final_band == "no_current_concern"
    assert not open_safety_duties(records.ctx, run.service.policy, records.youth.id)
    assert not wizard.danger.isVisibleTo(wizard)
