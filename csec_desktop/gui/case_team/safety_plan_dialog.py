"""Write or revise the youth's safety plan, part by part (``core/records/safety_plan.py``).

Exploiter details and the code word are marked on screen as case-file only: the audience
table never prints them on the MDT's, caregiver's or youth's copy. Saving a change to a
signed plan makes its next version, to be signed again (the panel's "Sign plan").
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QWidget

from csec_desktop.core.records.safety_plan import IDENTIFIER_KINDS, ExploiterIdentifier, SafetyPlan
from csec_desktop.gui.case_team.entry_list import EntryList
from csec_desktop.gui.case_team.item_dialog import CaseItemDialog
from csec_desktop.gui.widgets.basics import add_row, combo, label

CASE_FILE_ONLY = (
    "Case file only: who and what to watch for, and the code word, never print on the MDT's, "
    "the caregiver's or the youth's copy."
)
PARTS = (  # field, label with mnemonic
    ("phone_online_safety", "&Phone and online safety"),
    ("if_contacted", "What to do if &contacted"),
    ("supervision_plan", "Placement and &school supervision"),
    ("runaway_prevention", "&Runaway prevention"),
    ("return_plan", "Re&turn plan (if the youth leaves)"),
    ("recovery_items", "Reco&very (what helps, what to keep up)"),
)


class SafetyPlanDialog(CaseItemDialog):
    FIELD_LABELS: ClassVar[dict[str, str]] = {
        "code_word": "Code word",
        "safe_adults": "Safe adults",
        **{field: text.replace("&", "") for field, text in PARTS},
    }

    def __init__(self, parent: QWidget | None, item: SafetyPlan | None = None) -> None:
        title = "Safety plan" if item is None else f"Safety plan, version {item.plan_version}"
        super().__init__(title, parent, scroll=True)
        current = item or SafetyPlan()
        if current.signed:
            self.form.addRow(
                label(
                    f"Signed by {current.signed_by}. Saving a change makes version "
                    f"{current.plan_version + 1}, to be signed again.",
                    "hint",
                )
            )
        self.form.addRow(label(CASE_FILE_ONLY, "warning"))
        self.id_kind = combo("Kind of detail", dict(IDENTIFIER_KINDS), "name")
        add_row(self.form, "&Kind of detail", self.id_kind)
        self.id_value = self.line("Detail (case file &only)", "", 200)
        self.identifiers = EntryList(
            "detail",
            self._make_identifier,
            lambda i: i.words,
            current.exploiter_identifiers,
            lambda: bool(self.id_value.text().strip()),
        )
        self.entry_lists.append(self.identifiers)
        add_row(self.form, "Who and what to watch for", self.identifiers)
        self.code_word = self.line("Code &word (case file only)", current.code_word, 100)
        self.safe_adults = self.line("Safe &adults (commas)", ", ".join(current.safe_adults), 2000)
        self.parts = {field: self.long_text(text, getattr(current, field)) for field, text in PARTS}
        self.participated = self.check(
            "The &youth took part in making this plan", current.youth_participated
        )
        self.participation = self.line("How the youth took part", current.youth_participation, 2000)
        self.participation.setPlaceholderText("In the youth's words, what they chose or asked")
        self.finish_layout()

    def _make_identifier(self) -> ExploiterIdentifier | str:
        value = self.id_value.text().strip()
        if not value:
            return "Type the name, number, vehicle or handle, then add it."
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
