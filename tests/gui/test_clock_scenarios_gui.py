"""Rows 1, 2, 5, 7 and 11 of the clocks issue through the real widgets a worker uses.

Sam (a social worker) is signed in on a real vault; Maria, a supervisor with an account on the
same laptop, co-signs where the law asks for two people. The headless versions, with every
row, are in tests/core/records/test_clock_scenarios.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from csec_desktop.core.clock import from_iso
from csec_desktop.core.records.youth import Agency, LegalStatus, PlacementType, YouthProfile
from csec_desktop.gui.background import Background
from csec_desktop.gui.caseload.not_applicable_dialog import NotApplicableDialog
from csec_desktop.gui.caseload.services import WorkspaceServices
from csec_desktop.gui.caseload.source import CaseloadSource
from csec_desktop.gui.caseload.table_model import Column
from csec_desktop.gui.workspace import Workspace
from tests.core.records.clock_world import walk as answer_all
from tests.gui.gui_helpers import PASS, WORKER_PASS
from tests.gui.wizard_keys import digit, next_item, open_wizard

H = timedelta(hours=1)


@pytest.fixture
def services(vault: Any) -> Iterator[WorkspaceServices]:
    session = vault.sign_in("sam", WORKER_PASS)
    built = WorkspaceServices.build(session)
    built.source = CaseloadSource.load(built.ctx, policy=built.policy.screening)
    yield built
    session.sign_out()


@pytest.fixture
def background(qapp: Any) -> Iterator[Background]:
    helper = Background()
    yield helper
    helper.wait()


def sign_confirmed(qtbot: Any, wizard: Any) -> None:
    """Complete and sign, then answer "Sign" in the question that asks first."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    click(qtbot, wizard.complete_button)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    sign = next(b for b in box.buttons() if "Sign" in b.text())
    sign.click()


def workspace_for(qtbot: Any, services: WorkspaceServices, background: Background) -> Workspace:
    workspace = Workspace(services, background)
    qtbot.addWidget(workspace)
    workspace.caseload.set_source(services.source)
    workspace.show()
    qtbot.waitUntil(lambda: not workspace.caseload.searching and not background.is_busy)
    return workspace


def add_youth(services: WorkspaceServices, **changes: Any) -> str:
    fields: dict[str, Any] = {
        "legal_first_name": "Dana",
        "legal_last_name": "Reyes",
        "chosen_name": "Jay",
        "pronouns": "they/them",
        "agency": Agency.CHILD_WELFARE,
        "legal_status": LegalStatus.DEPENDENT,
        "placement_type": PlacementType.RESOURCE_FAMILY,
    }
    fields.update(changes)
    assert services.source is not None
    return services.source.add(YouthProfile(**fields)).id


def idle(qtbot: Any, background: Background) -> None:
    qtbot.waitUntil(lambda: not background.is_busy, timeout=10_000)


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_by_type(services: WorkspaceServices, youth_id: str) -> dict[str, Any]:
    return {d.duty_type: d for d in services.duties.for_youth(youth_id) if d.status == "open"}


def complete_in_wizard(qtbot: Any, services: WorkspaceServices, youth_id: str, **kw: Any) -> Any:
    """Start a screening, answer it, and complete it with the wizard's own button."""
    youth = services.source.open(youth_id)  # type: ignore[union-attr]
    received = services.clock() - kw.pop("hours_ago", 1) * H
    run = services.screening.start(
        youth, kw.pop("point", "placement_change"), kw.pop("instrument"), received
    )
    wizard = open_wizard(qtbot, run, youth)
    wizard.verify = services.verify_cosigner
    answer_all(run, kw.pop("answers", {}))
    wizard.render()
    return wizard


