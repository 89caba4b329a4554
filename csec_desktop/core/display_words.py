"""The one place that turns dates, times, lengths of time, outcome bands and counts into the
words a worker reads on screen.

One style per language, the month always spelled out (so 3/4 can never be read as 3 April):
English "March 14, 2011", "9:05 AM", "March 14, 2026, 9:05 AM", "3 hours", "overdue by 2 days";
Spanish "14 de marzo de 2011", "9:05 a. m.", "14 de marzo de 2026, 9:05 a. m.", "3 horas",
"vencido hace 2 días". The words go through ``core.i18n.translate`` (context "DisplayWords"),
so the GUI shows the worker's language and the CLI English. Moments are stored as aware UTC and
shown in the laptop's own time zone.

Text kept in a record is data and stays English whatever the screen shows: use
``record_day_words`` there.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.localtime import to_local, years_on

if TYPE_CHECKING:
    from csec_desktop.core.instruments.model import Band

MONTHS = (
    QT_TRANSLATE_NOOP("DisplayWords", "January"),
    QT_TRANSLATE_NOOP("DisplayWords", "February"),
    QT_TRANSLATE_NOOP("DisplayWords", "March"),
    QT_TRANSLATE_NOOP("DisplayWords", "April"),
    QT_TRANSLATE_NOOP("DisplayWords", "May"),
    QT_TRANSLATE_NOOP("DisplayWords", "June"),
    QT_TRANSLATE_NOOP("DisplayWords", "July"),
    QT_TRANSLATE_NOOP("DisplayWords", "August"),
    QT_TRANSLATE_NOOP("DisplayWords", "September"),
    QT_TRANSLATE_NOOP("DisplayWords", "October"),
    QT_TRANSLATE_NOOP("DisplayWords", "November"),
    QT_TRANSLATE_NOOP("DisplayWords", "December"),
)
# The counted nouns callers pass to count_words (singular and plural), so each has its
# translation in the catalog; a noun not listed shows in English.
NOUNS = (
    QT_TRANSLATE_NOOP("DisplayWords", "minute"),
    QT_TRANSLATE_NOOP("DisplayWords", "minutes"),
    QT_TRANSLATE_NOOP("DisplayWords", "hour"),
    QT_TRANSLATE_NOOP("DisplayWords", "hours"),
    QT_TRANSLATE_NOOP("DisplayWords", "day"),
    QT_TRANSLATE_NOOP("DisplayWords", "days"),
    QT_TRANSLATE_NOOP("DisplayWords", "page"),
    QT_TRANSLATE_NOOP("DisplayWords", "pages"),
    QT_TRANSLATE_NOOP("DisplayWords", "entry"),
    QT_TRANSLATE_NOOP("DisplayWords", "entries"),
    QT_TRANSLATE_NOOP("DisplayWords", "summary"),
    QT_TRANSLATE_NOOP("DisplayWords", "summaries"),
    QT_TRANSLATE_NOOP("DisplayWords", "duty"),
    QT_TRANSLATE_NOOP("DisplayWords", "duties"),
    QT_TRANSLATE_NOOP("DisplayWords", "youth"),
    QT_TRANSLATE_NOOP("DisplayWords", "draft"),
    QT_TRANSLATE_NOOP("DisplayWords", "drafts"),
)
HALVES = (QT_TRANSLATE_NOOP("DisplayWords", "AM"), QT_TRANSLATE_NOOP("DisplayWords", "PM"))
DUE_NOW = timedelta(minutes=1)


def local(moment: datetime) -> datetime:
    """``moment`` (aware) in the laptop's time zone (``core.localtime``)."""
    return to_local(moment)


def day_words(day: date) -> str:
    """'March 14, 2011' ('14 de marzo de 2011')."""
    month = translate("DisplayWords", MONTHS[day.month - 1])
    return translate("DisplayWords", "{month} {day}, {year}").format(
        month=month, day=day.day, year=day.year
    )


def record_day_words(day: date) -> str:
    """'March 14, 2011' in English whatever the screen's language: for text kept in a record."""
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def clock_words(clock: time) -> str:
    """A time of day, '9:05 AM' ('9:05 a. m.'; US 12-hour: midnight is '12:00 AM', noon
    '12:00 PM')."""
    half = translate("DisplayWords", HALVES[clock.hour >= 12])
    return f"{clock.hour % 12 or 12}:{clock.minute:02d} {half}"


def time_words(moment: datetime) -> str:
    """The local time of day, '9:05 AM'."""
    return clock_words(local(moment).time())


def moment_words(moment: datetime) -> str:
    """A moment in local time with its day, 'March 14, 2026, 9:05 AM'."""
    return translate("DisplayWords", "{day}, {time}").format(
        day=day_words(local(moment).date()), time=time_words(moment)
    )


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
    return translate("DisplayWords", "{when} (late after {later})").format(when=words, later=later)


def count_words(count: int, singular: str, plural: str | None = None) -> str:
    """'1 page', '2 pages', '0 pages'; ``plural`` for irregular words ('1 summary', '2 …').

    The nouns are English sources translated through ``NOUNS`` ('2 páginas')."""
    if count == 1:
        noun = translate("DisplayWords", singular)
    else:
        noun = translate("DisplayWords", plural or singular + "s")
    return f"{count} {noun}"


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
    noun = translate("DisplayWords", "hour" if hours == 1 else "hours")
    return f"{hours:g} {noun}"


def due_words(due: datetime, now: datetime) -> str:
    """'overdue by 3 hours', 'due in 5 hours' or 'due now'."""
    delta = due - now
    if abs(delta) < DUE_NOW:
        return translate("DisplayWords", "due now")
    if delta < timedelta(0):
        return translate("DisplayWords", "overdue by {span}").format(span=span_words(delta))
    return translate("DisplayWords", "due in {span}").format(span=span_words(delta))


def age_words(born: date | None, day: date) -> str:
    """'15', or 'Not known' without a birth date."""
    return translate("DisplayWords", "Not known") if born is None else str(years_on(born, day))


def birth_words(born: date, today: date) -> str:
    """'March 14, 2011 — age 15', the echo under a birth date field."""
    return translate("DisplayWords", "{day} — age {age}").format(
        day=day_words(born), age=years_on(born, today)
    )


_BAND_LABELS: dict[tuple[str, str], str] = {}


def band_label(band: str | None, lang: str = "en", bands: Iterable[Band] = ()) -> str:
    """The words for an outcome band ('at_risk' -> 'At risk'): from ``bands`` (the instrument
    in use) when given, else from the shipped instruments."""
    if band is None:
        return translate("DisplayWords", "Not yet screened")
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
