"""Add or change a referral (MDT members: ``member_dialog.py``; meetings: ``meeting_dialog.py``)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtWidgets import QComboBox, QWidget

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.case_items import Referral
from csec_desktop.core.records.referral_domains import domain_choices, domain_id, domain_label
from csec_desktop.core.worker_language import worker_language
from csec_desktop.gui.case_team.item_dialog import CaseItemDialog
from csec_desktop.gui.widgets.basics import add_row, combo, label

# Built at import: translated when shown (context "ReferralDialog").
STATUS_LABELS = {
    "planned": QT_TRANSLATE_NOOP("ReferralDialog", "Planned"),
    "referred": QT_TRANSLATE_NOOP("ReferralDialog", "Referred"),
    "connected": QT_TRANSLATE_NOOP("ReferralDialog", "Connected to the service"),
    "declined": QT_TRANSLATE_NOOP("ReferralDialog", "Declined by the youth"),
    "closed": QT_TRANSLATE_NOOP("ReferralDialog", "Closed"),
}
OUTCOME_LABELS = {
    None: QT_TRANSLATE_NOOP("ReferralDialog", "Not known yet"),
    "connected": QT_TRANSLATE_NOOP("ReferralDialog", "Connected"),
    "waitlisted": QT_TRANSLATE_NOOP("ReferralDialog", "Waitlisted"),
    "declined": QT_TRANSLATE_NOOP("ReferralDialog", "Declined by the youth"),
    "not_available": QT_TRANSLATE_NOOP("ReferralDialog", "Not available"),
}
AGREED_LABELS = {
    None: QT_TRANSLATE_NOOP("ReferralDialog", "Not asked yet"),
    True: QT_TRANSLATE_NOOP("ReferralDialog", "Yes, the youth agreed"),
    False: QT_TRANSLATE_NOOP("ReferralDialog", "No"),
}


def _labels(table: dict[Any, str]) -> dict[object, str]:
    return {value: translate("ReferralDialog", text) for value, text in table.items()}


class ReferralDialog(CaseItemDialog):
    FIELD_LABELS: ClassVar[dict[str, str]] = {
        "domain": QT_TRANSLATE_NOOP("CaseItemFields", "Need"),
        "agency": QT_TRANSLATE_NOOP("CaseItemFields", "Agency or service"),
        "contact": QT_TRANSLATE_NOOP("CaseItemFields", "Contact"),
        "owner": QT_TRANSLATE_NOOP("CaseItemFields", "Who follows it up"),
        "reoffer_on": QT_TRANSLATE_NOOP("CaseItemFields", "Offer again on"),
    }

    def __init__(self, parent: QWidget | None, item: Referral | None = None) -> None:
        title = (
            translate("ReferralDialog", "Referral")
            if item is None
            else translate("ReferralDialog", "Change referral")
        )
        super().__init__(title, parent, scroll=True)
        current = item or Referral(domain="-", agency="-")
        # The need is chosen from the domains (stored by id: the print rules look it up);
        # a referral an older version stored as free text keeps its text until changed.
        self.domain = QComboBox()
        self.domain.setAccessibleName(translate("ReferralDialog", "Need"))
        self.domain.addItem(translate("ReferralDialog", "Choose the need…"), "")
        for value, text in domain_choices(worker_language()):
            self.domain.addItem(text, value)
        if item is not None and domain_id(item.domain) is None:
            self.domain.addItem(domain_label(item.domain, worker_language()), item.domain)
        self.domain.setCurrentIndex(max(0, self.domain.findData(item.domain if item else "")))
        add_row(self.form, translate("ReferralDialog", "&Need"), self.domain)
        self.agency = self.line(
            translate("ReferralDialog", "&Agency or service"), item.agency if item else ""
        )
        self.contact = self.line(translate("ReferralDialog", "&Contact"), current.contact)
        self.referred_on = self.date_field(
            translate("ReferralDialog", "&Referred on"), current.referred_on, optional=True
        )
        self.status = QComboBox()
        self.status.setAccessibleName(translate("ReferralDialog", "Status"))
        for value, text in _labels(STATUS_LABELS).items():
            self.status.addItem(text, value)
        self.status.setCurrentIndex(self.status.findData(current.status))
        add_row(self.form, translate("ReferralDialog", "&Status"), self.status)
        self.owner = self.line(translate("ReferralDialog", "&Who follows it up"), current.owner)
        self.owner.setPlaceholderText(
            translate("ReferralDialog", "The worker or team member who checks it happened")
        )
        self.follow_up_on = self.date_field(
            translate("ReferralDialog", "&Follow up on"), current.follow_up_on, optional=True
        )
        self.outcome = combo(
            translate("ReferralDialog", "Outcome"), _labels(OUTCOME_LABELS), current.outcome
        )  # type: ignore[arg-type]
        add_row(self.form, translate("ReferralDialog", "O&utcome"), self.outcome)
        self.agreed = combo(
            translate("ReferralDialog", "The youth agreed"),
            _labels(AGREED_LABELS),
            current.youth_agreed,
        )  # type: ignore[arg-type]
        add_row(self.form, translate("ReferralDialog", "The youth a&greed"), self.agreed)
        self.reoffer_on = self.date_field(
            translate("ReferralDialog", "Offer aga&in on"), current.reoffer_on, optional=True
        )
        self.form.addRow(
            label(
                translate(
                    "ReferralDialog",
                    "The follow-up, and a new offer after the youth declines, appear on the "
                    "Deadlines panel on their day. A “no” today is not a closed door.",
                ),
                "hint",
            )
        )
        self.note = self.long_text(translate("ReferralDialog", "N&ote"), current.note)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()
        self.finish_layout()

    def _outcome_changed(self) -> None:
        outcome = self.outcome.currentData()
        self.reoffer_on.setEnabled(outcome == "declined")
        if outcome in ("connected", "declined"):  # the status follows a known outcome
            self.status.setCurrentIndex(self.status.findData(outcome))

    def submit(self) -> None:
        # A follow-up date becomes a duty on the Deadlines panel: someone must own it.
        if self.follow_up_on.value() is not None and not self.owner.text().strip():
            self.message.show_message(
                translate(
                    "ReferralDialog",
                    "Who follows it up: name the worker or team member who checks the referral "
                    "happened on the follow-up date.",
                )
            )
            self.owner.setFocus()
            return
        super().submit()

    def build(self) -> Referral:
        return Referral(
            domain=self.domain.currentData(),
            agency=self.agency.text().strip(),
            contact=self.contact.text().strip(),
            referred_on=self.referred_on.value(),
            status=self.status.currentData(),
            note=self.note.toPlainText().strip(),
            owner=self.owner.text().strip(),
            follow_up_on=self.follow_up_on.value(),
            outcome=self.outcome.currentData(),
            youth_agreed=self.agreed.currentData(),
            reoffer_on=self.reoffer_on.value() if self.reoffer_on.isEnabled() else None,
        )
