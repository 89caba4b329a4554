"""A case note, with the language guide's suggestions as the worker types. Saving is never
blocked by the guide. A note is private to the case file unless the worker ticks the copies it
may print on; a note holding information from a substance-use program stays in the case file
(42 CFR Part 2) whatever is ticked."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QWidget

from csec_desktop.core.records.case_items import Note
from csec_desktop.gui.case_team.item_dialog import CaseItemDialog, ticked
from csec_desktop.gui.widgets.basics import em, label
from csec_desktop.gui.wizard.language_flags import LanguageFlags


class NoteDialog(CaseItemDialog):
    FIELD_LABELS: ClassVar[dict[str, str]] = {"text": "Note"}

    def __init__(self, parent: QWidget | None, item: Note | None = None) -> None:
        super().__init__("Case note" if item is None else "Change case note", parent)
        self.text = self.long_text("&Note", item.text if item else "")
        self.text.setMinimumHeight(em(self.text, 8))
        self.flags = LanguageFlags()
        self.form.addRow(self.flags)
        self.share = self.share_boxes("note", item.shared_with if item else ())
        self.form.addRow(label("Unticked, the note stays private to the case file.", "hint"))
        self.from_sud_program = self.check(
            "Holds information &received from a substance-use treatment program",
            item.from_sud_program if item else False,
        )
        self.form.addRow(label("Such a note stays in the case file only (42 CFR Part 2).", "hint"))
        self.from_sud_program.toggled.connect(self._sud_toggled)
        self._sud_toggled(self.from_sud_program.isChecked())
        self.text.textChanged.connect(lambda: self.flags.check(self.text.toPlainText()))
        self.flags.check(self.text.toPlainText())
        self.encounter_id = item.encounter_id if item else None
        self.addendum_reason = item.addendum_reason if item else ""
        self.finish_layout()

    def _sud_toggled(self, on: bool) -> None:
        for box in self.share.values():
            box.setEnabled(not on)

    def build(self) -> Note:
        return Note(
            text=self.text.toPlainText().strip(),
            shared_with=ticked(self.share),  # type: ignore[arg-type]
            from_sud_program=self.from_sud_program.isChecked(),
            encounter_id=self.encounter_id,
            addendum_reason=self.addendum_reason,
        )
