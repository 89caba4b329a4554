"""The laptop's local calendar: which day an instant falls on, where a day starts and ends,
and how old a youth was at a moment.

Instants are stored in UTC (``clock.py``); people live by the local calendar. A youth born
2012-03-10 about whom information arrived 2026-03-09 at 6:00 PM Pacific was 13 then, although
it was already March 10 in UTC. A local day is not always 24 hours: in America/Los_Angeles
2025-03-09 had 23 and 2025-11-02 had 25, so a day's bounds are each day's own local midnight,
never "midnight plus 24 hours".

Every function takes ``tz``: a zone (``zoneinfo.ZoneInfo``) or None for the laptop's own zone
as the operating system reports it, with its daylight-saving rules for each date.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from csec_desktop.core.clock import from_iso

Instant = datetime | str  # an aware datetime, or stored ISO 8601 UTC text


def _instant(moment: Instant) -> datetime:
    if isinstance(moment, str):
        return from_iso(moment)
    if moment.tzinfo is None:
        raise ValueError("naive datetime; an instant must carry its zone")
    return moment


def to_local(moment: Instant, tz: tzinfo | None = None) -> datetime:
    """``moment`` as wall-clock time in ``tz`` (None: the laptop's zone)."""
    when = _instant(moment)
    return when.astimezone(tz) if tz is not None else when.astimezone()


def local_date(moment: Instant, tz: tzinfo | None = None) -> date:
    """The calendar date in ``tz`` (None: the laptop's zone) at ``moment``."""
    return to_local(moment, tz).date()


def _local_midnight(day: date, tz: tzinfo | None) -> datetime:
    naive = datetime.combine(day, time(0))
    if tz is None:
        # The operating system's rules for that date (mktime), not today's UTC offset.
        return naive.astimezone()
    # fold=0: where midnight is skipped (a zone that springs forward at 00:00) this is the
    # instant of the jump, the first moment of the day; where it repeats, the first midnight.
    return naive.replace(tzinfo=tz)


def local_day_bounds(day: date, tz: tzinfo | None = None) -> tuple[datetime, datetime]:
    """The instants (aware, UTC) where local ``day`` starts and the next day starts: the day is
    ``start <= instant < end``, 23 or 25 hours long across a daylight-saving change, and
    consecutive days meet exactly (every instant belongs to one day)."""
    if isinstance(day, datetime):
        day = day.date()
    start = _local_midnight(day, tz).astimezone(UTC)
    end = _local_midnight(day + timedelta(days=1), tz).astimezone(UTC)
    return start, end


def age_on(birth_date: date | None, moment: Instant, tz: tzinfo | None = None) -> int | None:
    """Completed years at ``moment`` by the local calendar in ``tz``; None without a birth
    date. A birthday on 29 February counts on 1 March in other years."""
    if birth_date is None:
        return None
    return years_on(birth_date, local_date(moment, tz))


def years_on(birth_date: date, day: date) -> int:
    """Completed years on calendar ``day`` (the one age rule; ``age_on`` finds the day)."""
    return day.year - birth_date.year - ((day.month, day.day) < (birth_date.month, birth_date.day))
