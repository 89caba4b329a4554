"""A reporting period, and where a youth stood within it: in care, missing, their status.

The rules (``docs/county-reports.md`` gives each with its source):

- **In foster care at a moment**: the youth's legal-status episode covering that moment is a
  placement by the county (WIC 300 dependent, WIC 602 ward, WIC 241.1 dual status, non-minor
  dependent, voluntary placement: WIC 16501.45 counts dependents and wards in foster care,
  NMDs included, WIC 11400(v)). Before the youth's legal-status history begins (or without
  one) the in-care flag the latest screening or missing episode copied when it was made
  speaks, else the profile's own flag. "Unknown" and "not in care" are never in care.
- **Status at a moment**: the exploitation-status episodes covering it (identified, at risk,
  no current concern; the most serious when two laptops' records are one youth). A youth with
  no status history: the latest completed screen before it, "identified" kept once found (the
  laptop's own rule, ``records/exploitation_status.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import cached_property

from csec_desktop.core.county.report_facts import IN_CARE_STATUSES, Person
from csec_desktop.core.errors import UsageError

SERIOUSNESS = {"identified": 2, "at_risk": 1, "no_current_concern": 0}


@dataclass(frozen=True)
class Period:
    """From the start of ``first`` to the end of ``last`` (UTC days); ``as_of`` the moment the
    "as of" counts look at (default: the end of ``last``)."""

    first: date
    last: date
    as_of_day: date

    @classmethod
    def of(
        cls, first: date, last: date, as_of: date | None = None, today: date | None = None
    ) -> Period:
        """``UsageError`` (one line naming the option) for a period that ends before it
        starts, an "as of" day outside it, or, given ``today`` (UTC), one reaching past today:
        counts of days not yet lived would read as final."""
        if last < first:
            raise UsageError("--to must be on or after --from")
        if today is not None and last > today:
            raise UsageError(f"--to {last} is in the future (today is {today} UTC)")
        as_of = as_of or last
        if as_of < first:
            raise UsageError("--as-of must be on or after --from")
        if today is not None and as_of > today:
            raise UsageError(f"--as-of {as_of} is in the future (today is {today} UTC)")
        if as_of > last:
            raise UsageError("--as-of must be on or before --to (the period's last day)")
        return cls(first, last, as_of)

    # Worked out once per period: a quarter's report asks each several hundred thousand times.
    # (``cached_property`` stores in the instance's ``__dict__``, past the frozen ``__setattr__``;
    # equality and hashing still look only at the three fields.)
    @cached_property
    def start(self) -> datetime:
        return datetime.combine(self.first, time(), UTC)

    @cached_property
    def end(self) -> datetime:
        """The last moment inside the period."""
        return datetime.combine(self.last + timedelta(days=1), time(), UTC) - timedelta(
            microseconds=1
        )

    @cached_property
    def as_of(self) -> datetime:
        return datetime.combine(self.as_of_day + timedelta(days=1), time(), UTC) - timedelta(
            microseconds=1
        )

    def holds(self, moment: datetime | None) -> bool:
        return moment is not None and self.start <= moment <= self.end

    def holds_day(self, day: date | None) -> bool:
        return day is not None and self.first <= day <= self.last


def in_care_at(person: Person, moment: datetime) -> bool:
    if person.legal and moment >= min(s.start for s in person.legal):
        return any(s.covers(moment) and s.value in IN_CARE_STATUSES for s in person.legal)
    flags = [(s.at, s.in_care) for s in person.screenings] + [
        (m.learned_at, m.in_care) for m in person.missing
    ]
    before = [flag for at, flag in sorted(flags) if at <= moment]
    if before:
        return before[-1]
    return _profile_in_care(person)


def in_care_during(person: Person, period: Period) -> bool:
    """In care at some moment of the period, by ``in_care_at`` itself (one rule for the period
    and "as of" views): it is checked at the period's start and at every moment inside the
    period where its answer can change (a legal-status episode starting or ending, the start
    of the legal-status history, a screening or missing episode copying its flag)."""
    moments = {period.start}
    for span in person.legal:
        moments.update(m for m in (span.start, span.end) if m is not None)
    moments.update(s.at for s in person.screenings)
    moments.update(m.learned_at for m in person.missing)
    return any(in_care_at(person, m) for m in moments if period.start <= m <= period.end)


def _profile_in_care(person: Person) -> bool:
    profile = person.profile
    return bool(profile.get("in_care")) or profile.get("legal_status") in IN_CARE_STATUSES


def missing_at(person: Person, moment: datetime) -> bool:
    return any(
        m.learned_at <= moment and (m.located_at is None or moment < m.located_at)
        for m in person.missing
    )


def status_at(person: Person, moment: datetime) -> str | None:
    if person.statuses:
        levels = [s.value for s in person.statuses if s.covers(moment)]
        return max(levels, key=lambda v: SERIOUSNESS.get(v, -1)) if levels else None
    return _derived(person, moment)


def statuses_during(person: Person, period: Period) -> set[str]:
    """Every level the youth had at some moment of the period."""
    if person.statuses:
        return {s.value for s in person.statuses if s.overlaps(period.start, period.end)}
    levels = {
        s.band
        for s in person.screenings
        if not s.assessment and s.band in SERIOUSNESS and period.holds(s.at)
    }
    start = _derived(person, period.start)
    return levels | ({start} if start else set())


def _derived(person: Person, moment: datetime) -> str | None:
    level = None
    for screen in sorted(
        (s for s in person.screenings if not s.assessment and s.band in SERIOUSNESS),
        key=lambda s: s.at,
    ):
        if screen.at > moment:
            break
        if level != "identified":
            level = screen.band
    return level


def age_on(born: date | None, on: date) -> int | None:
    """Whole years on ``on``; None when the birth date is not known."""
    if born is None:
        return None
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))