# -- row 1 ------------------------------------------------------------------------------------
def test_row1_ticking_missing_now_opens_the_episode_and_its_duties(qtbot, services, background):
    youth_id = add_youth(services)
    workspace = workspace_for(qtbot, services, background)
    workspace.open_youth(youth_id)
    dialog = workspace.edit_profile(youth_id)
    assert dialog is not None
    dialog.form.missing.setChecked(True)
    click(qtbot, dialog.ok)
    idle(qtbot, background)
    episode_dialog = workspace.missing_dialog
    assert episode_dialog is not None and episode_dialog.isVisible()
    duties = open_by_type(services, youth_id)
    report = duties["missing_law_enforcement_ncmec"]
    assert "671(a)(35)(B)" in report.citation
    assert set(duties) >= {"missing_notify_family", "missing_notify_counsel"}
    # The worker learned of it three hours before ticking the box.
    learned = episode_dialog.episode.started_at - 3 * H
    local = learned.astimezone().replace(tzinfo=None, second=0, microsecond=0)
    episode_dialog.learned_at.set_moment(local.astimezone())
    click(qtbot, episode_dialog.save_learned)
    idle(qtbot, background)
    retimed = services.duties.get(report.id)
    assert retimed.due_at == local.astimezone() + 24 * H
    told = episode_dialog.told_at.moment()
    episode_dialog.told_at.set_moment((local - 1 * H).astimezone())  # before it was learned
    episode_dialog.party.setCurrentIndex(episode_dialog.party.findData("law_enforcement"))
    qtbot.keyClicks(episode_dialog.reference, "SFPD 26-0042")
    click(qtbot, episode_dialog.record_notice_button)
    idle(qtbot, background)
    assert "before you learned the youth was missing" in episode_dialog.message.text()
    assert episode_dialog.notices.count() == 0 and services.duties.get(report.id).status == "open"
    episode_dialog.told_at.set_moment(told or services.clock().astimezone())
    episode_dialog.reference.clear()
    for party, number in (("law_enforcement", "SFPD 26-0042"), ("ncmec", "NCMEC 77123")):
        episode_dialog.party.setCurrentIndex(episode_dialog.party.findData(party))
        qtbot.keyClicks(episode_dialog.reference, number)
        click(qtbot, episode_dialog.record_notice_button)
        idle(qtbot, background)
    assert episode_dialog.notices.count() == 2
    episode_dialog.party.setCurrentIndex(episode_dialog.party.findData("ncmec"))
    qtbot.keyClicks(episode_dialog.reference, "NCMEC 99999")  # told again: the first is kept
    click(qtbot, episode_dialog.record_notice_button)
    idle(qtbot, background)
    assert "already recorded as told" in episode_dialog.message.text()
    assert episode_dialog.notices.count() == 2
    done = services.duties.get(report.id)
    assert done.status == "done" and "SFPD 26-0042" in done.data["done"]["reference"]
    episode_dialog.accept()
    idle(qtbot, background)
    workspace.caseload.run_query()
    qtbot.waitUntil(lambda: not workspace.caseload.searching and not background.is_busy)
    model = workspace.caseload.model
    row = model.row_of(youth_id)
    assert model.data(model.index(row, Column.ALERTS)) == "Missing now"
    assert "Missing now" in workspace.youth_page.facts.text()


# -- row 2 ------------------------------------------------------------------------------------
def test_row2_located_then_a_debrief_in_the_wizard_does_the_debrief_duty(
    qtbot, services, background
):
    youth_id = add_youth(services)
    workspace = workspace_for(qtbot, services, background)
    workspace.open_youth(youth_id)
    episode_dialog = workspace.youth_page.open_missing()  # "Missing episode…"
    assert episode_dialog is not None
    qtbot.keyClicks(episode_dialog.where, "Bus station, Oakland")
    qtbot.keyClicks(episode_dialog.by, "Officer Ruiz")
    click(qtbot, episode_dialog.record_located_button)
    idle(qtbot, background)
    debrief_duty = open_by_type(services, youth_id)["return_debrief"]
    assert "16501.35(b)" in debrief_duty.citation
    episode_dialog.accept()
    answers = {"left_date": "2026-03-01", "returned_date": "2026-03-02"}
    wizard = complete_in_wizard(
        qtbot,
        services,
        youth_id,
        instrument="return_from_missing_debrief",
        point="return_from_missing",
        answers=answers,
        hours_ago=0,
    )
    sign_confirmed(qtbot, wizard)
    assert wizard.pages.currentWidget() is wizard.completed_page
    assert services.duties.get(debrief_duty.id).status == "done"
    assert "return_debrief" not in open_by_type(services, youth_id)
    assert not any(t.startswith("Debrief and screen") for t in wizard.completed_page.duty_texts())


