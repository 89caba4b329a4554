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

TIME_HINT = "Type the time with AM or PM (for example 2:30 PM), or as 24-hour time (14:30)."

_TIME = re.compile(
    r"^(?P<hour>\d{1,2})(?:[:.h ]?(?P<minute>\d{2}))?\s*(?P<half>a\.?m?\.?|p\.?m?\.?)?$",
    re.IGNORECASE,
)


class TimeEntryError(CsecError):
    """Typed text that is not a time of day; ``message`` says why, for the person typing."""


def parse_typed_time(text: str) -> time:
    """The time of day ``text`` means (minutes precision), or ``TimeEntryError``.

    Accepts ``h[:mm] AM|PM`` (also ``a``/``p``, ``a.m.``, no space or colon: ``1145p``) and
    24-hour ``HH:MM`` / ``HHMM`` when the hour has a leading zero or is 0 or 13–23.
    """
    typed = text.strip()
    if not typed:
        raise TimeEntryError("Type a time. " + TIME_HINT)
    compact = typed.replace(" ", "") if re.fullmatch(r"\d{3,4}\s*[aApP].*", typed) else typed
    match = _TIME.match(compact)
    if match is None:
        raise TimeEntryError(f'"{typed}" is not a time this field can read. {TIME_HINT}')
    digits, minute_text, half = match["hour"], match["minute"], match["half"]
    if minute_text is None and len(digits) > 2:
        raise TimeEntryError(f'"{typed}" is not a time this field can read. {TIME_HINT}')
    hour, minute = int(digits), int(minute_text or 0)
    if minute > 59:
        raise TimeEntryError(f'"{typed}": minutes go up to 59. {TIME_HINT}')
    if half:
        if not 1 <= hour <= 12:
            raise TimeEntryError(f'"{typed}": with AM or PM the hour is 1 to 12. {TIME_HINT}')
        pm = half[0].lower() == "p"
        return time((hour % 12) + (12 if pm else 0), minute)
    if hour > 23:
        raise TimeEntryError(f'"{typed}": the hour goes up to 23. {TIME_HINT}')
    if hour == 0 or hour >= 13 or (len(digits) == 2 and digits.startswith("0")):
        return time(hour, minute)
    raise TimeEntryError(f'"{typed}" could be morning or afternoon: add AM or PM.')
