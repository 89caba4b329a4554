"""``csec county report``: the WIC 16501.45 counts and the CSEC Program's data for a period,
as a table, CSV or PDF, with the county store's own figures (what waits for review)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from csec_desktop.cli.common import emit
from csec_desktop.cli.county_session import add_county_account, county_signed_in
from csec_desktop.core.clock import utc_now
from csec_desktop.core.county.period_report import ReportSettings, build_period_report
from csec_desktop.core.county.report import CountyReport, build_report, open_duplicate_pairs
from csec_desktop.core.county.report_pdf import write_report_pdf
from csec_desktop.core.county.report_period import Period
from csec_desktop.core.county.report_text import as_csv, as_table
from csec_desktop.core.errors import UsageError


def register_report(sub: Any) -> None:
    report = sub.add_parser(
        "report", help="WIC 16501.45 counts and the CSEC Program's data for a period"
    )
    add_county_account(report)
    report.add_argument(
        "--from",
        dest="first",
        type=_day,
        metavar="DATE",
        help="first day of the period, YYYY-MM-DD (with --to)",
    )
    report.add_argument(
        "--to",
        dest="last",
        type=_day,
        metavar="DATE",
        help="last day of the period, YYYY-MM-DD (with --from)",
    )
    report.add_argument(
        "--as-of",
        type=_day,
        metavar="DATE",
        help="the day the 'as of' counts look at (default: --to)",
    )
    report.add_argument("--csv", action="store_true", help="print the report as CSV")
    report.add_argument("--pdf", type=Path, metavar="FILE", help="also write a printable PDF")
    report.set_defaults(func=_report)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (YYYY-MM-DD)") from None


def _report(args: argparse.Namespace) -> int:
    if (args.first is None) != (args.last is None):
        raise UsageError("give both --from and --to for a reporting period")
    if args.first is None and (args.as_of or args.csv or args.pdf):
        raise UsageError("--as-of, --csv and --pdf need a period: give --from and --to")
    if args.csv and args.json:
        raise UsageError("give one of --json and --csv, not both")
    today = utc_now().date()
    period = Period.of(args.first, args.last, args.as_of, today) if args.first else None
    with county_signed_in(args) as (session, authority):
        report, pairs = build_report(session.db), open_duplicate_pairs(session.db)
        settings = ReportSettings.from_policy(authority.policy)
        counts = build_period_report(session.db, period, settings) if period else None
    summary = report.as_dict()
    if counts is not None:
        if args.pdf is not None:
            write_report_pdf(args.pdf, counts, authority.county_name)
        if args.csv:
            print(as_csv(counts), end="")
            return 0
        emit(args, {**summary, "possible_duplicate_pairs": pairs, "report": counts},
             as_table(counts) + "\n\n" + _store_text(report))  # fmt: skip
        return 0
    emit(
        args,
        {**summary, "possible_duplicate_pairs": pairs},
        "Give --from and --to for the WIC 16501.45 counts of a reporting period.\n"
        + _store_text(report),
    )
    return 0


def _store_text(report: CountyReport) -> str:
    return (
        f"Youth: {report.youth}; screenings and assessments: {report.encounters}\n"
        f"Waiting for a supervisor's co-signature: {report.cosign_pending}\n"
        f"Possible duplicate youth to review: {report.possible_duplicates_open}"
        " (csec county duplicates list)\n"
        f"Open conflicts to resolve: {report.conflicts_open}\n"
        f"Sequence flags: {report.sequence_flags}"
    )
