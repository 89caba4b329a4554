"""Sorting the caseload from the keyboard: a "Sort by" list of the columns and a reverse switch.

Clicking a column header sorts too; both ways stay in step (``reflect``). "Urgency" is the
default (overdue, due today, missing now, identified, then name: ``core.records.urgency``);
"Best match" is the order the search gives: closest names first.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QWidget

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.gui.caseload.table_model import URGENCY_SORT, Column

URGENCY = QT_TRANSLATE_NOOP("SortControls", "Urgency (best match while searching)")
BEST_MATCH = QT_TRANSLATE_NOOP("SortControls", "Best match")
# The order of the list: what a worker sorts by most often first.
SORTABLE = (
    Column.NEXT_DUE,
    Column.NAME,
    Column.LEGAL_NAME,
    Column.AGE,
    Column.OUTCOME,
    Column.DRAFTS,
    Column.AGENCY,
    Column.CASE_NUMBER,
)


class SortControls(QWidget):
    # (column, order), (-1, ascending) for the search's own order, (-2, ascending) for urgency
    sort_chosen = Signal(int, Qt.SortOrder)

    def __init__(self) -> None:
        super().__init__()
        self.choice = QComboBox()
        self.choice.setAccessibleName(translate("SortControls", "Sort by"))
        self.choice.addItem(translate("SortControls", URGENCY), URGENCY_SORT)
        self.choice.addItem(translate("SortControls", BEST_MATCH), -1)
        for column in SORTABLE:
            self.choice.addItem(column.title, int(column))
        label = QLabel(translate("SortControls", "So&rt by"))
        label.setBuddy(self.choice)
        self.reverse = QCheckBox(translate("SortControls", "Re&verse"))
        self.reverse.setAccessibleName(translate("SortControls", "Reverse the order"))
        self.reverse.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (label, self.choice, self.reverse):
            layout.addWidget(widget)
        self.choice.currentIndexChanged.connect(lambda _i: self._chosen())
        self.reverse.toggled.connect(lambda _on: self._chosen())

    @property
    def column(self) -> int:
        return int(self.choice.currentData())

    @property
    def order(self) -> Qt.SortOrder:
        descending = self.reverse.isChecked()
        return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder

    def reflect(self, column: int, order: Qt.SortOrder) -> None:
        """Reflect a sort made elsewhere (a header click) without announcing it again."""
        index = self.choice.findData(column)
        for widget in (self.choice, self.reverse):
            widget.blockSignals(True)
        try:
            self.choice.setCurrentIndex(max(index, 0))
            self.reverse.setChecked(order is Qt.SortOrder.DescendingOrder and column >= 0)
            self.reverse.setEnabled(column >= 0)
        finally:
            for widget in (self.choice, self.reverse):
                widget.blockSignals(False)

    def _chosen(self) -> None:
        own_order = self.column < 0  # urgency or best match: one fixed order each
        if own_order and self.reverse.isChecked():
            self.reverse.blockSignals(True)
            self.reverse.setChecked(False)
            self.reverse.blockSignals(False)
        self.reverse.setEnabled(not own_order)
        self.sort_chosen.emit(self.column, self.order)
