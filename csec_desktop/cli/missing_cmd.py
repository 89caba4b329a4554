"""``csec missing …`` and ``csec duties``: missing episodes and the duties they start, headless.

``csec missing report YOUTH_ID --learned-at T --learned-by NAME`` records a youth in care
missing and starts the 24-hour duties from T; ``csec missing notice EPISODE_ID --party P --at T
--ref N`` records a notice (law enforcement and NCMEC need their report or case number);
``csec missing located EPISODE_ID --at T --where W --by B`` records the youth located and starts
the recovery notices and debrief. ``csec duties`` lists the open duties, soonest due first, by
record id only (no names): a worker's own and shared youth's, a supervisor's for every youth on
the laptop (as the app's deadlines list shows them). Times are ISO 8601 with a zone
(``2026-03-02T07:15-08:00``). Stdin line 1 is the account passphrase.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from typing import Any

from csec_desktop.cli.common import (
    add_data_dir,
    add_json,
    add_passphrase_stdin,
    emit,
    signed_in_desk,
)
from csec_desktop.core.clock import to_iso
from csec_desktop.core.errors import UsageError
from csec_desktop.core.records.missing import NOTICES, EpisodeResult


def _moment(text: str, option: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise UsageError(f"{option} '{text}' is not an ISO 8601 time") from None
    if moment.tzinfo is None:
        raise UsageError(f"{option} needs a time zone, e.g. 2026-03-02T07:15-08:00")
    return moment


def _common(parser: argparse.ArgumentParser) -> None:
    add_data_dir(parser)
    parser.add_argument("--username", required=True, help="the account recording it")
    add_passphrase_stdin(parser, "the passphrase")
    add_json(parser)


def register(groups: Any) -> None:
    missing = groups.add_parser("missing", help="record a missing episode, its notices, located")
    actions = missing.add_subparsers(title="actions", metavar="ACTION")
    actions.required = True
    report = actions.add_parser("report", help="record a youth missing and start the duties")
    report.add_argument("youth_id", metavar="YOUTH_ID")
    report.add_argument("--learned-at", required=True, help="when you learned of it (ISO 8601)")
    report.add_argument("--learned-by", required=True, help="who learned of it")
    report.add_argument("--last-seen", default="", help="where and when last seen")
    _common(report)
    report.set_defaults(func=_report)
    notice = actions.add_parser("notice", help="record a notice made (with its number)")
    notice.add_argument("episode_id", metavar="EPISODE_ID")
    notice.add_argument("--party", required=True, choices=list(NOTICES), help="who was told")
    notice.add_argument("--at", required=True, help="when (ISO 8601)")
    notice.add_argument("--ref", default="", help="report or case number")
    notice.add_argument("--late-reason", default="", help="why, if after the due time")
    _common(notice)
    notice.set_defaults(func=_notice)
    located = actions.add_parser("located", help="record the youth located")
    located.add_argument("episode_id", metavar="EPISODE_ID")
    located.add_argument("--at", required=True, help="when located (ISO 8601)")
    located.add_argument("--where", default="", help="where located")
    located.add_argument("--by", default="", help="located by")
    _common(located)
    located.set_defaults(func=_located)
    duties = groups.add_parser("duties", help="list open duties, soonest due first")
    _common(duties)
    duties.set_defaults(func=_duties)


def _episode_result(args: argparse.Namespace, result: EpisodeResult, what: str) -> None:
    created = [
        {"duty_id": d.id, "duty": d.duty_type, "due_at": to_iso(d.due_at), "citation": d.citation}
        for d in result.duties.created
    ]
    lines = [f"{what} (episode {result.episode.id})."]
    lines += [f"  due {c['due_at'][:16]}Z  {c['duty']}  ({c['citation']})" for c in created]
    emit(args, {"episode_id": result.episode.id, "duties": created}, "\n".join(lines))


def _report(args: argparse.Namespace) -> int:
    learned = _moment(args.learned_at, "--learned-at")
    with signed_in_desk(args) as desk:
        missing = desk.missing
        result = missing.report_missing(args.youth_id, learned, args.learned_by, args.last_seen)
    _episode_result(args, result, "Recorded missing")
    return 0


def _notice(args: argparse.Namespace) -> int:
    at = _moment(args.at, "--at")
    with signed_in_desk(args) as desk:
        desk.missing.record_notice(args.episode_id, args.party, at, args.ref, args.late_reason)
    emit(args, {"episode_id": args.episode_id, "party": args.party}, "Notice recorded.")
    return 0


def _located(args: argparse.Namespace) -> int:
    at = _moment(args.at, "--at")
    with signed_in_desk(args) as desk:
        result = desk.missing.record_located(args.episode_id, at, args.where, args.by)
    _episode_result(args, result, "Recorded located")
    return 0


def _duties(args: argparse.Namespace) -> int:
    with signed_in_desk(args) as desk:
        duties = desk.duties.open_duties()
    rows: list[dict[str, Any]] = [
        {"duty_id": d.id, "youth_id": d.youth_id, "duty": d.duty_type,
         "due_at": to_iso(d.due_at), "late_after": to_iso(d.late_after),
         "citation": d.citation, "waiver_pending": d.waiver_pending is not None}
        for d in duties
    ]  # fmt: skip
    text = "\n".join(f"{r['due_at'][:16]}Z  {r['duty']}  youth {r['youth_id']}" for r in rows)
    emit(args, rows, text or "No open duties.")
    return 0
