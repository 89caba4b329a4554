"""How each kind of kept form is opened again through the workspace (see gui.forms.form_drafts)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QDialog

from csec_desktop.core.records.dialog_drafts import DialogDraft
from csec_desktop.gui.forms.form_drafts import Opener

if TYPE_CHECKING:
    from csec_desktop.gui.workspace import Workspace


def openers_for(workspace: Workspace) -> dict[str, Opener]:
    def case_item(draft: DialogDraft) -> QDialog | None:
        context = draft.context
        workspace.open_youth(context["youth_id"])
        page = workspace.youth_page
        if page.record is None or page.record.id != context["youth_id"]:
            return None
        page.tabs.setCurrentWidget(page.team_holder)  # builds the case team panel
        panel: Any = page.team
        tab = panel.tab.get(context["item_kind"]) if panel is not None else None
        if tab is None:
            return None
        page.tabs.setCurrentWidget(page.team_holder)
        panel.tabs.setCurrentWidget(tab)
        stored = next((s for s in tab.rows if s.id == context.get("item_id")), None)
        if context.get("item_id") and stored is None:
            return None  # removed meanwhile: nothing to change any more
        tab._open(stored)
        return tab.dialog  # type: ignore[no-any-return]

    def profile(draft: DialogDraft) -> QDialog | None:
        youth_id = draft.context.get("youth_id")
        return workspace.edit_profile(youth_id) if youth_id else workspace.add_youth()

    def duty(draft: DialogDraft) -> QDialog | None:
        workspace.open_youth(draft.context["youth_id"], draft.context["duty_id"])
        tab = workspace.youth_page.duties
        chosen = tab.selected()
        if chosen is None or chosen.id != draft.context["duty_id"]:
            return None
        if draft.kind == "duty_done":
            return tab.record_selected()
        return tab.not_applicable_selected()

    return {
        "case_item": case_item,
        "profile": profile,
        "duty_done": duty,
        "duty_not_applicable": duty,
    }
