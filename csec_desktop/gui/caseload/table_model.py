"""The caseload as a Qt table model: lightweight rows, named columns, roles a view can use.

A row is a small frozen value (no widgets, no records), so 20,000 youth cost a few megabytes and
the view only asks for the cells it paints. Sorting happens here, on the rows, by a per-column
key, which stays quick at that size without a proxy model.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from csec_desktop.core.display_words import age_words, band_label
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.localtime import local_date
from csec_desktop.core.records.caseload_index import CaseloadEntry
from csec_desktop.core.records.caseload_status import YouthStatus
from csec_desktop.core.records.urgency import DueLevel, UrgencyFacts, due_level, urgency_key
from csec_desktop.core.records.youth import Agency
from csec_desktop.core.worker_language import worker_language
from csec_desktop.gui.caseload.urgency_look import urgency_role
from csec_desktop.gui.caseload.wording import due_text

Index = QModelIndex | QPersistentModelIndex
YOUTH_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the youth's record id, for opening the page
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts the column the way people expect
ROW_ROLE = Qt.ItemDataRole.UserRole + 3  # the whole CaseloadRow
CHIPS_ROLE = Qt.ItemDataRole.UserRole + 4  # the alerts, for the chip painter
URGENCY_SORT = -2  # not a column: the default order (core.records.urgency.urgency_key)


class Column(IntEnum):
    # What a worker scans for first comes first, so it stays on screen at 150 % scaling.
    NAME = 0
    ALERTS = 1  # "Danger now", "Missing now", "Identified": drawn as chips
    NEXT_DUE = 2
    OUTCOME = 3
    DRAFTS = 4
    AGE = 5
    AGENCY = 6
    LEGAL_NAME = 7
    CASE_NUMBER = 8

    @property
    def title(self) -> str:
        return translate("CaseloadTableModel", _TITLES[self])


_TITLES = {
    Column.NAME: QT_TRANSLATE_NOOP("CaseloadTableModel", "Name (pronouns)"),
    Column.ALERTS: QT_TRANSLATE_NOOP("CaseloadTableModel", "Alerts"),
    Column.LEGAL_NAME: QT_TRANSLATE_NOOP("CaseloadTableModel", "Legal name"),
    Column.AGE: QT_TRANSLATE_NOOP("CaseloadTableModel", "Age"),
    Column.AGENCY: QT_TRANSLATE_NOOP("CaseloadTableModel", "Agency"),
    Column.OUTCOME: QT_TRANSLATE_NOOP("CaseloadTableModel", "Latest outcome"),
    Column.DRAFTS: QT_TRANSLATE_NOOP("CaseloadTableModel", "Drafts"),
    Column.NEXT_DUE: QT_TRANSLATE_NOOP("CaseloadTableModel", "Next duty due"),
    Column.CASE_NUMBER: QT_TRANSLATE_NOOP("CaseloadTableModel", "Case number"),
}
# The alerts core sets on a youth's status, as the worker reads them (sorting keeps core's).
CHIP_WORDS = (
    QT_TRANSLATE_NOOP("CaseloadAlerts", "Danger now"),
    QT_TRANSLATE_NOOP("CaseloadAlerts", "Missing now"),
    QT_TRANSLATE_NOOP("CaseloadAlerts", "Identified"),
)


def chip_words(chip: str) -> str:
    """An alert chip's words in the worker's language."""
    return translate("CaseloadAlerts", chip)


_FAR_FUTURE = datetime.max.replace(tzinfo=UTC)


@dataclass(frozen=True)
class CaseloadRow:
    youth_id: str
    name: str  # chosen name with pronouns: how the youth is known
    legal_name: str
    birth_date: date | None
    agency: str
    band: str | None
    drafts: int
    next_due: datetime | None
    case_number: str
    legal_key: tuple[str, ...] = ()  # surname first, folded: worked out off the GUI thread
    chips: tuple[str, ...] = ()  # "Missing now", "Identified"
    next_due_at: datetime | None = None  # that duty's due time (``next_due``: late after)

    @property
    def urgency(self) -> UrgencyFacts:
        return UrgencyFacts(
            self.name, self.next_due, "Missing now" in self.chips, "Identified" in self.chips
        )

    def due_level(self, now: datetime) -> DueLevel:
        return due_level(self.next_due, now)

    @classmethod
    def of(cls, entry: CaseloadEntry, status: YouthStatus | None) -> CaseloadRow:
        status = status or YouthStatus()
        name = f"{entry.display_name} ({entry.pronouns})" if entry.pronouns else entry.display_name
        parts = entry.legal_name.casefold().split()
        return cls(
            entry.youth_id,
            name,
            entry.legal_name,
            entry.birth_date,
            Agency(entry.agency).words,
            status.latest_band,
            status.drafts,
            status.next_due,
            ", ".join(entry.case_numbers),
            tuple(parts[-1:] + parts[:-1]),
            status.chips,
            status.next_due_at,
        )


class CaseloadTableModel(QAbstractTableModel):
    def __init__(self, clock: Any = None) -> None:
        super().__init__()
        self._rows: list[CaseloadRow] = []
        self._clock = clock or (lambda: datetime.now(UTC))
        self._now = self._clock()

    # -- contents ------------------------------------------------------------------------------
    def set_rows(self, rows: list[CaseloadRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = self._clock()
        self.endResetModel()

    def rows(self) -> list[CaseloadRow]:
        return list(self._rows)

    def row_at(self, row: int) -> CaseloadRow:
        return self._rows[row]

    def row_of(self, youth_id: str) -> int:
        return next((i for i, r in enumerate(self._rows) if r.youth_id == youth_id), -1)

    def replace_row(self, new: CaseloadRow) -> None:
        """One youth changed (a profile edit): update that row in place."""
        row = self.row_of(new.youth_id)
        if row >= 0:
            self._rows[row] = new
            last = self.index(row, len(Column) - 1)
            self.dataChanged.emit(self.index(row, 0), last)

    def refresh_clock(self) -> None:
        """Words like "overdue by 3 h" move with the clock; repaint the due column only."""
        self._now = self._clock()
        if self._rows:
            column = Column.NEXT_DUE
            self.dataChanged.emit(self.index(0, column), self.index(len(self._rows) - 1, column))

    # -- the model interface -------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return Column(section).title
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], Column(index.column())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(row, column)
        if role == YOUTH_ID_ROLE:
            return row.youth_id
        if role == SORT_ROLE:
            return _sort_key(row, column)
        if role == ROW_ROLE:
            return row
        if role == CHIPS_ROLE:
            return row.chips
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.NAME:
            return translate("CaseloadTableModel", "Legal name: {name}").format(name=row.legal_name)
        if role == Qt.ItemDataRole.ToolTipRole and column is Column.NEXT_DUE:
            return self._display(row, column)  # the whole time when the column cuts it
        if column in (Column.NAME, Column.NEXT_DUE):
            # Red or amber for overdue and due today, with an icon on the due cell; the words
            # ("overdue by 3 hours") are the cell's own text, so colour is never alone.
            return urgency_role(row.due_level(self._now), role, icon=column is Column.NEXT_DUE)
        return None

    def _display(self, row: CaseloadRow, column: Column) -> str:
        if column is Column.NAME:
            return row.name
        if column is Column.ALERTS:
            return " · ".join(chip_words(chip) for chip in row.chips)
        if column is Column.LEGAL_NAME:
            return row.legal_name
        if column is Column.AGE:
            return age_words(row.birth_date, local_date(self._now))
        if column is Column.AGENCY:
            return row.agency
        if column is Column.OUTCOME:
            return band_label(row.band, worker_language())
        if column is Column.DRAFTS:
            return str(row.drafts) if row.drafts else translate("CaseloadTableModel", "None")
        if column is Column.NEXT_DUE:
            return due_text(row.next_due, self._now, row.next_due_at)
        return row.case_number

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column``, or by urgency for ``URGENCY_SORT`` (the default order)."""
        self.layoutAboutToBeChanged.emit()
        reverse = order is Qt.SortOrder.DescendingOrder
        if column == URGENCY_SORT:
            now = self._clock()
            self._rows.sort(key=lambda row: urgency_key(row.urgency, now), reverse=reverse)
        else:
            chosen = Column(column)
            self._rows.sort(key=lambda row: _sort_key(row, chosen), reverse=reverse)
        self.layoutChanged.emit()


def _sort_key(row: CaseloadRow, column: Column) -> Any:
    if column is Column.NAME:
        return row.name.casefold()
    if column is Column.ALERTS:
        return (-len(row.chips), row.chips)  # youth with alerts first
    if column is Column.LEGAL_NAME:
        return row.legal_key  # surname first, as a paper list is sorted
    if column is Column.AGE:
        return -row.birth_date.toordinal() if row.birth_date else 1  # unknown ages last
    if column is Column.AGENCY:
        return row.agency
    if column is Column.OUTCOME:
        return band_label(row.band, worker_language())
    if column is Column.DRAFTS:
        return row.drafts
    if column is Column.NEXT_DUE:
        return row.next_due or _FAR_FUTURE
    return row.case_number
