"""Record where the youth is in the stages of change, and each attempt to reach the youth."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from PySide6.QtWidgets import QWidget

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.engagement import METHODS, STAGES, EngagementAttempt, StageOfChange
from csec_desktop.gui.case_team.item_dialog import CaseItemDialog
from csec_desktop.gui.case_team.record_dialogs import combo
from csec_desktop.gui.setup_pages import label
from csec_desktop.gui.widgets import add_row


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
            dict(STAGES),
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


class AttemptDialog(CaseItemDialog):
    FIELD_LABELS: ClassVar[dict[str, str]] = {"note": QT_TRANSLATE_NOOP("CaseItemFields", "Note")}

    def __init__(self, parent: QWidget | None, item: EngagementAttempt | None = None) -> None:
        title = (
            translate("AttemptDialog", "Engagement attempt")
            if item is None
            else translate("AttemptDialog", "Change engagement attempt")
        )
        super().__init__(title, parent)
        self.tried_on = self.date_field(
            translate("AttemptDialog", "&Tried on"),
            item.tried_on if item else date.today(),
            optional=False,
        )
        self.method = combo(
            translate("AttemptDialog", "How"), dict(METHODS), item.method if item else None
        )
        add_row(self.form, translate("AttemptDialog", "&How"), self.method)
        self.reached = self.check(
            translate("AttemptDialog", "The youth was &reached and engaged"),
            item.reached if item else False,
        )
        self.note = self.long_text(translate("AttemptDialog", "N&ote"), item.note if item else "")
        self.finish_layout()

    def build(self) -> EngagementAttempt:
        return EngagementAttempt(
            tried_on=self.tried_on.value() or date.today(),
            method=self.method.currentData(),
            reached=self.reached.isChecked(),
            note=self.note.toPlainText().strip(),
        )
