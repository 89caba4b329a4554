"""Record where the youth is in the stages of change (attempts to reach the youth:
``attempt_dialog.py``)."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtWidgets import QWidget

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate, translate_table
from csec_desktop.core.records.engagement import STAGES, StageOfChange
from csec_desktop.gui.case_team.item_dialog import CaseItemDialog
from csec_desktop.gui.widgets.basics import add_row, combo, label


class StageDialog(CaseItemDialog):
    FIELD_LABELS: ClassVar[dict[str, str]] = {
        "note": QT_TRANSLATE_NOOP("CaseItemFields", "What tells you so")
    }

    def __init__(self, parent: QWidget | None, item: StageOfChange | None = None) -> None:
        title = (
            translate("StageDialog", "Stage of change")
            if item is None
            else translate("StageDialog", "Change stage of change")
        )
        super().__init__(title, parent)
        self.stage = combo(
            translate("StageDialog", "Where the youth is"),
            translate_table("Engagement", STAGES),
            item.stage if item else None,
        )
        add_row(self.form, translate("StageDialog", "&Where the youth is"), self.stage)
        self.form.addRow(
            label(
                translate(
                    "StageDialog",
                    "Engagement is not linear: a youth may move back and forth. Meet them "
                    "where they are.",
                ),
                "hint",
            )
        )
        self.noted_on = self.date_field(
            translate("StageDialog", "&Noted on"),
            item.noted_on if item else date.today(),
            optional=False,
        )
        self.note = self.long_text(
            translate("StageDialog", "What &tells you so"), item.note if item else ""
        )
        self.finish_layout()

    def build(self) -> StageOfChange:
        return StageOfChange(
            stage=self.stage.currentData(),
            noted_on=self.noted_on.value() or date.today(),
            note=self.note.toPlainText().strip(),
        )
