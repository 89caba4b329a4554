"""The case-team panel over a real vault: referrals, MDT members and meetings, notes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from csec_desktop.core.records.case_items import CaseItems
from csec_desktop.gui.case_team import CaseTeamPanel
from tests.gui.encounter_helpers import open_records
from tests.gui.gui_helpers import type_date
from tests.gui.test_accessibility import unnamed_controls
from tests.gui.wizard_keys import focused


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


def test_a_note_with_criminalizing_words_is_flagged_with_better_wording_and_still_saves(
    qtbot, panel, records
) -> None:
    tab = panel.tab["note"]
    panel.tabs.setCurrentWidget(tab)
    tab.add_button.click()
    dialog = tab.dialog
    # notes are private unless the worker shares them, copy by copy
    assert not any(box.isChecked() for box in dialog.share.values())
    qtbot.keyClicks(dialog.text, "Police called her a child prostitute at intake.")
    assert dialog.flags.isVisible()
    assert "“child prostitute”: consider “exploited youth" in dialog.flags.text()
    qtbot.keyClick(dialog.ok, Qt.Key.Key_Space)
    stored = CaseItems(records.ctx).for_youth(records.youth.id, "note")
    assert [s.item.text for s in stored] == ["Police called her a child prostitute at intake."]
    assert stored[0].item.shared_with == ()
    assert tab.table.rowCount() == 1 and tab.table.item(0, 2).text() == "Private"


def test_referrals_are_added_and_changed_and_a_missing_agency_is_named(
    qtbot, panel, records
) -> None:
    tab = panel.tab["referral"]
    assert tab.empty.isVisible() and not tab.change_button.isEnabled()
    tab.add_button.click()
    dialog = tab.dialog
    dialog.domain.setCurrentText("Mental and emotional health")
    dialog.ok.click()
    assert dialog.isVisible() and dialog.message.text() == "Agency or service: this is needed."
    qtbot.keyClicks(dialog.agency, "Bay Area Youth Counselling")
    qtbot.keyClicks(dialog.contact, "Intake line 555-0100")
    type_date(qtbot, dialog.referred_on, "3/4/2026")
    assert dialog.referred_on.echo.text() == "March 4, 2026"
    dialog.ok.click()
    assert not dialog.isVisible()
    assert [tab.table.item(0, c).text() for c in range(4)] == [
        "Mental and emotional health",
        "Bay Area Youth Counselling",
        "March 4, 2026",
        "Planned",
    ]
    panel.activateWindow()  # as the window manager does when a dialog closes
    qtbot.waitUntil(panel.isActiveWindow)
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter on a row opens it to change
    dialog = tab.dialog
    dialog.status.setCurrentIndex(dialog.status.findData("connected"))
    dialog.ok.click()
    stored = CaseItems(records.ctx).for_youth(records.youth.id, "referral")
    assert len(stored) == 1 and stored[0].item.status == "connected" and stored[0].version == 2


def test_mdt_members_and_a_meeting_that_must_choose_its_sharing_basis(
    qtbot, panel, records
) -> None:
    members = panel.tab["mdt_member"]
    members.add_button.click()
    dialog = members.dialog
    for field, text in (
        (dialog.name, "Rosa Delgado"),
        (dialog.agency, "Survivor Advocacy Network"),
        (dialog.role, "Survivor mentor"),
    ):
        qtbot.keyClicks(field, text)
    dialog.youth_chosen.setChecked(True)
    dialog.ok.click()
    assert members.table.item(0, 4).text() == "Yes"
    meetings = panel.tab["mdt_meeting"]
    meetings.add_button.click()
    dialog = meetings.dialog
    # the team is offered as attendees, each linked to the member record
    assert dialog.members.count() == 1 and dialog.members.item(0).text().startswith("Rosa")
    dialog.youth_attended.setChecked(True)
    dialog.decisions.setPlainText("Start weekly mentoring; referral to counselling.")
    dialog.ok.click()  # no basis is assumed: the worker chooses one
    assert dialog.message.text() == "Information-sharing basis: choose one from the list."
    dialog.basis.setCurrentIndex(dialog.basis.findData("wic_830"))
    dialog.ok.click()
    assert not dialog.isVisible()
    stored = CaseItems(records.ctx).for_youth(records.youth.id, "mdt_meeting")[0].item
    member_id = members.rows[0].id
    assert stored.attendees == ("Rosa Delgado",) and stored.attendee_ids == (member_id,)
    assert stored.youth_attended and stored.sharing_basis == "wic_830"


def test_every_control_of_the_panel_and_its_dialogs_has_an_accessible_name(qtbot, panel) -> None:
    assert unnamed_controls(panel) == []
    for tab in panel.tab.values():
        tab.add_button.click()
        assert unnamed_controls(tab.dialog) == []
        tab.dialog.reject()


def test_a_referral_is_stored_by_domain_id_and_an_old_free_text_one_keeps_its_text(
    qtbot, panel, records
) -> None:
    tab = panel.tab["referral"]
    tab.add_button.click()
    dialog = tab.dialog
    qtbot.keyClicks(dialog.agency, "Teen clinic")
    dialog.ok.click()
    assert dialog.isVisible() and dialog.message.text() == "Need: this is needed."
    dialog.domain.setCurrentText("Sexual and reproductive health")
    dialog.ok.click()
    items = CaseItems(records.ctx)
    assert [s.item.domain for s in items.for_youth(records.youth.id, "referral")] == [
        "sexual_health"
    ]
    assert tab.table.item(0, 0).text() == "Sexual and reproductive health"
    # A referral an older version saved with typed text: changing it keeps the text.
    from csec_desktop.core.records.case_items import Referral

    old = items.add(records.youth.id, Referral(domain="Tattoo removal", agency="Clinic"))
    tab.reload()
    tab.table.selectRow(1)
    tab.change()
    dialog = tab.dialog
    assert dialog.domain.currentText() == "Tattoo removal"
    dialog.status.setCurrentIndex(dialog.status.findData("referred"))
    dialog.ok.click()
    assert items.get(old.id).item.domain == "Tattoo removal"
