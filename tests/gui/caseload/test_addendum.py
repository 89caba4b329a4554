"""A signed screening is never changed: an addendum (what, why; who and when) is added."""

from __future__ import annotations

from PySide6.QtCore import Qt

from csec_desktop.core.records.case_items import CaseItems


def test_a_signed_screening_is_amended_by_an_addendum_and_stays_as_signed(
    qtbot, seeded_vault, make_controller
) -> None:
    from csec_desktop.core.records.encounters import EncounterStore
    from tests.gui.caseload.test_workspace import a_youth_with_a_completed_screening, loaded
    from tests.gui.gui_helpers import signed_in, wait_idle

    controller = make_controller(seeded_vault)
    signed_in(qtbot, controller)
    workspace = loaded(qtbot, controller)
    youth_id = a_youth_with_a_completed_screening(workspace)
    workspace.open_youth(youth_id)
    tab = workspace.youth_page.encounters
    row = next(i for i, e in enumerate(tab.encounters) if not e.is_draft)
    tab.table.selectRow(row)
    signed = tab.encounters[row]
    before = EncounterStore(workspace.services.ctx).get(signed.id)
    dialog = tab.addendum_selected()
    qtbot.keyClicks(dialog.text, "The youth later said the older friend also drove her to LA.")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.text() == "Say why the addendum is needed."
    qtbot.keyClicks(dialog.reason, "New information at the follow-up visit")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, controller)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    after = EncounterStore(workspace.services.ctx).get(signed.id)
    assert (after.version, after.answers, after.final_band) == (
        before.version, before.answers, before.final_band,
    )  # the signed form is untouched  # fmt: skip
    notes = CaseItems(workspace.services.ctx).for_youth(youth_id, "note")
    addendum = next(n for n in notes if n.item.is_addendum)
    assert addendum.item.encounter_id == signed.id
    assert addendum.item.addendum_reason == "New information at the follow-up visit"
    assert addendum.updated_by == "maria"  # who; updated_at says when
    entry = workspace.services.ctx.audit.entries(1)[0]
    assert (entry.event, entry.detail["addendum_to"]) == ("record_created", signed.id)
    # The case file copy prints it, marked as an addendum with who, when and why.
    import io

    from pypdf import PdfReader

    pdf = workspace.services.summaries.render(signed.id, "case")
    text = " ".join(
        " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages).split()
    )
    assert "Addendum by maria," in text and "(New information at the follow-up visit)" in text
    assert "also drove her to LA." in text
