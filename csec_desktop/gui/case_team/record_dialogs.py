"""Add or change a referral, an MDT member or an MDT meeting."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from typing import ClassVar

from PySide6.QtWidgets import QComboBox, QWidget

from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.records.case_items import MdtMeeting, MdtMember, Referral
from csec_desktop.gui.case_team.item_dialog import CaseItemDialog
from csec_desktop.gui.widgets import add_row

STATUS_LABELS = {
    "planned": "Planned",
    "referred": "Referred",
    "connected": "Connected to the service",
    "declined": "Declined by the youth",
    "closed": "Closed",
}
NOT_DOMAINS = {"crisis", "priorities"}


@lru_cache(maxsize=1)
def needs_domains() -> tuple[str, ...]:
    """The holistic-needs domains, from the instrument file (the county may edit that list)."""
    definition = shipped_registry().get("holistic_needs").definition
    return tuple(s.title.en for s in definition.sections if s.id not in NOT_DOMAINS)


class ReferralDialog(CaseItemDialog):
    FIELD_LABELS: ClassVar[dict[str, str]] = {
        "domain": "Need",
        "agency": "Agency or service",
        "contact": "Contact",
    }

    def __init__(self, parent: QWidget | None, item: Referral | None = None) -> None:
        super().__init__("Referral" if item is None else "Change referral", parent)
        current = item or Referral(domain="-", agency="-")
        self.domain = QComboBox()
        self.domain.setEditable(True)
        self.domain.setAccessibleName("Need")
        self.domain.addItems(needs_domains())
        self.domain.setCurrentText(item.domain if item else "")
        add_row(self.form, "&Need", self.domain)
        self.agency = self.line("&Agency or service", item.agency if item else "")
        self.contact = self.line("&Contact", current.contact)
        self.referred_on = self.date_field("&Referred on", current.referred_on, optional=True)
        self.status = QComboBox()
        self.status.setAccessibleName("Status")
        for value, text in STATUS_LABELS.items():
            self.status.addItem(text, value)
        self.status.setCurrentIndex(self.status.findData(current.status))
        add_row(self.form, "&Status", self.status)
        self.note = self.long_text("N&ote", current.note)
        self.finish_layout()

    def build(self) -> Referral:
        return Referral(
            domain=self.domain.currentText().strip(),
            agency=self.agency.text().strip(),
            contact=self.contact.text().strip(),
            referred_on=self.referred_on.value(),
            status=self.status.currentData(),
            note=self.note.toPlainText().strip(),
        )


class MemberDialog(CaseItemDialog):
    FIELD_LABELS: ClassVar[dict[str, str]] = {
        "name": "Name",
        "agency": "Agency",
        "role": "Role",
        "contact": "Contact",
    }

    def __init__(self, parent: QWidget | None, item: MdtMember | None = None) -> None:
        super().__init__("MDT member" if item is None else "Change MDT member", parent)
        self.name = self.line("&Name", item.name if item else "")
        self.agency = self.line("&Agency", item.agency if item else "")
        self.role = self.line("&Role", item.role if item else "", max_length=120)
        self.contact = self.line("&Contact", item.contact if item else "")
        self.youth_chosen = self.check(
            "Chosen by the &youth (for example a survivor mentor or trusted adult)",
            item.youth_chosen if item else False,
        )
        self.finish_layout()

    def build(self) -> MdtMember:
        return MdtMember(
            name=self.name.text().strip(),
            agency=self.agency.text().strip(),
            role=self.role.text().strip(),
            contact=self.contact.text().strip(),
            youth_chosen=self.youth_chosen.isChecked(),
        )


class MeetingDialog(CaseItemDialog):
    FIELD_LABELS: ClassVar[dict[str, str]] = {
        "sharing_basis": "Information-sharing basis",
        "decisions": "Decisions",
    }

    def __init__(
        self, parent: QWidget | None, item: MdtMeeting | None = None, members: tuple[str, ...] = ()
    ) -> None:
        super().__init__("MDT meeting" if item is None else "Change MDT meeting", parent)
        held_on = item.held_on if item else date.today()
        self.held_on = self.date_field("&Held on", held_on, optional=False)
        attendees = ", ".join(item.attendees) if item else ", ".join(members)
        self.attendees = self.line("A&ttendees (separate with commas)", attendees, 2000)
        self.youth_attended = self.check(
            "The &youth took part", item.youth_attended if item else False
        )
        self.decisions = self.long_text("&Decisions", item.decisions if item else "")
        default = MdtMeeting.model_fields["sharing_basis"].default
        self.sharing_basis = self.line(
            "Information-sharing &basis", item.sharing_basis if item else default, 300
        )
        self.finish_layout()

    def build(self) -> MdtMeeting:
        names = tuple(n.strip() for n in self.attendees.text().split(",") if n.strip())
        return MdtMeeting(
            held_on=self.held_on.value(),
            attendees=names,
            youth_attended=self.youth_attended.isChecked(),
            decisions=self.decisions.toPlainText().strip(),
            sharing_basis=self.sharing_basis.text().strip(),
        )
