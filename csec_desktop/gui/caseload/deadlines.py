"""The deadlines panel: every open duty on the laptop, soonest first, in the laptop's time.

"Overdue by 3 h", "due in 5 h" and "due now" are written out in their own column (red for
overdue and amber for due today, with an icon, but never by colour alone) and move with the
laptop's clock: a timer repaints them every minute without
touching the vault. Enter (or a double-click) opens the youth's page at that duty.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.display_words import due_words, duty_time_words, time_words
from csec_desktop.core.records.duties import DUE_SOON, DutyRecord
from csec_desktop.core.records.urgency import due_level
from csec_desktop.gui.caseload.urgency_look import urgency_role
from csec_desktop.gui.help.help_browser import set_help_topic
from csec_desktop.gui.widgets.basics import em, list_table

Index = QModelIndex | QPersistentModelIndex
DUTY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
YOUTH_ID_ROLE = Qt.ItemDataRole.UserRole + 2
MINUTE_MS = 60_000
_URGENCY_ROLES = (
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.DecorationRole,
)


class DeadlineColumn(IntEnum):
    YOUTH = 0
    DUTY = 1
    DUE = 2
    WHEN = 3


_TITLES = ("Youth", "Duty", "Due (local time)", "When")


@dataclass(frozen=True)
class DeadlineRow:
    duty_id: str
    youth_id: str
    youth_name: str
    label: str
    due_at: datetime
    late_after: datetime | None = None  # "immediately": due now, late after the grace window

    @property
    def late_at(self) -> datetime:
        return self.late_after or self.due_at

    def words(self, now: datetime) -> str:
        if self.late_after is not None and self.due_at <= now <= self.late_after:
            return f"due now (immediately; late after {time_words(self.late_after)})"
        return due_words(self.late_at, now)


def deadline_rows(duties: list[DutyRecord], names: dict[str, str]) -> list[DeadlineRow]:
    rows = [
        DeadlineRow(
            d.id,
            d.youth_id,
            names.get(d.youth_id, "Youth not on this list"),
            d.label.get("en", d.duty_type),
            d.due_at,
            d.late_after if d.immediate else None,
        )
        for d in duties
        if d.status == "open"
    ]
    return sorted(rows, key=lambda row: row.due_at)


_FULL_TEXT_ROLES = (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole)


class DeadlinesModel(QAbstractTableModel):
    def __init__(self, clock: Callable[[], datetime]) -> None:
        super().__init__()
        self._clock = clock
        self._now = clock()
        self._rows: list[DeadlineRow] = []

    def set_rows(self, rows: list[DeadlineRow]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=lambda row: row.due_at)
        self._now = self._clock()
        self.endResetModel()

    def rows(self) -> list[DeadlineRow]:
        return list(self._rows)

    def refresh_clock(self) -> None:
        self._now = self._clock()
        if self._rows:
            last = len(self._rows) - 1
            self.dataChanged.emit(
                self.index(0, DeadlineColumn.WHEN), self.index(last, DeadlineColumn.WHEN)
            )

    def counts(self) -> tuple[int, int]:
        """(overdue, due within 24 hours) at the model's current time."""
        overdue = sum(1 for row in self._rows if row.late_at < self._now)
        soon = sum(1 for row in self._rows if self._now <= row.late_at <= self._now + DUE_SOON)
        return overdue, soon

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(DeadlineColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _TITLES[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            column = DeadlineColumn(index.column())
            if column is DeadlineColumn.YOUTH:
                return row.youth_name
            if column is DeadlineColumn.DUTY:
                return row.label
            if column is DeadlineColumn.DUE:
                return duty_time_words(row.due_at, row.late_after)
            return row.words(self._now)
        if role in _FULL_TEXT_ROLES and index.column() == DeadlineColumn.DUTY:
            return row.label  # a long duty ("… call 911 if anyone is in danger") is never cut
        if role == DUTY_ID_ROLE:
            return row.duty_id
        if role in _URGENCY_ROLES:  # red or amber, an icon on the "When" cell; words always
            level = due_level(row.late_at, self._now)
            return urgency_role(level, role, icon=index.column() == DeadlineColumn.WHEN)
        if role == YOUTH_ID_ROLE:
            return row.youth_id
        return None


class DeadlinesPanel(QWidget):
    open_duty = Signal(str, str)  # youth id, duty id
    counts_changed = Signal(int, int)  # overdue, due soon

    def __init__(self, clock: Callable[[], datetime]) -> None:
        super().__init__()
        self.setAccessibleName("Deadlines")
        set_help_topic(self, "deadlines")
        self.model = DeadlinesModel(clock)
        self.summary = QLabel("")
        self.summary.setAccessibleName("Deadlines summary")
        self.table = QTableView()
        list_table(self.table, "Open duties, soonest first")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((15, 26, 11)):
            header.resizeSection(column, em(self, width))
        self.table.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        self.timer = QTimer(self)
        self.timer.setInterval(MINUTE_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def set_rows(self, rows: list[DeadlineRow]) -> None:
        self.model.set_rows(rows)
        self._update_summary()
        if rows:
            self.table.selectRow(0)

    def tick(self) -> None:
        """Once a minute: the words follow the laptop's clock."""
        self.model.refresh_clock()
        self._update_summary()

    def _update_summary(self) -> None:
        overdue, soon = self.model.counts()
        total = self.model.rowCount()
        if total == 0:
            text = "No open duties."
        else:
            text = f"{total} open duties: {overdue} overdue, {soon} due within 24 hours."
        self.summary.setText(text)
        self.counts_changed.emit(overdue, soon)

    def _activated(self, index: QModelIndex) -> None:
        self.open_duty.emit(
            self.model.data(index, YOUTH_ID_ROLE), self.model.data(index, DUTY_ID_ROLE)
        )
