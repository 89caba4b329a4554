"""An addendum to a signed screening: what it adds or corrects, and why. The signed answers
stay exactly as signed; the addendum is a note tied to the screening, with who and when."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.case_items import CaseItems
from csec_desktop.core.records.encounter_record import EncounterRecord
from csec_desktop.gui.background import Background
from csec_desktop.gui.forms.form_dialog import FormDialog
from csec_desktop.gui.widgets.basics import add_row, em, label, lines_edit

ABOUT = QT_TRANSLATE_NOOP(
    "AddendumDialog",
    "The signed answers do not change. The addendum is kept with this form, with your name, the "
    "time and the reason, and prints with it.",
)


class AddendumDialog(FormDialog):
    def __init__(
        self,
        encounter: EncounterRecord,
        items: CaseItems,
        background: Background,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            translate("AddendumDialog", "Add an addendum"),
            translate("AddendumDialog", "&Add addendum"),
            background,
            parent,
            translate("AddendumDialog", "Saving"),
        )
        self.encounter, self.items = encounter, items
        self.layout_.insertWidget(0, label(translate("AddendumDialog", ABOUT), "hint"))
        self.text = lines_edit(translate("AddendumDialog", "What the addendum adds or corrects"), 7)
        self.reason = lines_edit(translate("AddendumDialog", "Why it is needed"), 3.6)
        add_row(self.form, translate("AddendumDialog", "&What it adds or corrects"), self.text)
        add_row(self.form, translate("AddendumDialog", "W&hy it is needed"), self.reason)
        self.finish_layout()
        self.setMinimumWidth(em(self, 32))
        self.text.setFocus()

    def submit(self) -> None:
        text, reason = self.text.toPlainText(), self.reason.toPlainText()
        if not text.strip():
            self.message.show_message(
                translate("AddendumDialog", "Write what the addendum adds or corrects.")
            )
            self.text.setFocus()
            return
        if not reason.strip():
            self.message.show_message(
                translate("AddendumDialog", "Say why the addendum is needed.")
            )
            self.reason.setFocus()
            return
        encounter_id = self.encounter.id
        self.run(lambda: self.items.add_addendum(encounter_id, text, reason))