# -- row 5 ------------------------------------------------------------------------------------
def test_row5_override_and_waiver_wait_for_the_supervisor_in_the_gui(qtbot, services, background):
    youth_id = add_youth(services)
    wizard = complete_in_wizard(
        qtbot, services, youth_id, instrument="csec_identification", answers={"ex_disclosed": 2}
    )
    page = wizard.outcome_page
    page.override.setChecked(True)
    page.other_band.setCurrentIndex(page.other_band.findData("no_current_concern"))
    page.reason.setPlainText("Youth recanted")
    sign_confirmed(qtbot, wizard)
    completed = wizard.completed_page
    assert completed.pending.isVisible() and completed.cosign_button.isVisible()
    assert "Identified" in completed.band.text()
    assert any(t.startswith("Phone report") for t in completed.duty_texts())
    duties = open_by_type(services, youth_id)
    # Waiving the SS 8572 alone only files a request; the duty stays open.
    waive = NotApplicableDialog(
        duties["written_report_ss8572"], services.duties, background, services.clock()
    )
    qtbot.addWidget(waive)
    waive.show()
    assert waive.cosign is not None
    qtbot.keyClicks(waive.reason, "Youth recanted")
    click(qtbot, waive.ok)
    idle(qtbot, background)
    kept = services.duties.get(duties["written_report_ss8572"].id)
    assert kept.status == "open" and kept.waiver_pending is not None
    # The supervisor co-signs the override at the same laptop; a wrong passphrase is refused.
    dialog = wizard.open_cosign()
    qtbot.keyClicks(dialog.fields.username, "maria")
    qtbot.keyClicks(dialog.fields.passphrase, "not her passphrase")
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: not dialog.background.is_busy)
    assert "not recognised" in dialog.message.text() and dialog.fields.passphrase.text() == ""
    qtbot.keyClicks(dialog.fields.passphrase, PASS)
    click(qtbot, dialog.ok)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert "co-signed by maria" in completed.band.text()
    assert not completed.pending.isVisible()
    encounter = services.encounters.get(wizard.run.encounter_id)
    assert encounter.final_band == "no_current_concern"
    assert all(d.status == "not_applicable" for d in services.duties.for_encounter(encounter.id))


# -- row 7 ------------------------------------------------------------------------------------
def test_row7_the_caseload_keeps_identified_after_a_lower_screen(qtbot, services, background):
    youth_id = add_youth(services)
    first = complete_in_wizard(
        qtbot, services, youth_id, instrument="csec_identification", answers={"ex_disclosed": 2}
    )
    sign_confirmed(qtbot, first)
    later = complete_in_wizard(
        qtbot,
        services,
        youth_id,
        instrument="return_from_missing_debrief",
        point="return_from_missing",
        answers={"left_date": "2026-03-01", "returned_date": "2026-03-02", "da_offers": 2},
        hours_ago=0,
    )
    sign_confirmed(qtbot, later)
    assert "At risk" in later.completed_page.band.text()
    workspace = workspace_for(qtbot, services, background)
    services.source.refresh_statuses(services.ctx)  # type: ignore[union-attr]
    workspace.caseload.run_query()
    qtbot.waitUntil(lambda: not workspace.caseload.searching and not background.is_busy)
    model = workspace.caseload.model
    row = model.row_of(youth_id)
    assert model.data(model.index(row, Column.OUTCOME)) == "Identified"
    assert model.data(model.index(row, Column.ALERTS)) == "Identified"
    # Ending it is a deliberate act on the youth's page, with a reason.
    workspace.open_youth(youth_id)
    page = workspace.youth_page
    assert "Status: Identified" in page.facts.text() and page.status_button.isVisible()
    dialog = page.end_status()
    assert dialog is not None
    shown = " ".join(w.text() for w in dialog.findChildren(QLabel))
    assert "Identified since" in shown and not re.search(r"\d{4}-\d\d-\d\d", shown), shown
    click(qtbot, dialog.ok)
    assert "Say why" in dialog.message.text()
    dialog.new_level.setCurrentIndex(dialog.new_level.findData("at_risk"))
    qtbot.keyClicks(dialog.reason, "MDT review: no exploitation since placement")
    click(qtbot, dialog.ok)
    idle(qtbot, background)
    assert "Status: At risk" in page.facts.text()


# -- row 11 -----------------------------------------------------------------------------------
def test_row11_danger_now_banner_stays_until_acknowledged(qtbot, services, background):
    youth_id = add_youth(services)
    youth = services.source.open(youth_id)  # type: ignore[union-attr]
    run = services.screening.start(
        youth, "hotline_intake", "csec_identification_brief", services.clock() - H
    )
    wizard = open_wizard(qtbot, run, youth)
    assert not wizard.danger.isVisible()
    assert wizard.run.navigator.current.id == "b_safety_now"
    digit(qtbot, 1)  # the worker presses 1: "Yes"
    assert wizard.run.navigator.answers["b_safety_now"] == "yes"
    assert wizard.danger.isVisible()
    assert "911" in wizard.danger.text.text()
    next_item(qtbot)
    digit(qtbot, 2)
    next_item(qtbot)
    assert wizard.run.navigator.current.id not in ("b_safety_now", "b_exchange")
    assert wizard.danger.isVisible()  # stays across the rest of the screening
    wizard.stop()
    workspace = workspace_for(qtbot, services, background)
    workspace.open_youth(youth_id)
    page = workspace.youth_page
    assert page.danger.isVisible() and "911" in page.danger.text.text()
    click(qtbot, page.danger.acknowledge)
    assert not page.danger.isVisible()
    safety = [
        d for d in services.duties.for_youth(youth_id) if d.duty_type == "safety_now_procedure"
    ]
    assert len(safety) == 1 and safety[0].status == "done"


