"""Breakdowns by age band, gender and race or ethnicity, with small cells suppressed.

A breakdown shows how many youth of each group were in care, identified or at risk in the
period, so a county can watch disproportionality. A cell from 1 to one below the county's
threshold (``reporting.suppress_below``, 11 by default, as CDSS's data de-identification
guidelines use) is shown as suppressed (``None``; "<11" in print), and when a row would then
have exactly one suppressed cell, the next smallest non-zero cell of that row is suppressed
too, so the hidden one cannot be worked out from the total. Zero is shown: it identifies no one.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from csec_desktop.core.county.report_counts import identifications
from csec_desktop.core.county.report_facts import Person
from csec_desktop.core.county.report_period import (
    Period,
    age_on,
    in_care_during,
    statuses_during,
)

AGE_BANDS: tuple[tuple[str, int, int], ...] = (
    ("under 10", 0, 9),
    ("10-13", 10, 13),
    ("14-15", 14, 15),
    ("16-17", 16, 17),
    ("18-21", 18, 21),
)
UNKNOWN = "unknown"
DECLINED = "declined"
ROWS = ("in_care", "identified", "at_risk")


def age_band(person: Person, period: Period) -> str:
    age = age_on(person.birth_date, period.last)
    if age is None:
        return UNKNOWN
    return next((name for name, low, high in AGE_BANDS if low <= age <= high), "over 21")


def gender(person: Person, period: Period) -> str:
    return str(person.profile.get("gender_category") or UNKNOWN)


def race_ethnicity(person: Person, period: Period) -> str:
    """Several chosen are one group, "multiracial", as the census tables count them."""
    chosen = [c for c in person.profile.get("race_ethnicity") or () if isinstance(c, str)]
    if not chosen:
        return UNKNOWN
    return chosen[0] if len(chosen) == 1 else "multiracial"


DIMENSIONS = {"age_band": age_band, "gender": gender, "race_ethnicity": race_ethnicity}


def breakdowns(people: dict[str, Person], period: Period, threshold: int) -> dict[str, Any]:
    """``{dimension: {row: {group: n or None}}}`` over youth in care in the period."""
    out: dict[str, Any] = {"suppress_below": threshold}
    rows: dict[str, dict[str, Counter[str]]] = {
        name: {row: Counter() for row in ROWS} for name in DIMENSIONS
    }
    for person in people.values():
        if not in_care_during(person, period):
            continue
        found = any(period.holds(i.at) for i in identifications(person, period.end))
        levels = statuses_during(person, period)
        marks = {
            "in_care": True,
            "identified": found,
            "at_risk": "at_risk" in levels and not found and "identified" not in levels,
        }
        for name, group_of in DIMENSIONS.items():
            group = group_of(person, period)
            for row, counted in marks.items():
                if counted:
                    rows[name][row][group] += 1
    for name, table in rows.items():
        groups = sorted(set().union(*table.values()))  # every row shows every group
        out[name] = {row: suppress({g: cells[g] for g in groups}, threshold)
                     for row, cells in table.items()}  # fmt: skip
    return out


def suppress(cells: dict[str, int], threshold: int) -> dict[str, int | None]:
    """Small cells → None, plus the next smallest when only one would be hidden."""
    hidden = {k for k, n in cells.items() if 0 < n < threshold}
    if len(hidden) == 1:
        shown = sorted((n, k) for k, n in cells.items() if n > 0 and k not in hidden)
        if shown:
            hidden.add(shown[0][1])
    return {k: (None if k in hidden else n) for k, n in cells.items()}
