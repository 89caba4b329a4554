"""Add or change an MDT meeting: when and what kind, who came (the team's members, with their
disciplines, and anyone else), what the youth asked for, decisions, action items, the next
meeting, and the basis for sharing information, warned about live when WIC 18961.7's 30 days
have passed without a good-cause note (``mdt_meeting.sharing_warning``)."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import ClassVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from csec_desktop.core.display_words import day_words
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate, translate_table
from csec_desktop.core.records.case_items import MdtMember
from csec_desktop.core.records.mdt_meeting import (
    DISCIPLINES,
    MEETING_TYPES,
    SHARING_BASES,
    ActionItem,
    MdtMeeting,
    sharing_warning,
)
from csec_desktop.gui.case_team.entry_list import EntryList, EntryListWords
from csec_desktop.gui.case_team.item_dialog import CaseItemDialog
from csec_desktop.gui.widgets.basics import add_row, combo, em, label


def member_words(member: MdtMember) -> str:
    discipline = (
        f", {translate('MdtMeeting', DISCIPLINES[member.discipline])}" if member.discipline else ""
    )
    return f"{member.name} — {member.agency}{discipline}"


class MeetingDialog(CaseItemDialog):
    FIELD_LABELS: ClassVar[dict[str, str]] = {
        "sharing_basis": QT_TRANSLATE_NOOP("CaseItemFields", "Information-sharing basis"),
        "decisions": QT_TRANSLATE_NOOP("CaseItemFields", "Decisions"),
        "attendees": QT_TRANSLATE_NOOP("CaseItemFields", "Who came"),
    }

    def __init__(
        self,
        parent: QWidget | None,
        item: MdtMeeting | None = None,
        members: tuple[tuple[str, MdtMember], ...] = (),
        report_on: date | None = None,
    ) -> None:
        title = (
            translate("MeetingDialog", "MDT meeting")
            if item is None
            else translate("MeetingDialog", "Change MDT meeting")
        )
        super().__init__(title, parent, True)
        current = item or MdtMeeting(held_on=date.today(), report_on=report_on)
        self.held_on = self.date_field(
            translate("MeetingDialog", "&Held on"), current.held_on, optional=False
        )
        self.starts_at = self.line(
            translate("MeetingDialog", "&Time (HH:MM)"), _time_text(current.starts_at), 5
        )
        self.starts_at.setPlaceholderText("14:30")
        self.starts_at.setMaximumWidth(em(self.starts_at, 6))
        self.kind = combo(
            translate("MeetingDialog", "Type of meeting"),
            translate_table("MdtMeeting", MEETING_TYPES),
            current.meeting_type,
        )
        add_row(self.form, translate("MeetingDialog", "T&ype of meeting"), self.kind)
        self.members = QListWidget()
        self.members.setAccessibleName(translate("MeetingDialog", "Team members who came"))
        self.members.setMaximumHeight(em(self.members, 6))
        known = {mid for mid, _m in members}
        for member_id, member in members:
            row = QListWidgetItem(member_words(member))
            row.setData(Qt.ItemDataRole.UserRole, (member_id, member.name))
            came = member_id in current.attendee_ids if item else True
            row.setCheckState(Qt.CheckState.Checked if came else Qt.CheckState.Unchecked)
            self.members.addItem(row)
        add_row(self.form, translate("MeetingDialog", "Team &members who came"), self.members)
        member_names = {m.name for mid, m in members if mid in current.attendee_ids}
        others = [n for n in current.attendees if n not in member_names]
        self.others = self.line(
            translate("MeetingDialog", "&Others who came (commas)"), ", ".join(others), 2000
        )
        self._basis_note = current.basis_note  # an older laptop's words, kept
        self._unlisted = tuple(i for i in current.attendee_ids if i not in known)
        self.youth_attended = self.check(
            translate("MeetingDialog", "The &youth took part"), current.youth_attended
        )
        self.asked = self.long_text(
            translate("MeetingDialog", "What the youth as&ked for"), current.youth_asked_for
        )
        self.decisions = self.long_text(translate("MeetingDialog", "&Decisions"), current.decisions)
        self.action_text = self.line(translate("MeetingDialog", "A&ction"), "", 500)
        self.action_owner = self.line(translate("MeetingDialog", "Action o&wner"), "", 200)
        self.action_due = self.date_field(
            translate("MeetingDialog", "Action d&ue on"), None, optional=True
        )
        says = EntryListWords(
            translate("MeetingDialog", "Actions added"),
            translate("MeetingDialog", "Add this action"),
            translate("MeetingDialog", "Remove selected action"),
            translate("MeetingDialog", "A filled-in action not yet added is added when you save."),
            translate("MeetingDialog", "The action you started is not complete: {problem}"),
        )
        self.actions = EntryList(
            says, self._make_action, _action_words, current.action_items, self._action_typed
        )
        self.entry_lists.append(self.actions)
        add_row(self.form, translate("MeetingDialog", "Action items"), self.actions)
        self.next_on = self.date_field(
            translate("MeetingDialog", "&Next meeting on"), current.next_meeting_on, optional=True
        )
        choose = translate("MeetingDialog", "Choose the basis…")
        self.basis = combo(
            translate("MeetingDialog", "Information-sharing basis"),
            {"": choose, **translate_table("MdtMeeting", SHARING_BASES)},
            current.sharing_basis if item else "",
        )
        add_row(self.form, translate("MeetingDialog", "Information-sharing &basis"), self.basis)
        self.warning = label("", "warning")  # right under the basis it is about, in view
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(translate("MeetingDialog", "Sharing-basis warning"))
        self.form.addRow(self.warning)
        self.report_on = self.date_field(
            translate("MeetingDialog", "Date of the re&port"), current.report_on, optional=True
        )
        self.good_cause = self.long_text(
            translate("MeetingDialog", "&Good cause to keep sharing"), current.good_cause
        )
        for field in (self.held_on, self.report_on):
            field.changed.connect(lambda _day: self._warn())
        self.basis.currentIndexChanged.connect(self._warn)
        self.good_cause.textChanged.connect(self._warn)
        self._warn()
        self.finish_layout()

    def _make_action(self) -> ActionItem | str:
        if not self.action_due.check():
            return translate("MeetingDialog", "Action due on: type the date it is due.")
        text, owner = self.action_text.text().strip(), self.action_owner.text().strip()
        due = self.action_due.value()
        if not text or not owner or due is None:
            return translate(
                "MeetingDialog", "Say what is to be done, who does it and by when, then add it."
            )
        self.action_text.clear()
        self.action_owner.clear()
        self.action_due.set_date(None)
        return ActionItem(text=text, owner=owner, due_on=due)

    def _action_typed(self) -> bool:
        typed = (self.action_text.text(), self.action_owner.text(), self.action_due.edit.text())
        return any(part.strip() for part in typed)

    def _warn(self) -> None:
        basis = self.basis.currentData()
        held = self.held_on.value()
        words = ""
        if basis and held is not None:
            probe = MdtMeeting(
                held_on=held,
                sharing_basis=basis,
                report_on=self.report_on.value(),
                good_cause=self.good_cause.toPlainText(),
            )
            words = sharing_warning(probe, translate)
        self.warning.setText(words)
        self.warning.setVisible(bool(words))

    def _attendees(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        ids, names = list(self._unlisted), []
        for index in range(self.members.count()):
            row = self.members.item(index)
            if row.checkState() == Qt.CheckState.Checked:
                member_id, name = row.data(Qt.ItemDataRole.UserRole)
                ids.append(member_id)
                names.append(name)
        names += [n.strip() for n in self.others.text().split(",") if n.strip()]
        return tuple(names), tuple(ids)

    def _time(self) -> time | None:
        typed = self.starts_at.text().strip()
        return datetime.strptime(typed, "%H:%M").time() if typed else None

    def build(self) -> MdtMeeting:
        names, ids = self._attendees()
        return MdtMeeting(
            held_on=self.held_on.value() or date.today(),
            starts_at=self._time(),
            meeting_type=self.kind.currentData(),
            attendees=names,
            attendee_ids=ids,
            youth_attended=self.youth_attended.isChecked(),
            youth_asked_for=self.asked.toPlainText().strip(),
            decisions=self.decisions.toPlainText().strip(),
            action_items=tuple(self.actions.entries),
            next_meeting_on=self.next_on.value(),
            sharing_basis=self.basis.currentData(),
            report_on=self.report_on.value(),
            good_cause=self.good_cause.toPlainText().strip(),
            basis_note=self._basis_note,
        )

    def submit(self) -> None:
        try:
            self._time()
        except ValueError:
            self.message.show_message(
                translate("MeetingDialog", "Time: type it as hours and minutes, for example 14:30.")
            )
            return
        held = self.held_on.value()
        if held is not None and held > date.today():
            self.message.show_message(
                translate(
                    "MeetingDialog",
                    "Held on: {day} has not come yet. Record a meeting once it has been held; a "
                    "planned one goes in “Next meeting on” of the last meeting.",
                ).format(day=day_words(held))
            )
            self.held_on.edit.setFocus()
            return
        if not self.basis.currentData():
            self.message.show_message(
                translate("MeetingDialog", "Information-sharing basis: choose one from the list.")
            )
            return
        super().submit()


def _time_text(value: time | None) -> str:
    return value.strftime("%H:%M") if value else ""


def _action_words(action: ActionItem) -> str:
    return translate("MeetingDialog", "{action} — {owner}, due {day}").format(
        action=action.text, owner=action.owner, day=day_words(action.due_on)
    )
