"""Write or revise the youth's safety plan, part by part (``core/records/safety_plan.py``).

Exploiter details and the code word are marked on screen as case-file only: the audience
table never prints them on the MDT's, caregiver's or youth's copy. Saving a change to a
signed plan makes its next version, to be signed again (the panel's "Sign plan").
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QWidget

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate, translate_table
from csec_desktop.core.records.safety_plan import IDENTIFIER_KINDS, ExploiterIdentifier, SafetyPlan
from csec_desktop.gui.case_team.entry_list import EntryList, EntryListWords
from csec_desktop.gui.case_team.item_dialog import CaseItemDialog
from csec_desktop.gui.widgets.basics import add_row, combo, label

CASE_FILE_ONLY = QT_TRANSLATE_NOOP(
    "SafetyPlanDialog",
    "Case file only: who and what to watch for, and the code word, never print on the MDT's, "
    "the caregiver's or the youth's copy.",
)
PARTS = (  # field, label with mnemonic (also the field's words in a refusal: same context)
    ("phone_online_safety", QT_TRANSLATE_NOOP("CaseItemFields", "&Phone and online safety")),
    ("if_contacted", QT_TRANSLATE_NOOP("CaseItemFields", "What to do if &contacted")),
    ("supervision_plan", QT_TRANSLATE_NOOP("CaseItemFields", "Placement and &school supervision")),
    ("runaway_prevention", QT_TRANSLATE_NOOP("CaseItemFields", "&Runaway prevention")),
    ("return_plan", QT_TRANSLATE_NOOP("CaseItemFields", "Re&turn plan (if the youth leaves)")),
    (
        "recovery_items",
        QT_TRANSLATE_NOOP("CaseItemFields", "Reco&very (what helps, what to keep up)"),
    ),
)


class SafetyPlanDialog(CaseItemDialog):
    FIELD_LABELS: ClassVar[dict[str, str]] = {
        "code_word": QT_TRANSLATE_NOOP("CaseItemFields", "Code word"),
        "safe_adults": QT_TRANSLATE_NOOP("CaseItemFields", "Safe adults"),
        **dict(PARTS),  # a refusal names the part without its "&"
    }

    def __init__(self, parent: QWidget | None, item: SafetyPlan | None = None) -> None:
        title = translate("SafetyPlanDialog", "Safety plan")
        if item is not None:
            title = translate("SafetyPlanDialog", "Safety plan, version {number}").format(
                number=item.plan_version
            )
        super().__init__(title, parent, scroll=True)
        current = item or SafetyPlan()
        if current.signed:
            self.form.addRow(
                label(
                    translate(
                        "SafetyPlanDialog",
                        "Signed by {name}. Saving a change makes version {number}, to be signed "
                        "again.",
                    ).format(name=current.signed_by, number=current.plan_version + 1),
                    "hint",
                )
            )
        self.form.addRow(label(translate("SafetyPlanDialog", CASE_FILE_ONLY), "warning"))
        self.id_kind = combo(
            translate("SafetyPlanDialog", "Kind of detail"),
            translate_table("SafetyPlan", IDENTIFIER_KINDS),
            "name",
        )
        add_row(self.form, translate("SafetyPlanDialog", "&Kind of detail"), self.id_kind)
        self.id_value = self.line(
            translate("SafetyPlanDialog", "Detail (case file &only)"), "", 200
        )
        says = EntryListWords(
            translate("SafetyPlanDialog", "Details added"),
            translate("SafetyPlanDialog", "Add this detail"),
            translate("SafetyPlanDialog", "Remove selected detail"),
            translate(
                "SafetyPlanDialog", "A filled-in detail not yet added is added when you save."
            ),
            translate("SafetyPlanDialog", "The detail you started is not complete: {problem}"),
        )
        self.identifiers = EntryList(
            says,
            self._make_identifier,
            lambda i: i.shown,
            current.exploiter_identifiers,
            lambda: bool(self.id_value.text().strip()),
        )
        self.entry_lists.append(self.identifiers)
        add_row(
            self.form, translate("SafetyPlanDialog", "Who and what to watch for"), self.identifiers
        )
        self.code_word = self.line(
            translate("SafetyPlanDialog", "Code &word (case file only)"), current.code_word, 100
        )
        self.safe_adults = self.line(
            translate("SafetyPlanDialog", "Safe &adults (commas)"),
            ", ".join(current.safe_adults),
            2000,
        )
        self.parts = {
            field: self.long_text(translate("CaseItemFields", text), getattr(current, field))
            for field, text in PARTS
        }
        self.participated = self.check(
            translate("SafetyPlanDialog", "The &youth took part in making this plan"),
            current.youth_participated,
        )
        self.participation = self.line(
            translate("SafetyPlanDialog", "How the youth took part"),
            current.youth_participation,
            2000,
        )
        self.participation.setPlaceholderText(
            translate("SafetyPlanDialog", "In the youth's words, what they chose or asked")
        )
        self.finish_layout()

    def _make_identifier(self) -> ExploiterIdentifier | str:
        value = self.id_value.text().strip()
        if not value:
            return translate(
                "SafetyPlanDialog", "Type the name, number, vehicle or handle, then add it."
            )
        self.id_value.clear()
        return ExploiterIdentifier(kind=self.id_kind.currentData(), value=value)

    def build(self) -> SafetyPlan:
        return SafetyPlan(
            exploiter_identifiers=tuple(self.identifiers.entries),
            safe_adults=tuple(self.safe_adults.text().split(",")),
            code_word=self.code_word.text().strip(),
            youth_participated=self.participated.isChecked(),
            youth_participation=self.participation.text().strip(),
            **{field: edit.toPlainText().strip() for field, edit in self.parts.items()},
        )
