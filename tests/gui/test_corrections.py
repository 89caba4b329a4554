"""Every case-team entry can be changed and removed from the panel a worker uses; a removal
asks why, is audited, and stays in the vault as a tombstone that syncs."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from csec_desktop.core.records.case_items import (
    CaseItems,
    MdtMeeting,
    MdtMember,
    Note,
    Referral,
)
from csec_desktop.gui.case_team import CaseTeamPanel
from tests.gui.encounter_helpers import open_records

ENTRIES = {
    "referral": Referral(domain="Housing", agency="Harbor House"),
    "mdt_member": MdtMember(name="Rosa Delgado", agency="Advocacy", role="Mentor"),
    "mdt_meeting": MdtMeeting(held_on=date(2026, 3, 4), decisions="Weekly mentoring."),
    "note": Note(text="Met at the placement; Jay chose the park for next time."),
}


@pytest.fixture
def records(vault):
    opened = open_records(vault)
    yield opened
    opened.session.sign_out()


@pytest.fixture
def panel(qtbot, records):
    items = CaseItems(records.ctx)
    for entry in ENTRIES.values():
        items.add(records.youth.id, entry)
    widget = CaseTeamPanel(records.ctx, records.youth.id)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("kind", list(ENTRIES))
def test_an_entry_is_removed_only_with_a_reason_and_leaves_an_audited_tombstone(
    qtbot, panel, records, kind
) -> None:
    tab = panel.tab[kind]
    panel.tabs.setCurrentWidget(tab)
    assert not tab.remove_button.isEnabled()  # nothing chosen yet
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.remove_button, Qt.MouseButton.LeftButton)
    dialog = tab.remove_dialog
    assert dialog.isVisible() and dialog.windowTitle() == tab.spec.words.removal.title
    assert dialog.windowTitle().startswith("Remove this ") and dialog.windowTitle().endswith("?")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)  # no reason yet
    assert dialog.isVisible() and "Say why" in dialog.message.text()
    qtbot.keyClicks(dialog.reason_edit, "Added to the wrong youth")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert tab.table.rowCount() == 0 and tab.empty.isVisible()
    kept = CaseItems(records.ctx).for_youth(records.youth.id, kind, include_removed=True)
    assert len(kept) == 1 and kept[0].version == 2
    assert kept[0].removed.reason == "Added to the wrong youth" and kept[0].removed.by == "sam"
    entry = records.ctx.audit.entries(1)[0]
    assert (entry.event, entry.subject, entry.detail["kind"]) == (
        "record_removed",
        kept[0].id,
        kind,
    )


def test_cancel_removes_nothing(qtbot, panel, records) -> None:
    tab = panel.tab["note"]
    panel.tabs.setCurrentWidget(tab)
    tab.table.selectRow(0)
    tab.remove_button.click()
    qtbot.keyClicks(tab.remove_dialog.reason_edit, "changed my mind")
    tab.remove_dialog.reject()
    assert tab.table.rowCount() == 1
    assert CaseItems(records.ctx).for_youth(records.youth.id, "note")[0].version == 1


def test_members_meetings_and_notes_can_be_changed(qtbot, panel, records) -> None:
    changes = {
        "mdt_member": ("role", "Survivor mentor"),
        "mdt_meeting": ("decisions", " Review in two weeks."),
        "note": ("text", " She asked for a Spanish copy."),
    }
    for kind, (field, typed) in changes.items():
        tab = panel.tab[kind]
        panel.tabs.setCurrentWidget(tab)
        tab.table.selectRow(0)
        tab.change_button.click()
        widget = getattr(tab.dialog, field)
        if hasattr(widget, "selectAll") and kind == "mdt_member":
            widget.selectAll()
        widget.setFocus()
        if hasattr(widget, "moveCursor"):
            widget.moveCursor(widget.textCursor().MoveOperation.End)
        qtbot.keyClicks(widget, typed)
        tab.dialog.ok.click()
        stored = CaseItems(records.ctx).for_youth(records.youth.id, kind)[0]
        assert stored.version == 2 and getattr(stored.item, field).endswith(typed.strip())
        assert records.ctx.audit.entries(1)[0].event == "record_changed"


def test_a_draft_is_discarded_only_after_asking_why_and_the_discard_is_kept(qtbot, records) -> None:
    from csec_desktop.core.errors import CsecError
    from csec_desktop.core.records.encounters import EncounterStore
    from csec_desktop.gui.caseload.encounters_tab import EncountersTab
    from csec_desktop.gui.caseload.services import WorkspaceServices

    run = records.start("csec_identification_brief", point="hotline_intake")
    tab = EncountersTab(WorkspaceServices.build(records.session))
    qtbot.addWidget(tab)
    tab.show()
    tab.show_youth(records.youth)
    tab.table.selectRow(0)
    assert tab.discard_button.isEnabled() and not tab.addendum_button.isEnabled()
    dialog = tab.discard_selected()
    assert dialog.windowTitle() == "Discard this draft?"
    dialog.ok.click()
    assert dialog.isVisible() and "Say why it is discarded" in dialog.message.text()
    qtbot.keyClicks(dialog.reason_edit, "Started for the wrong youth")
    dialog.ok.click()
    assert not dialog.isVisible() and tab.table.rowCount() == 0
    store = EncounterStore(records.ctx)
    assert store.drafts() == [] and store.for_youth(records.youth.id) == []
    kept = records.ctx.db.execute(
        "SELECT status, discarded, version FROM encounters WHERE id = ?", (run.encounter_id,)
    ).fetchone()
    assert kept[0] == "draft" and '"reason": "Started for the wrong youth"' in kept[1]
    assert kept[2] == run.encounter.version + 1
    entry = records.ctx.audit.entries(1)[0]
    assert (entry.event, entry.subject) == ("record_removed", run.encounter_id)
    with pytest.raises(CsecError, match="discarded"):
        run.set_answer("b_online", "yes")
