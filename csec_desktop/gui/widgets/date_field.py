"""The one date field of the app: type ``03/14/2011``, ``3/14/11`` or ``2011-03-14``.

Every date a worker enters goes through this widget and ``core.date_entry``: the text is
selected on focus (typing replaces it), the date read so far is echoed in words under the field
("March 14, 2011 — age 15"), and input that cannot be read, or is outside the field's range,
is refused inline in plain words; nothing is silently changed into another date. An empty
field means "not known" / "not set" where the field allows it (``optional``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from datetime import time as dt_time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from csec_desktop.core.date_entry import ANY_DATE, DateEntryError, DateRange, parse_typed_date
from csec_desktop.core.display_words import birth_words, clock_words, day_words
from csec_desktop.core.time_entry import TIME_HINT, TimeEntryError, parse_typed_time
from csec_desktop.gui.style import set_role
from csec_desktop.gui.widgets.basics import em

Today = Callable[[], date]


class _SelectAllOnFocus(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QLineEdit):
            QTimer.singleShot(0, watched.selectAll)  # after the click that placed the cursor
        return False


def _typed_box(
    owner: QWidget, name: str, placeholder: str, max_length: int, width_em: float, hint: str
) -> tuple[QLineEdit, QLabel, _SelectAllOnFocus]:
    """The text box (selected on focus) and the words under it that say what was read."""
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_length)
    edit.setMaximumWidth(em(edit, width_em))
    edit.setAccessibleDescription(hint)
    focus = _SelectAllOnFocus(owner)
    edit.installEventFilter(focus)
    echo = QLabel()
    echo.setTextFormat(Qt.TextFormat.PlainText)
    echo.setWordWrap(True)
    echo.setAccessibleName(f"{name}, as read")
    box = QVBoxLayout(owner)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(edit)
    box.addWidget(echo)
    owner.setFocusProxy(edit)
    return edit, echo, focus


class _TypedField(QWidget):
    """What the date and the time box share: the words under the box, the refusal kept in
    ``error`` and shown by ``check`` on a form's Save."""

    edit: QLineEdit
    echo: QLabel
    _error: str

    def _say(self, text: str, role: str) -> None:
        set_role(self.echo, role)
        self.echo.setText(text)
        self.echo.setAccessibleDescription(text)
        self.echo.setVisible(bool(text))

    @property
    def error(self) -> str:
        """Why the text cannot be used ('' when it can)."""
        return self._error

    def check(self) -> bool:
        """For a form's Save: show the refusal and take the focus when the text can't be used."""
        if not self._error:
            return True
        self._say(self._error, "message")
        self.edit.setFocus()
        return False


class DateField(_TypedField):
    """A typed date with its echo in words. ``changed`` carries the date, or ``None``."""

    changed = Signal(object)

    def __init__(
        self,
        name: str,
        value: date | None = None,
        *,
        optional: bool = True,
        allowed: DateRange = ANY_DATE,
        birth: bool = False,
        today: Today = date.today,
        empty_words: str = "Not known",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.name, self.optional, self.allowed = name, optional, allowed
        self.birth, self.today, self.empty_words = birth, today, empty_words
        self.edit, self.echo, self._focus = _typed_box(
            self, name, "MM/DD/YYYY", 20, 11, "Type the month first: MM/DD/YYYY"
        )
        self._value: date | None = None
        self._error = ""
        self.edit.textChanged.connect(self._read)
        self.edit.editingFinished.connect(self._finished)
        self.set_date(value)

    # -- reading --------------------------------------------------------------------------
    def _read(self, text: str) -> None:
        before = self._value
        if not text.strip():
            self._value = None
            self._error = "" if self.optional else f"{self.name}: this is needed."
            self._say(self.empty_words if self.optional else "", "hint")
        else:
            try:
                self._value = parse_typed_date(text, self.today(), self.allowed)
            except DateEntryError as exc:
                self._value, self._error = None, exc.message
                self._say("", "hint")  # the refusal is shown once typing stops
            else:
                self._error = ""
                words = self._words(self._value)
                self._say(words, "ok")
        if self._value != before:
            self.changed.emit(self._value)

    def _words(self, day: date) -> str:
        return birth_words(day, self.today()) if self.birth else day_words(day)

    def _finished(self) -> None:
        if self._error and self.edit.text().strip():
            self._say(self._error, "message")

    # -- API ------------------------------------------------------------------------------
    def set_date(self, value: date | None) -> None:
        """Show ``value`` (in MM/DD/YYYY) or an empty field."""
        self.edit.setText(value.strftime("%m/%d/%Y") if value else "")
        self._read(self.edit.text())

    def value(self) -> date | None:
        """The date read, or ``None`` (empty, or not readable: see ``error``)."""
        return self._value


class TimeField(_TypedField):
    """A typed time of day ("2:30 PM", "230p", "14:30") with its echo in words; never guessed
    (``core.time_entry``): a time without AM or PM that could be either is refused inline."""

    changed = Signal()

    def __init__(self, name: str, value: dt_time, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.edit, self.echo, self._focus = _typed_box(self, name, "h:mm AM", 12, 8, TIME_HINT)
        self._value: dt_time | None = None
        self._error = ""
        self.edit.textChanged.connect(self._read)
        self.edit.editingFinished.connect(self._finished)
        self.set_time(value)

    def _read(self, text: str) -> None:
        before = self._value
        try:
            self._value, self._error = parse_typed_time(text), ""
        except TimeEntryError as exc:
            self._value, self._error = None, f"{self.name}: {exc.message}"
            self._say("", "hint")  # the refusal is shown once typing stops
        else:
            self._say(clock_words(self._value), "ok")
        if self._value != before:
            self.changed.emit()

    def _finished(self) -> None:
        if self._error:
            self._say(self._error, "message")

    def set_time(self, value: dt_time) -> None:
        """Show ``value`` as "2:30 PM"."""
        self.edit.setText(clock_words(value))

    def value(self) -> dt_time | None:
        """The time read, or ``None`` (not readable: see ``error``)."""
        return self._value


class MomentField(QWidget):
    """A typed day (``DateField``) and a typed time of day (``TimeField``), read in the
    laptop's zone."""

    changed = Signal()

    def __init__(self, name: str, value: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        here = value.astimezone()
        self.day = DateField(f"{name}, date", here.date(), optional=False)
        self.time = TimeField(f"{name}, time", dt_time(here.hour, here.minute))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        at = QLabel("at")  # labels the time box for screen readers, reads "December 6 at 2:30 PM"
        at.setBuddy(self.time.edit)
        row.addWidget(self.day, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(at, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.time, 0, Qt.AlignmentFlag.AlignTop)
        row.addStretch(1)
        self.setFocusProxy(self.day.edit)
        self.day.changed.connect(lambda _d: self.changed.emit())
        self.time.changed.connect(self.changed.emit)

    def moment(self) -> datetime | None:
        """The moment as aware UTC, or ``None`` while the date or the time cannot be read."""
        day, clock = self.day.value(), self.time.value()
        if day is None or clock is None:
            return None
        naive = datetime.combine(day, clock)
        return naive.astimezone().astimezone(UTC)  # a naive time is read in the local zone

    def set_moment(self, value: datetime) -> None:
        here = value.astimezone()
        self.day.set_date(here.date())
        self.time.set_time(dt_time(here.hour, here.minute))

    def check(self) -> bool:
        return self.day.check() and self.time.check()
