"""Breakdowns by age band, gender and race or ethnicity, with small cells suppressed.

A breakdown shows how many youth of each group were in care, identified or at risk in the
period, so a county can watch disproportionality. A cell from 1 to one below the county's
threshold (``reporting.suppress_below``, 11 by default, as CDSS's data de-identification
guidelines use) is suppressed, and when a row would then have exactly one suppressed cell, the
next smallest non-zero cell of that row is suppressed too, so the hidden one cannot be worked
out from the total. Every suppressed cell is ``None`` in JSON, listed under ``suppressed``, and
printed with one mark (``SUPPRESSED``, footnoted ``SUPPRESSED_NOTE``): the mark never says
which cell is small, since saying so would undo the second suppression. Every group of a
dimension is shown, 0 when no youth is in it: zero identifies no one.
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
from csec_desktop.core.records.youth import GENDER_CATEGORIES, RACE_ETHNICITY

AGE_BANDS: tuple[tuple[str, int, int], ...] = (
    ("under 10", 0, 9),
    ("10-13", 10, 13),
    ("14-15", 14, 15),
    ("16-17", 16, 17),
    ("18-21", 18, 21),
)
UNKNOWN = "unknown"
DECLINED = "declined"
OVER_21 = "over 21"
MULTIRACIAL = "multiracial"
ROWS = ("in_care", "identified", "at_risk")
ROW_LABELS = {"in_care": "in care", "identified": "identified", "at_risk": "at risk"}
SUPPRESSED = "suppressed"
SUPPRESSED_NOTE = (
    "suppressed: fewer than {threshold} youth, or hidden so that a smaller cell cannot be "
    "worked out from the others (the county's small-cell rule)"
)
_RACES = list(RACE_ETHNICITY)
_RACES.insert(_RACES.index("another"), MULTIRACIAL)
# Every group each dimension shows, in order, with the words printed for it.
GROUPS: dict[str, dict[str, str]] = {
    "age_band": {
        **{name: name.replace("-", " to ") for name, _, _ in AGE_BANDS},
        UNKNOWN: "age not known",
    },
    "gender": GENDER_CATEGORIES,
    "race_ethnicity": {
        key: RACE_ETHNICITY.get(key, "Multiracial (more than one)") for key in _RACES
    },
}
DIMENSION_LABELS = {
    "age_band": "age band",
    "gender": "gender",
    "race_ethnicity": "race or ethnicity",
}


def group_label(dimension: str, group: str) -> str:
    """The printed words for a group id (the id itself when a newer laptop sent one unknown
    here, with its underscores as spaces)."""
    return GROUPS[dimension].get(group, group.replace("_", " "))


def age_band(person: Person, period: Period) -> str:
    age = age_on(person.birth_date, period.last)
    if age is None:
        return UNKNOWN
    return next((name for name, low, high in AGE_BANDS if low <= age <= high), OVER_21)


def gender(person: Person, period: Period) -> str:
    return str(person.profile.get("gender_category") or UNKNOWN)


def race_ethnicity(person: Person, period: Period) -> str:
    """Several chosen are one group, "multiracial", as the census tables count them."""
    chosen = [c for c in person.profile.get("race_ethnicity") or () if isinstance(c, str)]
    if not chosen:
        return UNKNOWN
    return chosen[0] if len(chosen) == 1 else MULTIRACIAL


DIMENSIONS = {"age_band": age_band, "gender": gender, "race_ethnicity": race_ethnicity}


def breakdowns(people: dict[str, Person], period: Period, threshold: int) -> dict[str, Any]:
    """``{dimension: {row: {group: n or None}}, "suppressed": [{dimension, row, group}],
    "suppress_below": threshold}`` over youth in care in the period; every group of
    ``GROUPS`` is present (0 when empty), and a group a record names beyond them too."""
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
    hidden: list[dict[str, str]] = []
    for name, table in rows.items():
        seen = set().union(*table.values())
        groups = list(GROUPS[name]) + sorted(seen - set(GROUPS[name]))
        out[name] = {}
        for row, cells in table.items():  # every row shows every group
            shown = suppress({g: cells[g] for g in groups}, threshold)
            out[name][row] = shown
            hidden += [{"dimension": name, "row": row, "group": g}
                       for g, n in shown.items() if n is None]  # fmt: skip
    out["suppressed"] = hidden
    return out


def suppress(cells: dict[str, int], threshold: int) -> dict[str, int | None]:
    """Small cells → None, plus the next smallest when only one would be hidden."""
    hidden = {k for k, n in cells.items() if 0 < n < threshold}
    if len(hidden) == 1:
        shown = sorted((n, k) for k, n in cells.items() if n > 0 and k not in hidden)
        if shown:
            hidden.add(shown[0][1])
    return {k: (None if k in hidden else n) for k, n in cells.items()}
