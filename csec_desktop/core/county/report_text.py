"""The period report as rows: one list of (section, measure, child welfare, probation, total)
that the console table and the CSV both print, so they show the same numbers.

Every measure and group prints in words (never a stored id). A suppressed breakdown cell
(``None``) prints as "suppressed" with one footnote saying why (``report_breakdown``); a figure
with nothing to compute (no report made, nobody to take a percent of) prints what that means.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from csec_desktop.core.county.report_breakdown import (
    DIMENSION_LABELS,
    ROW_LABELS,
    SUPPRESSED,
    SUPPRESSED_NOTE,
    group_label,
)
from csec_desktop.core.language_table import language_name
from csec_desktop.core.records.referral_domains import domain_id, domain_label
from csec_desktop.core.screening_policy import default_screening_policy

Row = tuple[str, str, str, str, str]
HEADER: Row = ("section", "measure", "child welfare", "probation", "total")
LABELS = {
    "youth": "youth",
    "exploited_before_care": "exploited before entering care",
    "exploited_in_care": "exploited while in care",
    "exploited_while_missing": "exploited while missing",
    "identified": "identified",
    "at_risk": "at risk",
}


NOTHING_TO_SHOW = {  # a figure that is None: what that means, in words
    "median_hours_to_report": "none reported",
    "reported_within_24h_percent": "no episodes",
    "screened_percent": "none eligible",
}
NOTE_SECTION = "Note"


def _cell(value: Any) -> str:
    return SUPPRESSED if value is None else str(value)


@lru_cache(maxsize=1)
def _points() -> dict[str, str]:
    return {p.id: p.label.en for p in default_screening_policy().decision_points}


def _inner(name: str, key: str) -> str:
    """Words for a key inside a figure: a service's domain, a decision point."""
    if name == "referrals_by_service":
        return domain_label(key) if domain_id(key) else "other service"
    if name == "screens_by_decision_point":
        return _points().get(key, key.replace("_", " "))
    if name == "screens_with_interpreter_by_language":
        return language_name(key)
    return key.replace("_", " ")


def _plain(name: str, value: Any) -> str:
    if value is None:
        return NOTHING_TO_SHOW.get(name, "none")
    return str(value)


def rows(report: dict[str, Any]) -> Iterator[Row]:
    wic = report["wic_16501_45"]
    for group, title in (("in_foster_care", "in foster care"),
                         ("not_in_foster_care", "not in foster care")):  # fmt: skip
        for column, when in (("period", "in the period"), ("as_of", "as of")):
            section = f"WIC 16501.45, youth {title}, {when}"
            if column == "as_of":
                section += f" {report['period']['as_of']}"
            for name, split in wic[group][column].items():
                yield (section, LABELS[name], str(split["child_welfare"]),
                       str(split["probation"]), str(split["total"]))  # fmt: skip
    for section, key in (("Missing from care", "missing_from_care"),
                         ("Reporting duties", "reporting_duties"),
                         ("CSEC Program", "csec_program"),
                         ("Screening coverage", "screening_coverage")):  # fmt: skip
        for name, value in report[key].items():
            if isinstance(value, dict) and "total" in value:
                yield (section, name.replace("_", " "), str(value["child_welfare"]),
                       str(value["probation"]), str(value["total"]))  # fmt: skip
            elif isinstance(value, dict):
                for inner, figure in value.items():
                    shown = figure if not isinstance(figure, dict) else figure.get("referred")
                    yield (section, f"{name.replace('_', ' ')}: {_inner(name, inner)}", "",
                           "", str(shown))  # fmt: skip
            else:
                yield (section, name.replace("_", " "), "", "", _plain(name, value))
    for dimension, cells_by_row in breakdown_tables(report):
        for row, cells in cells_by_row.items():
            for group, n in cells.items():
                yield (f"Breakdown by {DIMENSION_LABELS.get(dimension, dimension)}",
                       f"{ROW_LABELS.get(row, row)}: {group}", "", "", _cell(n))  # fmt: skip
    if report["breakdowns"].get("suppressed"):
        yield (NOTE_SECTION, SUPPRESSED, "", "", footnote(report))


def breakdown_tables(report: dict[str, Any]) -> Iterator[tuple[str, dict[str, dict[str, Any]]]]:
    """(dimension id, {row id: {group words: n or None}}) for each breakdown, in order."""
    for dimension, table in report["breakdowns"].items():
        if dimension not in DIMENSION_LABELS or not isinstance(table, dict):
            continue
        yield (
            dimension,
            {
                row: {group_label(dimension, g): n for g, n in cells.items()}
                for row, cells in table.items()
            },
        )


def footnote(report: dict[str, Any]) -> str:
    return SUPPRESSED_NOTE.format(threshold=report["breakdowns"]["suppress_below"])


def as_csv(report: dict[str, Any]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows(report))
    return out.getvalue()


def as_table(report: dict[str, Any]) -> str:
    period = report["period"]
    lines = [f"County report {period['from']} to {period['to']} (as of {period['as_of']})"]
    current = ""
    for section, measure, cw, pr, total in rows(report):
        if section == NOTE_SECTION:
            lines.append(f"\n{total}")
            continue
        if section != current:
            lines.append(f"\n{section}")
            if cw or pr:
                lines.append(f"  {'':54} {'child welfare':>13} {'probation':>9} {'total':>6}")
            current = section
        if cw or pr:
            lines.append(f"  {measure:54} {cw:>13} {pr:>9} {total:>6}")
        else:
            lines.append(f"  {measure:54} {total:>30}")
    return "\n".join(lines)
