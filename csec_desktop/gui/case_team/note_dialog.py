"""A case note, with the language guide's suggestions as the worker types. Saving is never
blocked by the guide; "shareable" is off unless the worker ticks it (notes are private)."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QWidget

from csec_desktop.core.records.case_items import Note
from csec_desktop.gui.case_team.item_dialog import CaseItemDialog
from csec_desktop.gui.setup_pages import label
from csec_desktop.gui.widgets import em
from csec_desktop.gui.wizard.language_flags import LanguageFlags


class NoteDialog(CaseItemDialog):
    FIELD_LABELS: ClassVar[dict[str, str]] = {"text": "Note"}

    def __init__(self, parent: QWidget | None, item: Note | None = None) -> None:
        super().__init__("Case note" if item is None else "Change case note", parent)
        self.text = self.long_text("&Note", item.text if item else "")
        self.text.setMinimumHeight(em(self.text, 8))
        self.flags = LanguageFlags()
        self.form.addRow(self.flags)
        self.shareable = self.check("&Shareable with the MDT", item.shareable if item else False)
        self.form.addRow(label("Unticked, the note stays private to the case file.", "hint"))
        self.text.textChanged.connect(lambda: self.flags.check(self.text.toPlainText()))
        self.flags.check(self.text.toPlainText())
        self.encounter_id = item.encounter_id if item else None
        self.addendum_reason = item.addendum_reason if item else ""
        self.finish_layout()

    def build(self) -> Note:
        return Note(
            text=self.text.toPlainText().strip(),
            shareable=self.shareable.isChecked(),
            encounter_id=self.encounter_id,
            addendum_reason=self.addendum_reason,
        )
