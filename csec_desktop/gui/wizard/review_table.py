"""Review before signing: every answer by section, missing required ones highlighted.

Enter, a double-click or the row's "Change" goes back to that item to edit it (``jump``). The
table is as tall as its rows: the review page scrolls as one, never a scroll inside a scroll.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.instruments import Navigator
from csec_desktop.gui.wizard.answer_words import answer_words

NEEDS_ANSWER = QT_TRANSLATE_NOOP("ReviewTable", "⚠ Needs an answer")
NOT_ANSWERED = QT_TRANSLATE_NOOP("ReviewTable", "— not answered (optional)")
MISSING_BACKGROUND = QColor("#fbe3c2")  # amber: the words say it too
TEXT_MAX = 140


class ReviewTable(QTableWidget):
    jump = Signal(str)  # an item id to edit

    def __init__(self, lang: str) -> None:
        super().__init__(0, 3)
        self.lang = lang
        self.setAccessibleName(translate("ReviewTable", "Your answers, by section"))
        self.setHorizontalHeaderLabels(
            [
                translate("ReviewTable", "Section"),
                translate("ReviewTable", "Item"),
                translate("ReviewTable", "Answer"),
            ]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setAccessibleName(translate("ReviewTable", "Columns"))
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setStretchLastSection(True)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cellDoubleClicked.connect(lambda row, _col: self._jump_row(row))
        self.item_ids: list[str] = []

    def show_answers(self, navigator: Navigator) -> None:
        missing = {i.item_id for i in navigator.issues() if i.kind == "missing"}
        answers = navigator.effective_answers()
        rows = []
        for section in navigator.instrument.definition.sections:
            title = section.title.get(self.lang)
            for item in navigator.relevant_items(section.id):
                if item.id in missing:
                    words = translate("ReviewTable", NEEDS_ANSWER)
                elif item.id not in answers:
                    words = translate("ReviewTable", NOT_ANSWERED)
                else:
                    words = answer_words(item, answers[item.id], self.lang)
                    if len(words) > TEXT_MAX:
                        words = words[: TEXT_MAX - 1].rstrip() + "…"
                rows.append((item.id, title, item.label.get(self.lang), words))
        self.setRowCount(len(rows))
        self.item_ids = [r[0] for r in rows]
        previous = None
        for row, (item_id, title, question, words) in enumerate(rows):
            cells = (title if title != previous else "", question, words)
            previous = title
            for col, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(
                    translate("ReviewTable", "Enter or double-click to change this answer")
                )
                if item_id in missing:
                    cell.setBackground(QBrush(MISSING_BACKGROUND))
                    if col == 2:
                        font = cell.font()
                        font.setBold(True)
                        cell.setFont(font)
                self.setItem(row, col, cell)
            # The section is said on every row to a screen reader, though shown once.
            self.item(row, 0).setData(Qt.ItemDataRole.AccessibleTextRole, title)
        self.resizeRowsToContents()
        self._fit_height()

    def _fit_height(self) -> None:
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(row) for row in range(self.rowCount()))
        self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        width = self.viewport().width()  # section a fifth, the item half, the answer the rest
        self.setColumnWidth(0, width // 5)
        self.setColumnWidth(1, width // 2)
        self.resizeRowsToContents()  # wrapped text needs new heights at a new width
        self._fit_height()

    def missing_rows(self) -> list[int]:
        return [
            r
            for r in range(self.rowCount())
            if self.item(r, 2).text() == translate("ReviewTable", NEEDS_ANSWER)
        ]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentRow() >= 0:
            self._jump_row(self.currentRow())
            return
        super().keyPressEvent(event)

    def _jump_row(self, row: int) -> None:
        if 0 <= row < len(self.item_ids):
            self.jump.emit(self.item_ids[row])