# -- row 6 in the deadlines panel: "immediately" is due now, not "overdue by 2 min" -----------
def test_row6_the_deadlines_panel_gives_immediately_its_grace(qtbot):
    from datetime import UTC, datetime

    from csec_desktop.gui.caseload.deadlines import DeadlineColumn, DeadlineRow, DeadlinesPanel

    received = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)
    clock = {"now": received + timedelta(minutes=2)}
    panel = DeadlinesPanel(lambda: clock["now"])
    qtbot.addWidget(panel)
    hotline = DeadlineRow("d1", "y1", "Mia Cruz", "Phone report", received, received + H)
    panel.set_rows([hotline])
    model = panel.model
    assert model.data(model.index(0, DeadlineColumn.WHEN)).startswith("due now (immediately")
    assert model.counts() == (0, 1)
    clock["now"] = received + 2 * H
    model.refresh_clock()
    assert model.data(model.index(0, DeadlineColumn.WHEN)) == "overdue by 1 hour"
    assert model.counts() == (1, 0)


# -- the missing-episode dialog refuses impossible times inline, and changes nothing -----------
def test_missing_dialog_refuses_located_before_learned_and_future_times(
    qtbot, services, background
):
    youth_id = add_youth(services)
    workspace = workspace_for(qtbot, services, background)
    workspace.open_youth(youth_id)
    dialog = workspace.youth_page.open_missing()
    assert dialog is not None
    area = dialog.screen().availableGeometry()
    assert dialog.width() <= area.width() and dialog.height() <= area.height()
    learned = dialog.episode.started_at
    qtbot.keyClicks(dialog.where, "Bus station")
    for typed, words in (
        (learned - 48 * H, "cannot be located before you learned"),
        (services.clock() + 48 * H, "later than now"),
    ):
        dialog.located_at.day.edit.setFocus()
        dialog.located_at.day.edit.selectAll()
        qtbot.keyClicks(dialog.located_at.day.edit, typed.astimezone().strftime("%m/%d/%Y"))
        assert not dialog.message.isVisible()  # a changed value clears the last refusal
        click(qtbot, dialog.record_located_button)
        assert words in dialog.message.text()
        assert dialog.focusWidget() is dialog.located_at.day.edit  # the field named, in view
        viewport = dialog.scroll.viewport()
        top = dialog.located_at.mapTo(viewport, dialog.located_at.rect().topLeft())
        assert viewport.rect().contains(top)
        idle(qtbot, background)
        assert services.missing.open_episode(youth_id) is not None  # nothing recorded
    dialog.located_at.set_moment(services.clock())
    assert not dialog.message.isVisible()
    click(qtbot, dialog.record_located_button)
    idle(qtbot, background)
    assert services.missing.open_episode(youth_id) is None
    assert "Located recorded" in dialog.message.text()
    dialog.accept()


def test_enter_in_a_missing_episode_time_saves_that_section_and_never_closes(
    qtbot, services, background
):
    """A reviewer typed "2:30 PM" in "Learned missing at" and pressed Enter: Close was the
    default button, the dialog closed and the time was lost. Enter now presses the section's
    own button; an ambiguous "2:30" + Enter is refused and the dialog stays."""
    youth_id = add_youth(services)
    workspace = workspace_for(qtbot, services, background)
    workspace.open_youth(youth_id)
    dialog = workspace.youth_page.open_missing()
    assert dialog is not None
    edit = dialog.learned_at.time.edit
    day = (services.clock() - timedelta(days=1)).astimezone().date()
    dialog.learned_at.day.set_date(day)  # yesterday: 2:30 PM is never in the future
    for typed in ("2:30", "2:30 PM"):
        edit.setFocus()
        edit.selectAll()
        qtbot.keyClicks(edit, typed)
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        idle(qtbot, background)
        assert dialog.isVisible(), typed
    learned = from_iso(services.missing.open_episode(youth_id).data["learned_at"])
    assert learned.astimezone().date() == day
    assert (learned.astimezone().hour, learned.astimezone().minute) == (14, 30)
    dialog.accept()


