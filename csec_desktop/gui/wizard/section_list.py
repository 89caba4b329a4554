"""The list of sections beside the section view: a tick for each complete section, what is
still needed for the others, and "Review and sign" last. Enter or a click goes there."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from csec_desktop.core.instruments import Navigator
from csec_desktop.core.instruments.sections import section_statuses
from csec_desktop.gui.widgets.basics import em

REVIEW = ""  # the list row's data for the review page


class SectionList(QListWidget):
    chosen = Signal(str)  # a section id, or REVIEW

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.setAccessibleName("Sections")
        self.setWordWrap(True)
        self.setMaximumWidth(em(self, 15))
        self.setMinimumWidth(em(self, 10))
        self.itemClicked.connect(self._activated)

    def show_sections(self, navigator: Navigator, current: str | None) -> None:
        """Rows updated in place (a row being clicked is never deleted under the click);
        rebuilt only when the sections shown change."""
        statuses = section_statuses(navigator)
        ids = [s.id for s in statuses] + [REVIEW]
        self.blockSignals(True)
        if ids != [self.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.count())]:
            self.clear()
            for section_id in ids:
                row = QListWidgetItem()
                row.setData(Qt.ItemDataRole.UserRole, section_id)
                self.addItem(row)
        for index, status in enumerate(statuses):
            mark = "✓" if status.complete else "○"
            needed = status.needed_words()
            text = f"{mark} {status.title.get(self.lang)}"
            if needed:
                text += f"\n    {needed}"
            row = self.item(index)
            row.setText(text)
            state = "complete" if status.complete else (needed or "not complete")
            row.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{status.title.get(self.lang)}, {state}"
            )
        self.item(len(statuses)).setText("→ Review and sign")
        self.setCurrentRow(ids.index(current) if current in ids else len(statuses))
        self.blockSignals(False)

    def texts(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and row is not None:
            self._activated(row)
            return
        super().keyPressEvent(event)

    def _activated(self, row: QListWidgetItem) -> None:
        # After the click or key is handled: going there updates this list.
        target = str(row.data(Qt.ItemDataRole.UserRole))
        QTimer.singleShot(0, lambda: self.chosen.emit(target))
