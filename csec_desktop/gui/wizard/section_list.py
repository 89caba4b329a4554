"""The list of sections beside the section view: a tick for each complete section, what is
still needed for the others, and "Review and sign" last. Enter or a click goes there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from csec_desktop.core.instruments import Navigator
from csec_desktop.core.instruments.sections import section_statuses
from csec_desktop.gui.widgets import em

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
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def show_sections(self, navigator: Navigator, current: str | None) -> None:
        self.blockSignals(True)
        self.clear()
        for status in section_statuses(navigator):
            mark = "✓" if status.complete else "○"
            needed = status.needed_words()
            text = f"{mark} {status.title.get(self.lang)}"
            if needed:
                text += f"\n    {needed}"
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, status.id)
            state = "complete" if status.complete else (needed or "not complete")
            row.setData(
                Qt.ItemDataRole.AccessibleTextRole, f"{status.title.get(self.lang)}, {state}"
            )
            self.addItem(row)
            if status.id == current:
                self.setCurrentItem(row)
        review = QListWidgetItem("→ Review and sign")
        review.setData(Qt.ItemDataRole.UserRole, REVIEW)
        self.addItem(review)
        if current is None:
            self.setCurrentItem(review)
        self.blockSignals(False)

    def texts(self) -> list[str]:
        return [self.item(row).text() for row in range(self.count())]

    def _activated(self, row: QListWidgetItem) -> None:
        self.chosen.emit(str(row.data(Qt.ItemDataRole.UserRole)))
