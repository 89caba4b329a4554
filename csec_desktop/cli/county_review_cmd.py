"""``csec county duplicates list|decide``: a person reviews the possible duplicate youth that
intake flagged across devices, side by side, and records "same youth" or "different".

Nothing is merged; a "same youth" decision makes the county report count the pair once (see
``core/county/duplicate_review.py``). The list shows names and birth dates on standard output,
for the county staff member deciding; nothing personal goes to standard error.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from csec_desktop.cli.common import emit
from csec_desktop.cli.county_session import add_county_account, county_signed_in
from csec_desktop.core.clock import utc_now
from csec_desktop.core.county.duplicate_review import (
    DIFFERENT,
    SAME_YOUTH,
    DuplicatePair,
    YouthSummary,
    decide,
    pairs,
    youth_summary,
)
from csec_desktop.core.vault.database import Database

DECISION_WORDS = {SAME_YOUTH: "the same youth", DIFFERENT: "different youth", "open": "open"}


def register_review(sub: Any) -> None:
    duplicates = sub.add_parser(
        "duplicates", help="review possible duplicate youth flagged at intake"
    )
    actions = duplicates.add_subparsers(title="actions", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="the pairs to review, side by side")
    add_county_account(listing)
    listing.add_argument("--all", action="store_true", help="also the pairs already decided")
    listing.set_defaults(func=_list)
    deciding = actions.add_parser("decide", help="record that a pair is the same youth, or not")
    add_county_account(deciding)
    deciding.add_argument("youth_id", metavar="YOUTH")
    deciding.add_argument("other_youth_id", metavar="OTHER_YOUTH")
    choice = deciding.add_mutually_exclusive_group(required=True)
    choice.add_argument(
        "--same-youth", dest="decision", action="store_const", const=SAME_YOUTH,
        help="the two records are one youth: the report counts them once",
    )  # fmt: skip
    choice.add_argument(
        "--different", dest="decision", action="store_const", const=DIFFERENT,
        help="two different youth: the flag is closed",
    )  # fmt: skip
    deciding.add_argument(
        "--note",
        required=True,
        help="why, e.g. 'same birth date and case number' (no names: shells keep history)",
    )
    deciding.set_defaults(func=_decide)


def _side(summary: YouthSummary) -> list[str]:
    details = [f"legal name {summary.legal_name}", f"born {summary.birth_date or 'unknown'}"]
    if summary.aliases:
        details.append(f"also known as {', '.join(summary.aliases)}")
    if summary.case_numbers:
        details.append(f"case {', '.join(summary.case_numbers)}")
    return [
        f"{summary.name}  ({summary.youth_id}, from device {summary.device_id})",
        "      " + " · ".join(details),
    ]


def _describe(db: Database, pair: DuplicatePair, n: int) -> tuple[dict[str, Any], str]:
    first, second = youth_summary(db, pair.youth_id), youth_summary(db, pair.other_youth_id)
    lines = [f"{n}. {pair.reason} (flagged {pair.flagged_at})"]
    lines += ["   A " + line if i == 0 else line for i, line in enumerate(_side(first))]
    lines += ["   B " + line if i == 0 else line for i, line in enumerate(_side(second))]
    if pair.status == "open":
        lines.append(
            f"   Decide: csec county duplicates decide {pair.youth_id} {pair.other_youth_id} "
            "--same-youth|--different --note WHY"
        )
    else:
        lines.append(
            f"   Decided {DECISION_WORDS[pair.status]} by {pair.decided_by} "
            f"({pair.decided_at}): {pair.note}"
        )
    return {**asdict(pair), "youth": asdict(first), "other_youth": asdict(second)}, "\n".join(lines)


def _list(args: argparse.Namespace) -> int:
    with county_signed_in(args) as (session, _authority):
        found = pairs(session.db, include_decided=args.all)
        described = [_describe(session.db, pair, n) for n, pair in enumerate(found, 1)]
    waiting = sum(pair.status == "open" for pair in found)
    heading = f"{waiting} possible duplicate pair(s) to review" + (
        f", {len(found) - waiting} decided" if args.all else ""
    )
    emit(
        args,
        {"pairs": [item for item, _text in described]},
        "\n\n".join([heading + ".", *(text for _item, text in described)]),
    )
    return 0


def _decide(args: argparse.Namespace) -> int:
    with county_signed_in(args) as (session, _authority):
        pair = decide(
            session.db,
            session.audit,
            session.account.username,
            args.youth_id,
            args.other_youth_id,
            args.decision,
            args.note,
            utc_now(),
        )
    emit(
        args,
        asdict(pair),
        f"Recorded: {pair.youth_id} and {pair.other_youth_id} are "
        f"{DECISION_WORDS[pair.status]}. The county report counts "
        + ("them as one youth." if pair.status == SAME_YOUTH else "them separately."),
    )
    return 0
