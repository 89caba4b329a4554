"""The figures beside the WIC 16501.45 counts: missing from care, reporting duties, screening
coverage and the CSEC Program's data, for a period (rules and sources in
``docs/county-reports.md``).

- **Missing from care** (42 USC 671(a)(35)(B); WIC 16501.35): episodes of youth in care (by
  ``report_period.in_care_at`` when the worker learned of it, the counts' rule) the worker
  learned of in the period; reported to both law enforcement and NCMEC within 24 hours
  of learning of it; located; debriefed (a debrief linked to the episode); debriefed within the
  county's window (the ``return_debrief`` duty's hours, 72 by default) of being located.
- **Reporting duties** (42 USC 671(a)(34)(A)): youth identified in the period, those with the
  date reported to law enforcement (the ``law_enforcement_victim`` duty done), and the median
  hours from when the information was received to that report.
- **Screening coverage** (county policy ``min_age``, 10 by default): youth in care at some
  moment of the period and of that age or older at its end, those screened in the period, the
  screens by decision point, returns from missing in the period that were debriefed, and their
  placement changes in the period screened at the placement-change decision point within 30
  days either side (a placement change is one of the default decision points), and the screens
  in the period with an interpreter, by the language interpreted (Gov. Code 11135; MPP 21-115).
- **CSEC Program** (WIC 16524.6-16524.11; SB 855): youth served (identified or at risk in the
  period with a referral made or an MDT meeting held in it), referrals made in the period by
  service type (the service plan's domain) and those connected, MDT meetings convened.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from statistics import median
from typing import Any

from csec_desktop.core.county.report_counts import Tally, identifications
from csec_desktop.core.county.report_facts import Person
from csec_desktop.core.county.report_period import (
    Period,
    age_on,
    in_care_at,
    in_care_during,
    statuses_during,
)

LAW_ENFORCEMENT_DUTY = "law_enforcement_victim"
PLACEMENT_POINT = "placement_change"
PLACEMENT_WINDOW = timedelta(days=30)
MADE = ("referred", "connected")


def _percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def missing_figures(
    people: dict[str, Person], period: Period, debrief_hours: int
) -> dict[str, Any]:
    counts = Counter[str]()
    for person in people.values():
        debriefs = {s.id: s.at for s in person.screenings}
        for episode in person.missing:
            in_care = in_care_at(person, episode.learned_at)  # the counts' own rule
            if not in_care or not period.holds(episode.learned_at):
                continue
            counts["episodes"] += 1
            made = [episode.reports.get(p) for p in ("law_enforcement", "ncmec")]
            if all(at is not None and _hours(episode.learned_at, at) <= 24 for at in made):
                counts["reported_within_24h"] += 1
            counts["located"] += episode.located_at is not None
            debriefed = debriefs.get(episode.debrief_id or "")
            counts["debriefed"] += bool(episode.debrief_id)
            if episode.located_at and debriefed:
                counts["debriefed_in_window"] += (
                    _hours(episode.located_at, debriefed) <= debrief_hours
                )
    episodes = counts["episodes"]
    return {
        "episodes": episodes,
        "reported_within_24h": counts["reported_within_24h"],
        "reported_within_24h_percent": _percent(counts["reported_within_24h"], episodes),
        "located": counts["located"],
        "debriefed": counts["debriefed"],
        "debriefed_within_window": counts["debriefed_in_window"],
        "debrief_window_hours": debrief_hours,
    }


def reporting_duties(people: dict[str, Person], period: Period) -> dict[str, Any]:
    identified = reported = 0
    hours: list[float] = []
    for person in people.values():
        found = [i for i in identifications(person, period.end) if period.holds(i.at)]
        if not found:
            continue
        identified += 1
        since = found[0].at - timedelta(seconds=1)  # not a report about an earlier one
        done = [
            d
            for d in person.duties
            if d.duty_type == LAW_ENFORCEMENT_DUTY
            and d.done_at
            and (d.received_at is None or d.received_at >= since)
        ]
        if done:
            reported += 1
            first = min(done, key=lambda d: d.done_at or found[0].at)
            start = first.received_at or found[0].at
            assert first.done_at is not None
            hours.append(round(_hours(start, first.done_at), 1))
    return {
        "identified": identified,
        "reported_to_law_enforcement": reported,
        "not_reported": identified - reported,
        "median_hours_to_report": median(hours) if hours else None,
    }


def screening_coverage(people: dict[str, Person], period: Period, min_age: int) -> dict[str, Any]:
    tally = Tally(("eligible", "screened"))
    points, interpreted = Counter[str](), Counter[str]()
    returns = debriefed = changes = screened_changes = 0
    for person in people.values():
        screens = [s for s in person.screenings if not s.assessment and period.holds(s.at)]
        for screen in screens:
            points[screen.decision_point] += 1
            if screen.interpreted:
                interpreted[screen.interpreted] += 1
        for episode in person.missing:
            if period.holds(episode.located_at) and in_care_at(person, episode.learned_at):
                returns += 1
                debriefed += bool(episode.debrief_id)
        age = age_on(person.birth_date, period.last)
        if not in_care_during(person, period) or age is None or age < min_age:
            continue
        tally.add("eligible", person)
        if screens:
            tally.add("screened", person)
        first = min((p.start for p in person.placements), default=None)
        for change in (p for p in person.placements if p.start != first):
            if not period.holds(change.start):
                continue
            changes += 1
            screened_changes += any(
                s.decision_point == PLACEMENT_POINT
                and change.start - PLACEMENT_WINDOW <= s.at <= change.start + PLACEMENT_WINDOW
                for s in person.screenings
                if not s.assessment
            )
    counts = tally.as_dict()
    return {
        "min_age": min_age,
        **counts,
        "screened_percent": _percent(counts["screened"]["total"], counts["eligible"]["total"]),
        "screens_by_decision_point": dict(sorted(points.items())),
        "screens_with_interpreter_by_language": dict(sorted(interpreted.items())),
        "returns_from_missing": returns,
        "returns_debriefed": debriefed,
        "placement_changes": changes,
        "placement_changes_screened": screened_changes,
    }


def program_data(people: dict[str, Person], period: Period) -> dict[str, Any]:
    served = Tally(("youth_served",))
    services = Counter[str]()
    connected = Counter[str]()
    meetings = 0
    for person in people.values():
        made = [
            i for i in person.items
            if i.kind == "referral" and i.status in MADE and period.holds_day(i.on)
        ]  # fmt: skip
        held = [i for i in person.items if i.kind == "mdt_meeting" and period.holds_day(i.on)]
        meetings += len(held)
        for item in made:
            services[item.domain] += 1
            connected[item.domain] += item.status == "connected"
        concern = statuses_during(person, period) & {"identified", "at_risk"}
        if concern and (made or held):
            served.add("youth_served", person)
    return {
        **served.as_dict(),
        "referrals_by_service": {
            domain: {"referred": n, "connected": connected[domain]}
            for domain, n in sorted(services.items())
        },
        "mdt_meetings": meetings,
    }


def _hours(start: Any, end: Any) -> float:
    return float((end - start).total_seconds() / 3600)
