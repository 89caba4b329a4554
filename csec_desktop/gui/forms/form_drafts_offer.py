"""After unlock: "When the laptop locked you were typing in … Reopen it?" (see gui.form_drafts)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from csec_desktop.core.records.dialog_drafts import DialogDraft, DialogDrafts
from csec_desktop.gui.caseload.draft_openers import openers_for
from csec_desktop.gui.forms.form_drafts import reopen

if TYPE_CHECKING:
    from csec_desktop.gui.workspace import Workspace


def offer_forms(
    parent: QWidget, drafts: DialogDrafts, waiting: list[DialogDraft], workspace: Workspace
) -> QMessageBox:
    """A non-blocking question; Reopen opens each form with its text, Discard deletes them."""
    names = "\n".join(f"• {draft.title}" for draft in waiting)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Your unsaved typing was kept")
    box.setAccessibleName("Your unsaved typing was kept")
    box.setText("When the laptop locked, you were typing in:\n" + names)
    box.setInformativeText("Reopen to carry on where you were, or discard what was typed.")
    again = box.addButton("&Reopen", QMessageBox.ButtonRole.AcceptRole)
    again.setAccessibleName("Reopen")
    drop = box.addButton("&Discard", QMessageBox.ButtonRole.DestructiveRole)
    drop.setAccessibleName("Discard")
    box.setDefaultButton(again)

    def take_back() -> None:
        openers = openers_for(workspace)
        for draft in waiting:
            drafts.drop(draft.id)
            reopen(draft, openers)

    def discard() -> None:
        for draft in waiting:
            drafts.drop(draft.id)

    again.clicked.connect(take_back)
    drop.clicked.connect(discard)
    box.open()
    return box
