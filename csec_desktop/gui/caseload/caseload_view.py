"""The caseload list: search as you type, a filter, sorting (headers or keyboard), a count line.

Every search runs on a worker thread through the app's Background helper; a short pause after
the last keystroke starts it, and only the newest query's answer is shown, so typing fast never
shows stale rows or blocks the window. Enter or a double-click opens the youth's page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import translate
from csec_desktop.core.records.caseload_status import CaseloadFilter
from csec_desktop.gui.background import Background
from csec_desktop.gui.caseload.chips import ChipDelegate
from csec_desktop.gui.caseload.empty_state import EmptyState
from csec_desktop.gui.caseload.sort_controls import SortControls
from csec_desktop.gui.caseload.source import CaseloadSource
from csec_desktop.gui.caseload.table_model import (
    URGENCY_SORT,
    YOUTH_ID_ROLE,
    CaseloadRow,
    CaseloadTableModel,
    Column,
)
from csec_desktop.gui.help.help_browser import set_help_topic
from csec_desktop.gui.widgets.basics import InlineMessage, busy_bar, button, em, list_table
from csec_desktop.gui.widgets.flow_layout import FlowLayout

DEBOUNCE_MS = 200


class CaseloadView(QWidget):
    open_requested = Signal(str)  # youth id
    add_requested = Signal()

    def __init__(self, background: Background, clock: Callable[[], datetime]) -> None:
        super().__init__()
        self.setAccessibleName(translate("CaseloadView", "Caseload"))
        set_help_topic(self, "caseload")
        self.background = background
        self.clock = clock
        self.source: CaseloadSource | None = None
        self.model = CaseloadTableModel(clock)
        self._query_seq = 0
        self._shown_seq = 0
        # Urgency first by default (core.records.urgency); None is the search's own order.
        self._sort: tuple[int, Qt.SortOrder] | None = (URGENCY_SORT, Qt.SortOrder.AscendingOrder)
        self._open_when_shown = False
        self._build()

    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setAccessibleName(translate("CaseloadView", "Search the caseload"))
        self.search.setPlaceholderText(
            translate("CaseloadView", "Name, alias, birth date or case number")
        )
        self.search.setClearButtonEnabled(True)
        for clear in self.search.findChildren(QToolButton):
            clear.setAccessibleName(translate("CaseloadView", "Clear the search"))
        self.search.installEventFilter(self)
        search_label = QLabel(translate("CaseloadView", "&Search"))
        search_label.setBuddy(self.search)
        self.filter_box = QComboBox()
        self.filter_box.setAccessibleName(translate("CaseloadView", "Show"))
        for choice in CaseloadFilter:
            self.filter_box.addItem(choice.label, choice)
        filter_label = QLabel(translate("CaseloadView", "Sho&w"))
        filter_label.setBuddy(self.filter_box)
        self.sorting = SortControls()
        self.sorting.sort_chosen.connect(self._sort_chosen)
        self.add_button = button(
            translate("CaseloadView", "Add &youth…"), translate("CaseloadView", "Add a youth")
        )
        self.add_button.clicked.connect(self.add_requested)
        # The controls wrap onto a second line on a narrow or 200 % screen instead of pushing
        # Sort by, Reverse and "Add youth…" off its edge; each label stays with its field.
        self.search.setMinimumWidth(em(self.search, 27))  # the Spanish hint is ~25 % longer
        top = QWidget()
        top.setAccessibleName(translate("CaseloadView", "Caseload search and sorting"))
        flow = FlowLayout(top)
        flow.setContentsMargins(0, 0, 0, 0)
        for pair in ((search_label, self.search), (filter_label, self.filter_box)):
            group = QWidget()
            row = QHBoxLayout(group)
            row.setContentsMargins(0, 0, 0, 0)
            for widget in pair:
                row.addWidget(widget)
            flow.addWidget(group)
        flow.addWidget(self.sorting)
        flow.addWidget(self.add_button)

        self.count = QLabel("")
        self.count.setAccessibleName(translate("CaseloadView", "How many youth are shown"))
        self.busy_text = QLabel(translate("CaseloadView", "Loading the caseload…"))
        self.busy = busy_bar(translate("CaseloadView", "Loading the caseload"))
        self.message = InlineMessage(translate("CaseloadView", "Caseload message"))
        self.table = QTableView()
        list_table(self.table, translate("CaseloadView", "Youth on the caseload"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(em(self, 1.6))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicatorShown(False)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._header_clicked)
        # The agency column fits "Libertad condicional" (the Spanish for probation).
        for column, width in enumerate((14, 13, 21, 9, 4, 3.5, 9.5, 14, 10)):
            header.resizeSection(column, em(self, width))
        self.chips = ChipDelegate(self.table)
        self.table.setItemDelegateForColumn(Column.ALERTS, self.chips)
        self.table.activated.connect(self._activated)
        self.empty = EmptyState()
        self.empty.add_button.clicked.connect(self.add_requested)
        self.empty.clear_button.clicked.connect(self.clear_search)

        layout = QVBoxLayout(self)
        layout.addWidget(top)
        for widget in (self.count, self.busy_text, self.busy, self.message):
            layout.addWidget(widget)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        self.empty.hide()
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self.run_query)
        self.search.textChanged.connect(lambda _text: self.debounce.start())
        self.filter_box.currentIndexChanged.connect(lambda _i: self.run_query())
        self.set_loading(True)

    # -- loading and querying ------------------------------------------------------------------
    def set_loading(self, loading: bool) -> None:
        self.busy_text.setVisible(loading)
        self.busy.setVisible(loading)
        for widget in (self.search, self.filter_box, self.sorting, self.add_button):
            widget.setEnabled(not loading)
        if loading:
            self.count.setText("")

    def set_source(self, source: CaseloadSource) -> None:
        self.source = source
        self.set_loading(False)
        self.run_query()
        self.search.setFocus()

    @property
    def current_filter(self) -> CaseloadFilter:
        return CaseloadFilter(self.filter_box.currentData())

    def run_query(self) -> None:
        """Start the search for what is typed now; an older answer arriving later is dropped."""
        if self.source is None:
            return
        self.debounce.stop()
        self._query_seq += 1
        seq, source = self._query_seq, self.source
        text, chosen, now = self.search.text(), self.current_filter, self.clock()
        self.background.run(
            lambda: source.query(text, chosen, now),
            lambda rows: self._show_rows(seq, rows),
            self._query_failed,
        )

    @property
    def searching(self) -> bool:
        return self._shown_seq != self._query_seq or self.debounce.isActive()

    def _show_rows(self, seq: int, rows: list[CaseloadRow]) -> None:
        if seq != self._query_seq or self.source is None:
            return  # a newer query is on its way
        self._shown_seq = seq
        self.model.set_rows(rows)
        if self._sort is not None and not self._best_match_now():
            self.model.sort(*self._sort)
        self._update_count()
        if rows:
            self.table.selectRow(0)
        if self._open_when_shown:
            self._open_when_shown = False
            self.open_current()

    def _best_match_now(self) -> bool:
        """While a name is typed, urgency gives way to the search's own order, so the closest
        name stays first and Enter opens the youth the worker is looking for."""
        return (
            self._sort is not None
            and self._sort[0] == URGENCY_SORT
            and bool(self.search.text().strip())
        )

    def _query_failed(self, error: CsecError) -> None:
        self.message.show_message(error.message)

    def _update_count(self) -> None:
        total = self.source.total if self.source else 0
        shown = self.model.rowCount()
        self.count.setText(
            translate("CaseloadView", "Showing {shown} of {total} youth").format(
                shown=f"{shown:,}", total=f"{total:,}"
            )
        )
        # Never "Showing 0 of 0" over an empty grid: say what to do next instead.
        self.empty.show_for(total, self.search.text().strip(), self.current_filter)
        self.count.setVisible(shown > 0)
        self.table.setVisible(shown > 0)
        self.empty.setVisible(shown == 0)

    def clear_search(self) -> None:
        """Back to everyone: the empty state's "Show everyone" button."""
        self.search.clear()
        self.filter_box.setCurrentIndex(0)
        self.run_query()
        self.search.setFocus()

    def refresh_row(self, youth_id: str) -> None:
        """A profile was edited: the row changes without a new search."""
        if self.source is not None and (row := self.source.row(youth_id)) is not None:
            self.model.replace_row(row)

    # -- sorting and opening -------------------------------------------------------------------
    def _header_clicked(self, column: int) -> None:
        order = Qt.SortOrder.AscendingOrder
        if self._sort is not None and self._sort == (column, Qt.SortOrder.AscendingOrder):
            order = Qt.SortOrder.DescendingOrder
        self.sort_by(column, order)

    def sort_by(self, column: int, order: Qt.SortOrder) -> None:
        self._sort = (column, order)
        header = self.table.horizontalHeader()
        header.setSortIndicatorShown(column >= 0)
        if column >= 0:
            header.setSortIndicator(column, order)
        self.sorting.reflect(column, order)
        self.model.sort(column, order)

    def _sort_chosen(self, column: int, order: Qt.SortOrder) -> None:
        if column >= 0 or column == URGENCY_SORT:
            self.sort_by(column, order)
            return
        self._sort = None  # "Best match": the search's own order, as a new search gives it
        self.table.horizontalHeader().setSortIndicatorShown(False)
        self.run_query()

    def _activated(self, index: object) -> None:
        youth_id = self.model.data(index, YOUTH_ID_ROLE)  # type: ignore[arg-type]
        if youth_id:
            self.open_requested.emit(youth_id)

    def open_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
        if index.isValid():
            self._activated(index)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # In the search field, Enter opens the highlighted youth and Down moves into the list.
        if watched is self.search and isinstance(event, QKeyEvent):
            if event.type() != QEvent.Type.KeyPress:
                return super().eventFilter(watched, event)
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if self.searching:
                    self.run_query()  # Enter right after typing: search now, then open
                    self._open_when_shown = True
                else:
                    self.open_current()
                return True
            if key == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.table.selectRow(0)
                return True
        return super().eventFilter(watched, event)
