"""The period report as rows: one list of (section, measure, child welfare, probation, total)
that the console table and the CSV both print, so they show the same numbers.

A suppressed cell (``None``) prints as "<N" where N is the county's threshold.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

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


def _cell(value: Any, threshold: int) -> str:
    if value is None:
        return f"<{threshold}"
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
                    yield (section, f"{name.replace('_', ' ')}: {inner}", "", "", str(shown))
            else:
                yield (section, name.replace("_", " "), "", "", "" if value is None else str(value))
    threshold = report["breakdowns"]["suppress_below"]
    for dimension, table in report["breakdowns"].items():
        if not isinstance(table, dict):
            continue
        for row, cells in table.items():
            for group, n in cells.items():
                yield (f"Breakdown by {dimension.replace('_', ' ')}", f"{row}: {group}", "",
                       "", _cell(n, threshold))  # fmt: skip


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