def test_completed_page_shows_an_acknowledged_danger_duty_as_done(qtbot, services, background):
    youth_id = add_youth(services)
    wizard = complete_in_wizard(
        qtbot,
        services,
        youth_id,
        instrument="csec_identification_brief",
        point="hotline_intake",
        answers={"b_safety_now": "yes"},
    )
    wizard.acknowledge_danger()  # the worker followed the safety procedure
    sign_confirmed(qtbot, wizard)
    lines = [t for t in wizard.completed_page.duty_texts() if "safety" in t.lower()]
    assert lines and all("\n✓ Done " in t and "Due now" not in t for t in lines), lines


def test_youth_page_header_shows_the_new_status_as_soon_as_a_screening_is_signed(
    qtbot, services, background
):
    youth_id = add_youth(services)
    workspace = workspace_for(qtbot, services, background)
    workspace.open_youth(youth_id)
    page = workspace.youth_page
    assert "Status:" not in page.facts.text()
    youth = services.youth.get(youth_id, audit=False)
    run = services.screening.start(
        youth, "placement_change", "csec_identification", services.clock() - H
    )
    wizard = page.encounters._open_wizard(run)  # as "Start screening…" opens it
    assert wizard is not None
    answer_all(run, {"ex_disclosed": 2})
    wizard.render()
    sign_confirmed(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.pages.currentWidget() is wizard.completed_page)
    assert "Status: Identified" in page.facts.text()  # while the wizard is still open
    assert page.status_button.isVisibleTo(page)
    wizard.reject()


# -- "Missing episode…" asks before it reports a youth missing; Cancel records nothing ---------
def test_the_missing_episode_button_asks_first_and_cancel_records_nothing(
    qtbot, services, background
):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from csec_desktop.gui.caseload.missing_dialog import MissingEpisodeDialog

    youth_id = add_youth(services)
    workspace = workspace_for(qtbot, services, background)
    workspace.open_youth(youth_id)
    page = workspace.youth_page

    def question() -> QMessageBox:
        click(qtbot, page.missing_button)
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
        box = QApplication.activeModalWidget()
        assert "NCMEC" in box.text() and "24 hours" in box.text()
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
        return box

    def nothing_recorded() -> None:
        qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
        assert services.missing.open_episode(youth_id) is None
        assert services.missing.episodes.for_youth(youth_id, "missing") == []
        assert not services.youth.get(youth_id, audit=False).profile.missing
        assert not open_by_type(services, youth_id)
        assert "Missing now" not in page.facts.text()

    question().button(QMessageBox.StandardButton.Cancel).click()
    nothing_recorded()
    box = question()  # (Esc is Cancel too; Qt's offscreen platform maps no Cancel key to test it)
    qtbot.keyClick(box.focusWidget(), Qt.Key.Key_Return)  # the default is Cancel
    nothing_recorded()

    box = question()
    next(b for b in box.buttons() if "Report missing" in b.text()).click()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), MissingEpisodeDialog))
    assert services.missing.open_episode(youth_id) is not None
    assert open_by_type(services, youth_id)  # the 24-hour duties started
    dialog = QApplication.activeModalWidget()
    dialog.accept()
    idle(qtbot, background)
    assert "Missing now" in page.facts.text()
    # With the episode open, the button opens it again without asking.
    click(qtbot, page.missing_button)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), MissingEpisodeDialog))
    QApplication.activeModalWidget().accept()
    assert len(services.missing.episodes.for_youth(youth_id, "missing")) == 1


def test_the_missing_question_for_a_youth_not_in_care_promises_no_24_hour_duties(
    qtbot, services, background
):
    from PySide6.QtWidgets import QApplication, QMessageBox

    from csec_desktop.gui.caseload.missing_dialog import MissingEpisodeDialog

    youth_id = add_youth(
        services, legal_status=LegalStatus.NOT_IN_CARE, placement_type=PlacementType.HOME_OF_PARENT
    )
    workspace = workspace_for(qtbot, services, background)
    workspace.open_youth(youth_id)
    click(qtbot, workspace.youth_page.missing_button)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert "NCMEC" not in box.text() and "24 hours" not in box.text()
    assert "timeline" in box.text()
    next(b for b in box.buttons() if "Report missing" in b.text()).click()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), MissingEpisodeDialog))
    QApplication.activeModalWidget().accept()
    assert services.missing.open_episode(youth_id) is not None
    assert not open_by_type(services, youth_id)  # as the question said: no 24-hour duties
