"""Typed answers: date, number, short and long text.

Typed answers are saved when the worker leaves the field, or after a short pause in typing
(``PAUSE_MS``), so a crash or a closed laptop loses at most the last instant of typing, and
moving on never loses text (the wizard calls ``flush`` first).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

from csec_desktop.core.instruments.answers import LONG_TEXT_MAX, SHORT_TEXT_MAX
from csec_desktop.core.instruments.model import Item
from csec_desktop.gui.widgets.basics import em
from csec_desktop.gui.widgets.date_field import DateField as TypedDate
from csec_desktop.gui.wizard.item_widgets import ItemWidget
from csec_desktop.gui.wizard.language_flags import LanguageFlags

PAUSE_MS = 600
NOT_A_NUMBER = "Type a number using digits, for example 3 or 2.5. This answer is not saved yet."


class _Typed(ItemWidget):
    """Pending typed input saved on focus-out, after a pause, or on ``flush``."""

    def __init__(self, item: Item, lang: str) -> None:
        super().__init__(item, lang)
        self.pending = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(PAUSE_MS)
        self.timer.timeout.connect(self.flush)

    def watch(self, field: QObject) -> None:
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return super().eventFilter(watched, event)

    def changed(self) -> None:
        self.pending = True
        self.timer.start()

    def flush(self) -> None:
        self.timer.stop()
        if self.pending:
            self.pending = False
            self.committed.emit(self.value())


class ShortTextField(_Typed):
    def __init__(self, item: Item, lang: str) -> None:
        super().__init__(item, lang)
        self.edit = QLineEdit()
        self.edit.setAccessibleName(item.label.get(lang))
        self.edit.setMaxLength(SHORT_TEXT_MAX)
        self.edit.textEdited.connect(lambda _text: self.changed())
        self.watch(self.edit)
        self.box.addWidget(self.edit)

    def value(self) -> Any:
        return self.edit.text() or None

    def set_value(self, value: Any) -> None:
        self.edit.setText(str(value or ""))

    def focus_control(self) -> None:
        self.edit.setFocus()


class NumberField(ShortTextField):
    def value(self) -> Any:
        text = self.edit.text().strip().replace(",", "")
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            return text  # the core refuses it; the wizard shows NOT_A_NUMBER
        if not math.isfinite(number):
            return text
        return int(number) if number.is_integer() and "." not in text else number

    def flush(self) -> None:
        if self.pending and isinstance(self.value(), str):
            self.timer.stop()
            self.problem.emit(NOT_A_NUMBER)  # stays pending: fixed text is saved later
            return
        super().flush()


class LongTextField(_Typed):
    """Several lines; the language guide's suggestions show beneath as the worker types."""

    def __init__(self, item: Item, lang: str) -> None:
        super().__init__(item, lang)
        self.edit = QPlainTextEdit()
        self.edit.setAccessibleName(item.label.get(lang))
        self.edit.setTabChangesFocus(True)  # Tab leaves the field; Enter starts a new line
        self.edit.setMinimumHeight(em(self.edit, 6))
        self.flags = LanguageFlags()
        self.edit.textChanged.connect(self._typed)
        self.watch(self.edit)
        self.box.addWidget(self.edit)
        self.box.addWidget(self.flags)

    def make_compact(self) -> None:
        """A few lines high among the other items of a section (it scrolls inside)."""
        self.edit.setMinimumHeight(em(self.edit, 3.5))
        self.edit.setMaximumHeight(em(self.edit, 5))

    def _typed(self) -> None:
        if len(self.edit.toPlainText()) > LONG_TEXT_MAX:
            self.problem.emit(f"This answer can be at most {LONG_TEXT_MAX} characters.")
        self.flags.check(self.edit.toPlainText())
        self.changed()

    def value(self) -> Any:
        return self.edit.toPlainText() or None

    def set_value(self, value: Any) -> None:
        self.edit.blockSignals(True)
        self.edit.setPlainText(str(value or ""))
        self.edit.blockSignals(False)
        self.flags.check(self.edit.toPlainText())

    def focus_control(self) -> None:
        self.edit.setFocus()


class DateField(_Typed):
    """A typed date (MM/DD/YYYY or ISO), echoed in words; empty means "Not known"."""

    def __init__(self, item: Item, lang: str) -> None:
        super().__init__(item, lang)
        self.date = TypedDate(
            item.label.get(lang), empty_words="Not known (leave empty if you don't know)"
        )
        self.box.addWidget(self.date)
        self.date.edit.textEdited.connect(lambda _text: self.changed())
        self.watch(self.date.edit)

    def value(self) -> Any:
        if self.date.error:
            return self.date.edit.text()  # unreadable: never saved as some other date
        day = self.date.value()
        return day.isoformat() if day else None

    def flush(self) -> None:
        if self.pending and self.date.error:
            self.timer.stop()
            self.date.check()
            self.problem.emit(f"{self.date.error} This answer is not saved yet.")
            return
        super().flush()

    def set_value(self, value: Any) -> None:
        self.date.blockSignals(True)
        try:
            self.date.set_date(dt.date.fromisoformat(str(value)) if value else None)
        except ValueError:
            self.date.set_date(None)
        finally:
            self.date.blockSignals(False)

    def focus_control(self) -> None:
        self.date.edit.setFocus()
