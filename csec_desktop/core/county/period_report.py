"""The county report for a period: every section, as one plain dictionary.

``build_period_report`` reads the county store once (``report_facts``) and computes the WIC
16501.45 counts (``report_counts``), the missing-from-care, reporting-duty, screening-coverage
and CSEC Program figures (``report_program``) and the breakdowns with small cells suppressed
(``report_breakdown``). The console, CSV, JSON and PDF outputs all render this one dictionary,
so they cannot disagree. Rules and sources: ``docs/county-reports.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from csec_desktop.core.county.report_breakdown import breakdowns
from csec_desktop.core.county.report_counts import wic_counts
from csec_desktop.core.county.report_facts import load_people
from csec_desktop.core.county.report_period import Period
from csec_desktop.core.county.report_program import (
    missing_figures,
    program_data,
    reporting_duties,
    screening_coverage,
)
from csec_desktop.core.vault.database import Database

REPORT_FORMAT = "csec-county-report/1"


@dataclass(frozen=True)
class ReportSettings:
    """The county's settings the report reads (from its policy file)."""

    min_age: int = 10  # screening.min_age: universal screening from this age
    debrief_hours: int = 72  # the return_debrief duty's hours (county protocol)
    suppress_below: int = 11  # reporting.suppress_below: smallest cell shown

    @classmethod
    def from_policy(cls, policy: dict[str, Any]) -> ReportSettings:
        screening = policy.get("screening") or {}
        debrief: dict[str, Any] = next(
            (d for d in screening.get("duties") or () if d.get("id") == "return_debrief"), {}
        )
        return cls(
            min_age=int(screening.get("min_age", 10)),
            debrief_hours=int(debrief.get("hours") or 72),
            suppress_below=int((policy.get("reporting") or {}).get("suppress_below", 11)),
        )


def build_period_report(
    db: Database, period: Period, settings: ReportSettings | None = None
) -> dict[str, Any]:
    settings = settings or ReportSettings()
    people = load_people(db)
    return {
        "format": REPORT_FORMAT,
        "period": {
            "from": period.first.isoformat(),
            "to": period.last.isoformat(),
            "as_of": period.as_of_day.isoformat(),
        },
        "wic_16501_45": wic_counts(people, period),
        "missing_from_care": missing_figures(people, period, settings.debrief_hours),
        "reporting_duties": reporting_duties(people, period),
        "screening_coverage": screening_coverage(people, period, settings.min_age),
        "csec_program": program_data(people, period),
        "breakdowns": breakdowns(people, period, settings.suppress_below),
        "youth_at_county": len(people),
    }
