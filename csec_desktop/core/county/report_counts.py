"""The four WIC 16501.45 counts, for a period and as of its end, child welfare and probation
apart, youth in foster care and youth not in care never mixed.

The rules (each with its source in ``docs/county-reports.md``):

- **Identified in the period**: an identification inside the period — a completed screen or
  debrief whose final outcome is "identified", from when its information was received, or an
  "identified" status a person set (the MDT's review) without one.
- Each identification is **placed** once per heading it names: the screen's own
  ``exploitation_timing`` answer when given (several may apply); else a return-from-missing
  debrief (linked to a missing episode, at a return decision point, or the debrief
  instrument) → **while missing** (WIC 16501.35(b): what happened while away); else missing at
  that moment → while missing; in foster care at that moment → **while in care**; else
  → **before entering care**.
- **At risk**: the youth's status was "at risk" (period: at some moment of it and never
  identified in it; as of: at that moment). A later no-concern screen ends it.
- **As of the end**: youth whose status at that moment is "identified", placed by every
  identification up to then.
- A youth counts in the **in-care** table when in foster care at some moment of the period (as
  of: at that moment); every other youth in the **not-in-care** table.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from csec_desktop.core.county.report_facts import Person
from csec_desktop.core.county.report_period import (
    Period,
    in_care_at,
    in_care_during,
    missing_at,
    status_at,
    statuses_during,
)

AGENCIES = ("child_welfare", "probation")
TIMINGS = ("before_care", "in_care", "while_missing")
RETURN_POINTS = frozenset({"return_from_missing", "awol_warrant_return"})
DEBRIEF_INSTRUMENT = "return_from_missing_debrief"
IN_CARE_COUNTS = ("youth", "exploited_before_care", "exploited_in_care",
                  "exploited_while_missing", "at_risk")  # fmt: skip
NOT_IN_CARE_COUNTS = ("youth", "identified", "at_risk")


@dataclass(frozen=True)
class Identification:
    at: datetime
    timings: frozenset[str]


class Tally:
    """Distinct youth per count, child welfare and probation apart."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        self.youth: dict[str, dict[str, set[str]]] = {
            name: {agency: set() for agency in AGENCIES} for name in names
        }

    def add(self, name: str, person: Person) -> None:
        agency = person.agency if person.agency in AGENCIES else AGENCIES[0]
        self.youth[name][agency].add(person.id)

    def as_dict(self) -> dict[str, dict[str, int]]:
        out = {}
        for name in self.names:
            split = {agency: len(ids) for agency, ids in self.youth[name].items()}
            out[name] = {**split, "total": sum(split.values())}
        return out


def identifications(person: Person, until: datetime) -> list[Identification]:
    """Every identification up to ``until``, placed by the rule above."""
    debriefs = {m.debrief_id for m in person.missing if m.debrief_id}
    found = [
        Identification(s.at, _timings(person, s.id in debriefs, s.decision_point,
                                      s.instrument_id, s.timing, s.missing, s.in_care, s.at))
        for s in person.screenings
        if not s.assessment and s.band == "identified" and s.at <= until
    ]  # fmt: skip
    for span in person.statuses:  # set by a person, with no identifying screen before it
        screened = any(i.at <= span.start + timedelta(seconds=1) for i in found)
        if span.value == "identified" and span.start <= until and not screened:
            situation = _timings(person, False, "", "", (), False, False, span.start)
            found.append(Identification(span.start, situation))
    return sorted(found, key=lambda i: i.at)


def _timings(
    person: Person,
    debrief: bool,
    decision_point: str,
    instrument_id: str,
    answered: tuple[str, ...],
    missing: bool,
    in_care: bool,
    at: datetime,
) -> frozenset[str]:
    chosen = frozenset(t for t in answered if t in TIMINGS)
    if chosen:
        return chosen
    if debrief or decision_point in RETURN_POINTS or instrument_id == DEBRIEF_INSTRUMENT:
        return frozenset({"while_missing"})
    if missing or missing_at(person, at):
        return frozenset({"while_missing"})
    if in_care or in_care_at(person, at):
        return frozenset({"in_care"})
    return frozenset({"before_care"})


def wic_counts(people: dict[str, Person], period: Period) -> dict[str, Any]:
    """``{"in_foster_care": {"period": …, "as_of": …}, "not_in_foster_care": {…}}``, each
    count ``{"child_welfare": n, "probation": n, "total": n}`` (distinct youth)."""
    tables = {
        ("in_foster_care", "period"): Tally(IN_CARE_COUNTS),
        ("in_foster_care", "as_of"): Tally(IN_CARE_COUNTS),
        ("not_in_foster_care", "period"): Tally(NOT_IN_CARE_COUNTS),
        ("not_in_foster_care", "as_of"): Tally(NOT_IN_CARE_COUNTS),
    }
    for person in people.values():
        _period(person, period, tables)
        _as_of(person, period, tables)
    out: dict[str, Any] = {"in_foster_care": {}, "not_in_foster_care": {}}
    for (group, column), tally in tables.items():
        out[group][column] = tally.as_dict()
    return out


def _period(person: Person, period: Period, tables: dict[tuple[str, str], Tally]) -> None:
    found = [i for i in identifications(person, period.end) if period.holds(i.at)]
    levels = statuses_during(person, period)
    at_risk = "at_risk" in levels and not found and "identified" not in levels
    if in_care_during(person, period):
        tally = tables[("in_foster_care", "period")]
        tally.add("youth", person)
        for timing in set().union(*(i.timings for i in found)):
            tally.add(f"exploited_{timing}", person)
    else:
        tally = tables[("not_in_foster_care", "period")]
        tally.add("youth", person)
        if found:
            tally.add("identified", person)
    if at_risk:
        tally.add("at_risk", person)


def _as_of(person: Person, period: Period, tables: dict[tuple[str, str], Tally]) -> None:
    moment = period.as_of
    if person.profile and _known_after(person, moment):
        return  # not yet known to the county at that moment
    level = status_at(person, moment)
    if in_care_at(person, moment):
        tally = tables[("in_foster_care", "as_of")]
        tally.add("youth", person)
        if level == "identified":
            found = identifications(person, moment)
            for timing in set().union(*(i.timings for i in found)) or {"before_care"}:
                tally.add(f"exploited_{timing}", person)
    else:
        tally = tables[("not_in_foster_care", "as_of")]
        tally.add("youth", person)
        if level == "identified":
            tally.add("identified", person)
    if level == "at_risk":
        tally.add("at_risk", person)


def _known_after(person: Person, moment: datetime) -> bool:
    """True when every dated fact about the youth comes after ``moment``."""
    first = [s.at for s in person.screenings] + [m.learned_at for m in person.missing]
    first += [s.start for s in person.legal + person.statuses]
    return bool(first) and min(first) > moment
