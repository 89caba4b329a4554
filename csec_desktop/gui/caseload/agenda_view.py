"""The agenda: a week of deadlines and MDT meetings, day by day, in the laptop's time.

Built from ``core.records.agenda.week_agenda`` on a worker thread (only the youth this worker
may see). Each day is a branch with its entries: a duty by when it counts as late, with "Overdue"
or "Due today" in words and in red or amber with an icon; a meeting at its start time, or
"All day" when its record has a date only. Duties already late before the week are listed
first. Enter (or a double-click) opens the youth's page (at the duty, for a duty).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.display_words import day_words, duty_time_words, moment_words, time_words
from csec_desktop.core.errors import CsecError
from csec_desktop.core.localtime import local_date
from csec_desktop.core.records.agenda import DUTY, AgendaEntry, WeekAgenda, week_agenda, week_start
from csec_desktop.core.records.urgency import DueLevel
from csec_desktop.gui.background import Background
from csec_desktop.gui.caseload.services import WorkspaceServices
from csec_desktop.gui.caseload.urgency_look import urgency_role
from csec_desktop.gui.help.help_browser import set_help_topic
from csec_desktop.gui.widgets.basics import InlineMessage, button, em

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # (youth id, duty id or "")
COLUMNS = ("When", "Youth", "What", "Urgency")
NOTHING = "Nothing due and no MDT meetings this week."
OVERDUE_BEFORE = "Overdue from before this week"
OPEN_UP_TO = 5  # overdue entries shown unfolded


class AgendaView(QWidget):
    open_entry = Signal(str, str)  # youth id, duty id ("" for a meeting)

    def __init__(self, services: WorkspaceServices, background: Background) -> None:
        super().__init__()
        self.setAccessibleName("Agenda")
        set_help_topic(self, "agenda")
        self.services = services
        self.background = background
        self.start = week_start(local_date(services.clock()))
        self.agenda: WeekAgenda | None = None
        self.names: Callable[[], dict[str, str]] = dict
        self._seq = 0
        self.previous_button = button("◀ Previous week", "Previous week")
        self.this_week_button = button("This week", "This week")
        self.next_button = button("Next week ▶", "Next week")
        self.previous_button.clicked.connect(lambda: self.show_week(self.start - timedelta(7)))
        self.next_button.clicked.connect(lambda: self.show_week(self.start + timedelta(7)))
        self.this_week_button.clicked.connect(
            lambda: self.show_week(local_date(self.services.clock()))
        )
        self.week_label = QLabel("")
        self.week_label.setAccessibleName("Week shown")
        self.week_label.setProperty("role", "title")
        self.message = InlineMessage("Agenda message")
        self.tree = QTreeWidget()
        self.tree.setAccessibleName("Deadlines and meetings this week, by day")
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels(COLUMNS)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        for column, width in enumerate((12, 14, 24)):
            self.tree.header().resizeSection(column, em(self, width))
        self.tree.itemActivated.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(self.week_label, 1)
        for widget in (self.previous_button, self.this_week_button, self.next_button):
            top.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.tree, 1)

    def show_week(self, day: date | None = None) -> None:
        """Load the week of ``day`` (the shown week again when None) in the background."""
        self.start = week_start(day or self.start)
        self._seq += 1
        seq, ctx, start, now = self._seq, self.services.ctx, self.start, self.services.clock()
        self.background.run(
            lambda: week_agenda(ctx, start, now), lambda a: self._loaded(seq, a), self._failed
        )

    def _failed(self, error: CsecError) -> None:
        self.message.show_message(error.message)

    def _loaded(self, seq: int, agenda: WeekAgenda) -> None:
        if seq != self._seq:
            return  # a later week was asked for meanwhile
        self.agenda = agenda
        self.message.clear_message()
        end = agenda.start + timedelta(days=6)
        self.week_label.setText(f"Week of {day_words(agenda.start)} to {day_words(end)}")
        names = self.names()
        self.tree.clear()
        today = local_date(self.services.clock())
        if agenda.overdue_before:
            # Open when short; a long list stays folded (its count shows) so the week is seen.
            late = agenda.overdue_before
            self._branch(OVERDUE_BEFORE, late, names, len(late) <= OPEN_UP_TO, dated=True)
        for day in agenda.days:
            heading = f"{day.day:%A}, {day_words(day.day)}" + (
                " (today)" if day.day == today else ""
            )
            self._branch(heading, day.entries, names, day.day == today or bool(day.entries))
        if agenda.empty:
            self.message.show_message(NOTHING, "notice")
        first = self.tree.topLevelItem(0)
        if first is not None:  # choosing a row inside a folded branch would unfold it
            self.tree.setCurrentItem(first.child(0) if first.isExpanded() else first)

    def _branch(
        self,
        heading: str,
        entries: tuple[AgendaEntry, ...],
        names: dict[str, str],
        open_: bool,
        dated: bool = False,
    ) -> None:
        count = len(entries)
        words = "nothing" if not count else f"{count} item" + ("s" if count != 1 else "")
        branch = QTreeWidgetItem([f"{heading} — {words}"])
        self.tree.addTopLevelItem(branch)
        branch.setFirstColumnSpanned(True)  # once in the tree: the heading is never cut off
        if dated:  # the late ones' heading is red with the sign too, not only their rows
            for role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DecorationRole):
                branch.setData(0, role, urgency_role(DueLevel.OVERDUE, role, icon=True))
        for entry in entries:
            branch.addChild(self._item(entry, names, dated))
        branch.setExpanded(open_)

    def _item(self, entry: AgendaEntry, names: dict[str, str], dated: bool) -> QTreeWidgetItem:
        when = "All day" if entry.all_day else time_words(entry.at)
        if dated:  # not under a day of this week: the date too
            when = moment_words(entry.at)
        if entry.due_at is not None:  # a duty: the same words as every other screen
            when = duty_time_words(entry.due_at, entry.at, day=dated)
        level = entry.level if entry.kind == DUTY else DueLevel.NONE
        urgency = level.words if level in (DueLevel.OVERDUE, DueLevel.DUE_TODAY) else ""
        youth = names.get(entry.youth_id, "Youth not on this list")
        item = QTreeWidgetItem([when, youth, entry.title, urgency])
        item.setToolTip(2, entry.title)  # a long duty name is cut to fit its column
        duty_id = entry.record_id if entry.kind == DUTY else ""
        item.setData(0, ENTRY_ROLE, (entry.youth_id, duty_id))
        for column in range(len(COLUMNS)):
            for role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
                value = urgency_role(level, role)
                if value is not None:
                    item.setData(column, role, value)
        icon = urgency_role(level, Qt.ItemDataRole.DecorationRole, icon=True)
        if icon is not None:
            item.setIcon(3, icon)
        return item

    def entries_shown(self) -> list[tuple[str, str, str, str]]:
        """Every entry row as shown (When, Youth, What, Urgency), top to bottom."""
        rows = []
        for i in range(self.tree.topLevelItemCount()):
            branch = self.tree.topLevelItem(i)
            for j in range(branch.childCount()):
                child = branch.child(j)
                rows.append(tuple(child.text(c) for c in range(len(COLUMNS))))
        return rows  # type: ignore[return-value]

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        target = item.data(0, ENTRY_ROLE)
        if target:
            self.open_entry.emit(*target)
