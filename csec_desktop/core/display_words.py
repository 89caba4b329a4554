"""The one place that turns dates, times, lengths of time, outcome bands and counts into the
words a worker reads on screen.

One US style everywhere: "March 14, 2011", "9:05 AM", "March 14, 2026, 9:05 AM" (month
spelled out, so 3/4 can never be read as 3 April), "3 hours", "overdue by 2 days", "1 page" /
"2 pages". Moments are stored as aware UTC and shown in the laptop's own time zone.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from csec_desktop.core.localtime import to_local, years_on

if TYPE_CHECKING:
    from csec_desktop.core.instruments.model import Band

MONTHS = (
    "January February March April May June July August September October November December"
).split()
DUE_NOW = timedelta(minutes=1)


def local(moment: datetime) -> datetime:
    """``moment`` (aware) in the laptop's time zone (``core.localtime``)."""
    return to_local(moment)


def day_words(day: date) -> str:
    """'March 14, 2011'."""
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def clock_words(clock: time) -> str:
    """A time of day, '9:05 AM' (US 12-hour; midnight is '12:00 AM', noon '12:00 PM')."""
    return f"{clock.hour % 12 or 12}:{clock.minute:02d} {'AM' if clock.hour < 12 else 'PM'}"


def time_words(moment: datetime) -> str:
    """The local time of day, '9:05 AM'."""
    return clock_words(local(moment).time())


def moment_words(moment: datetime) -> str:
    """A moment in local time with its day, 'March 14, 2026, 9:05 AM'."""
    return f"{day_words(local(moment).date())}, {time_words(moment)}"


def duty_time_words(due: datetime, late_after: datetime | None = None, day: bool = True) -> str:
    """When a duty is due, the same words on every screen (caseload, Deadlines, Duties tab,
    agenda, dialogs): 'October 14, 2026, 7:41 AM', or for a duty due "immediately" with the
    county's grace window 'October 14, 2026, 7:41 AM (late after 8:41 AM)'. Each moment is
    shown with the daylight-saving offset of that moment, not of today. ``day=False`` leaves
    the date out (a list already grouped by day)."""
    words = moment_words(due) if day else time_words(due)
    if late_after is None or late_after == due:
        return words
    later = time_words(late_after)
    if local(late_after).date() != local(due).date():
        later = moment_words(late_after)
    return f"{words} (late after {later})"


def count_words(count: int, singular: str, plural: str | None = None) -> str:
    """'1 page', '2 pages', '0 pages'; ``plural`` for irregular words ('1 summary', '2 …')."""
    if count == 1:
        return f"1 {singular}"
    return f"{count} {plural or singular + 's'}"


def span_words(delta: timedelta) -> str:
    """A rounded length of time: '25 minutes', '1 hour', '3 hours', '2 days'."""
    minutes = int(abs(delta).total_seconds() // 60)
    if minutes < 60:
        return count_words(max(minutes, 1), "minute")
    hours = minutes // 60
    if hours < 48:
        return count_words(hours, "hour")
    return count_words(hours // 24, "day")


def hours_words(hours: float) -> str:
    """A set period from a policy: '48 hours', '3 days' (whole days past two days)."""
    if hours >= 48 and hours % 24 == 0:
        return count_words(int(hours // 24), "day")
    return f"{hours:g} hour" if hours == 1 else f"{hours:g} hours"


def due_words(due: datetime, now: datetime) -> str:
    """'overdue by 3 hours', 'due in 5 hours' or 'due now'."""
    delta = due - now
    if abs(delta) < DUE_NOW:
        return "due now"
    if delta < timedelta(0):
        return f"overdue by {span_words(delta)}"
    return f"due in {span_words(delta)}"


def age_words(born: date | None, day: date) -> str:
    """'15', or 'Not known' without a birth date."""
    return "Not known" if born is None else str(years_on(born, day))


def birth_words(born: date, today: date) -> str:
    """'March 14, 2011 — age 15', the echo under a birth date field."""
    return f"{day_words(born)} — age {years_on(born, today)}"


_BAND_LABELS: dict[tuple[str, str], str] = {}


def band_label(band: str | None, lang: str = "en", bands: Iterable[Band] = ()) -> str:
    """The words for an outcome band ('at_risk' -> 'At risk'): from ``bands`` (the instrument
    in use) when given, else from the shipped instruments."""
    if band is None:
        return "Not yet screened"
    for entry in bands:
        if entry.id == band:
            return entry.label.get(lang)
    if not _BAND_LABELS:
        from csec_desktop.core.instruments import shipped_registry  # heavy: load on first use

        for instrument in shipped_registry().all():
            for entry in instrument.definition.bands:
                for code in ("en", "es"):
                    _BAND_LABELS.setdefault((entry.id, code), entry.label.get(code))
    found = _BAND_LABELS.get((band, lang)) or _BAND_LABELS.get((band, "en"))
    return found or band.replace("_", " ").capitalize()
