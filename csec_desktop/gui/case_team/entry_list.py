"""A short list the worker builds inside a dialog: fields, "Add", the entries, "Remove".

Used for an MDT meeting's action items and a safety plan's exploiter identifiers. The fields
stay ordinary form rows (each with its label and accessible name); ``make`` turns them into an
entry or returns a message naming what is missing, which shows beside the list.

Nothing typed is lost on Save: ``pending`` says whether the fields hold something not yet
added, and ``take_pending`` (called by the dialog's Save) adds it when it is complete or
returns the message naming what is missing, so Save stops and the worker finishes or clears it.
The form says so under the buttons.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtWidgets import QHBoxLayout, QListWidget, QVBoxLayout, QWidget

from csec_desktop.gui.widgets.basics import button, em, label

T = TypeVar("T")


class EntryList(QWidget, Generic[T]):
    def __init__(
        self,
        noun: str,
        make: Callable[[], T | str],
        words: Callable[[T], str],
        entries: tuple[T, ...] = (),
        pending: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__()
        self.noun, self.make, self.words, self.pending = noun, make, words, pending
        self.entries: list[T] = list(entries)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setAccessibleName(f"{noun.capitalize()}s added")
        self.list.setMaximumHeight(em(self.list, 5))
        self.hint = label("", "hint")
        self.hint.setWordWrap(True)
        self.hint.hide()
        self.add_button = button(f"Add this {noun}", f"Add this {noun}")
        self.remove_button = button(f"Remove selected {noun}", f"Remove selected {noun}")
        self.add_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.hint)
        box.addWidget(self.list)
        saved = label(f"A filled-in {noun} not yet added is added when you save.", "hint")
        saved.setWordWrap(True)
        box.addWidget(saved)
        self._refresh()

    def add(self) -> None:
        made = self.make()
        if isinstance(made, str):
            self.hint.setText(made)
            self.hint.show()
            return
        self.hint.hide()
        self.entries.append(made)
        self._refresh()

    def take_pending(self) -> str | None:
        """Adds what the fields hold (if anything); the message naming what is missing if the
        entry is incomplete, else None."""
        if not self.pending():
            return None
        made = self.make()
        if isinstance(made, str):
            self.hint.setText(made)
            self.hint.show()
            return f"The {self.noun} you started is not complete: {made[:1].lower()}{made[1:]}"
        self.hint.hide()
        self.entries.append(made)
        self._refresh()
        return None

    def remove(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.entries):
            del self.entries[row]
            self._refresh()

    def _refresh(self) -> None:
        self.list.clear()
        for entry in self.entries:
            self.list.addItem(self.words(entry))
        self.remove_button.setEnabled(bool(self.entries))
