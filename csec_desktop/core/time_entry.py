"""Reading a time of day typed by a worker: ``2:30 PM``, ``2:30p``, ``230p``, ``14:30``, ``0930``.

A duty's clock (PC 11166's 36 hours, SSA §471(a)(35)'s 24 hours) runs from the moment typed
here, so a time is never guessed: "2:30" with no AM or PM is refused (a worker writing "2:30"
after lunch means the afternoon, a reader of the record could not tell), while a 24-hour time
("14:30", "09:30", "0930" — a leading zero or an hour past 12) is read as written. Midnight and
noon are "12:00 AM" and "12:00 PM" (US usage).
"""

from __future__ import annotations

import re
from datetime import time

from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

TIME_HINT = QT_TRANSLATE_NOOP(
    "TimeEntry",
    "Type the time with AM or PM (for example 2:30 PM), or as 24-hour time (14:30).",
)

_TIME = re.compile(
    r"^(?P<hour>\d{1,2})(?:[:.h ]?(?P<minute>\d{2}))?\s*(?P<half>[ap]\.?\s?m?\.?)?$",
    re.IGNORECASE,
)


def _refuse(words: str, typed: str, hint: bool = True) -> TimeEntryError:
    text = translate("TimeEntry", words).format(typed=typed)
    return TimeEntryError(f"{text} {translate('TimeEntry', TIME_HINT)}" if hint else text)


class TimeEntryError(CsecError):
    """Typed text that is not a time of day; ``message`` says why, for the person typing."""


def parse_typed_time(text: str) -> time:
    """The time of day ``text`` means (minutes precision), or ``TimeEntryError``.

    Accepts ``h[:mm] AM|PM`` (also ``a``/``p``, ``a.m.``, no space or colon: ``1145p``) and
    24-hour ``HH:MM`` / ``HHMM`` when the hour has a leading zero or is 0 or 13–23.
    """
    typed = text.strip()
    if not typed:
        raise _refuse(QT_TRANSLATE_NOOP("TimeEntry", "Type a time."), typed)
    compact = typed.replace(" ", "") if re.fullmatch(r"\d{3,4}\s*[aApP].*", typed) else typed
    match = _TIME.match(compact)
    if match is None:
        raise _refuse(
            QT_TRANSLATE_NOOP("TimeEntry", '"{typed}" is not a time this field can read.'), typed
        )
    digits, minute_text, half = match["hour"], match["minute"], match["half"]
    if minute_text is None and len(digits) > 2:
        raise _refuse(
            QT_TRANSLATE_NOOP("TimeEntry", '"{typed}" is not a time this field can read.'), typed
        )
    hour, minute = int(digits), int(minute_text or 0)
    if minute > 59:
        raise _refuse(QT_TRANSLATE_NOOP("TimeEntry", '"{typed}": minutes go up to 59.'), typed)
    if half:
        if not 1 <= hour <= 12:
            raise _refuse(
                QT_TRANSLATE_NOOP("TimeEntry", '"{typed}": with AM or PM the hour is 1 to 12.'),
                typed,
            )
        pm = half[0].lower() == "p"
        return time((hour % 12) + (12 if pm else 0), minute)
    if hour > 23:
        raise _refuse(QT_TRANSLATE_NOOP("TimeEntry", '"{typed}": the hour goes up to 23.'), typed)
    if hour == 0 or hour >= 13 or (len(digits) == 2 and digits.startswith("0")):
        return time(hour, minute)
    raise _refuse(
        QT_TRANSLATE_NOOP("TimeEntry", '"{typed}" could be morning or afternoon: add AM or PM.'),
        typed,
        hint=False,
    )
