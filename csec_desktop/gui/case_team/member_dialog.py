"""Add or change an MDT member (referrals: ``referral_dialog.py``; meetings:
``meeting_dialog.py``)."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QWidget

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate, translate_table
from csec_desktop.core.records.case_items import MdtMember
from csec_desktop.core.records.mdt_meeting import DISCIPLINES
from csec_desktop.core.reports.audience import Audience
from csec_desktop.core.reports.audience_fields import RoleKind
from csec_desktop.core.reports.audience_visibility import role_kinds
from csec_desktop.gui.case_team.item_dialog import CaseItemDialog, ticked
from csec_desktop.gui.widgets.basics import add_row, combo, label


class MemberDialog(CaseItemDialog):
    FIELD_LABELS: ClassVar[dict[str, str]] = {
        "name": QT_TRANSLATE_NOOP("CaseItemFields", "Name"),
        "agency": QT_TRANSLATE_NOOP("CaseItemFields", "Agency"),
        "role": QT_TRANSLATE_NOOP("CaseItemFields", "Role"),
        "contact": QT_TRANSLATE_NOOP("CaseItemFields", "Contact"),
    }

    def __init__(self, parent: QWidget | None, item: MdtMember | None = None) -> None:
        title = (
            translate("MemberDialog", "MDT member")
            if item is None
            else translate("MemberDialog", "Change MDT member")
        )
        super().__init__(title, parent)
        self.name = self.line(translate("MemberDialog", "&Name"), item.name if item else "")
        self.agency = self.line(translate("MemberDialog", "&Agency"), item.agency if item else "")
        self.role = self.line(
            translate("MemberDialog", "&Role"), item.role if item else "", max_length=120
        )
        choices: dict[object, str] = {
            None: translate("MemberDialog", "Not recorded"),
            **translate_table("MdtMeeting", DISCIPLINES),
        }
        self.discipline = combo(
            translate("MemberDialog", "Discipline"), choices, item.discipline if item else None
        )
        add_row(self.form, translate("MemberDialog", "D&iscipline"), self.discipline)
        self.contact = self.line(
            translate("MemberDialog", "&Contact"), item.contact if item else ""
        )
        self.youth_chosen = self.check(
            translate(
                "MemberDialog",
                "Chosen by the &youth (for example a survivor mentor or trusted adult)",
            ),
            item.youth_chosen if item else False,
        )
        question = translate("MemberDialog", "Which printed copies may show this person:")
        self.share = self.share_boxes(question, item.shared_with if item else ())
        self.neutral = self.line(
            translate("MemberDialog", "&Described as"), item.neutral_description if item else ""
        )
        self.neutral.setAccessibleName(
            translate(
                "MemberDialog",
                "How the youth's and caregiver's copies describe them, in neutral words",
            )
        )
        self.neutral.setPlaceholderText(
            translate("MemberDialog", "In neutral words, e.g. “helps you with school”")
        )
        self.form.addRow(
            label(
                translate(
                    "MemberDialog", "The youth's and caregiver's copies print this, never the role."
                ),
                "hint",
            )
        )
        self.share_hint = label("", "hint")
        self.share_hint.setWordWrap(True)
        self.form.addRow(self.share_hint)
        self.youth_chosen.toggled.connect(self._explain)
        self.role.textChanged.connect(self._explain)
        self.agency.textChanged.connect(self._explain)
        self.name.textChanged.connect(self._explain)
        self._explain()
        self.finish_layout()

    def _explain(self) -> None:
        """The youth's copy lists only people the youth chose; the caregiver's sheet never
        lists a law-enforcement or advocate role (the table in ``reports/audience.py``)."""
        kinds = role_kinds(self.role.text(), self.agency.text(), self.name.text())
        hidden = kinds & Audience.CAREGIVER.rules.hidden_roles
        hidden_from_youth = kinds & Audience.YOUTH.rules.hidden_roles
        self.share["youth"].setEnabled(self.youth_chosen.isChecked() and not hidden_from_youth)
        self.share["caregiver"].setEnabled(not hidden)
        notes = []
        if hidden_from_youth:
            notes.append(
                translate(
                    "MemberDialog",
                    "The youth's copy never lists a law-enforcement contact: someone who finds "
                    "it could learn the youth spoke to the police.",
                )
            )
        elif not self.youth_chosen.isChecked():
            notes.append(
                translate("MemberDialog", "The youth's copy lists only people the youth chose.")
            )
        if hidden:
            notes.append(
                translate(
                    "MemberDialog", "The caregiver's sheet never lists a law-enforcement role."
                )
                if RoleKind.LAW_ENFORCEMENT in hidden
                else translate(
                    "MemberDialog", "The caregiver's sheet never lists an advocate role."
                )
            )
        self.share_hint.setText(" ".join(notes))
        self.share_hint.setVisible(bool(notes))

    def build(self) -> MdtMember:
        return MdtMember(
            name=self.name.text().strip(),
            agency=self.agency.text().strip(),
            role=self.role.text().strip(),
            contact=self.contact.text().strip(),
            youth_chosen=self.youth_chosen.isChecked(),
            shared_with=ticked(self.share),  # type: ignore[arg-type]
            neutral_description=self.neutral.text().strip(),
            discipline=self.discipline.currentData(),
        )
