"""``csec print ENCOUNTER_ID`` and ``csec print-day DATE``: a summary as a PDF file.

Stdin line 1 is the account passphrase; with ``--password-stdin`` line 2 is the password the
saved PDF is encrypted with (AES-256). The PDF is built in memory and written atomically to
``--out``; nothing else touches the disk. Every saved copy is recorded in the audit log.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from csec_desktop.cli.common import (
    add_data_dir,
    add_json,
    add_passphrase_stdin,
    emit,
    read_secrets,
    signed_in_desk,
)
from csec_desktop.core.desk import Desk
from csec_desktop.core.display_words import count_words
from csec_desktop.core.errors import UsageError
from csec_desktop.core.reports.audience import Audience
from csec_desktop.core.reports.service import SummaryService
from csec_desktop.core.reports.youth_languages import installed_translations, language_code

AUDIENCES = [a.value for a in Audience]


def _common(parser: argparse.ArgumentParser) -> None:
    add_data_dir(parser)
    parser.add_argument("--username", required=True, help="the account printing")
    add_passphrase_stdin(parser, "the passphrase (and, with --password-stdin, the PDF password)")
    parser.add_argument(
        "--audience",
        required=True,
        choices=AUDIENCES,
        help="who the copy is for: case (the case file), mdt (the MDT's copy), caregiver (the "
        "caregiver's one-page handover sheet), youth (the youth's own copy); what each shows "
        "is in docs/printing.md",
    )
    parser.add_argument(
        "--language",
        help="the youth copy's language, a code or name (en, es, a county translation's code, "
        "or another language: English with a notice in it); default: the youth's preferred "
        "language",
    )
    parser.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="encrypt the PDF (AES-256) with a password read from the second stdin line",
    )
    add_json(parser)


def register(groups: Any) -> None:
    one = groups.add_parser("print", help="save one screening's summary as a PDF")
    one.add_argument("encounter_id", metavar="ENCOUNTER_ID", help="the screening to print")
    _common(one)
    one.set_defaults(func=_print_one)

    day = groups.add_parser(
        "print-day", help="save every screening received on one day as one PDF (batch printing)"
    )
    day.add_argument("date", metavar="DATE", help="the day, YYYY-MM-DD (laptop's local time)")
    _common(day)
    day.set_defaults(func=_print_day)


@contextmanager
def _open(args: argparse.Namespace) -> Iterator[tuple[SummaryService, str | None, str | None]]:
    """Signed in: the summary service, the PDF password (None: no password) and the youth
    copy's language (None: the youth's preferred language)."""
    if args.language is not None and args.audience != Audience.YOUTH.value:
        raise UsageError("--language is for the youth's copy only (--audience youth)")
    if args.language is not None and not args.language.strip():
        raise UsageError("--language is empty; give a language code or name, e.g. es")
    secrets = read_secrets(2 if args.password_stdin else 1)
    password = secrets[1] if args.password_stdin else None
    if args.out.exists() and args.out.is_dir():
        raise UsageError(f"--out {args.out} is a folder; give a file name")
    if not args.out.parent.is_dir():
        raise UsageError(f"--out: the folder {args.out.parent} does not exist")
    with signed_in_desk(args, passphrase=secrets[0]) as desk:
        yield desk.summaries, password, _language(args, desk)


def _language(args: argparse.Namespace, desk: Desk) -> str | None:
    if args.language is None:
        return None
    return language_code(args.language, installed_translations(desk.db))


def _print_one(args: argparse.Namespace) -> int:
    with _open(args) as (service, password, language):
        pdf = service.render(args.encounter_id, args.audience, language)
        pages = service.save(pdf, args.out, [args.encounter_id], args.audience, password)
    _report(args, pages, 1, password is not None)
    return 0


def _print_day(args: argparse.Namespace) -> int:
    try:
        day = datetime.strptime(args.date, "%Y-%m-%d").date()
    except ValueError:
        raise UsageError(f"DATE '{args.date}' is not a date written YYYY-MM-DD") from None
    with _open(args) as (service, password, language):
        pdf, ids = service.render_day(day, args.audience, language)
        pages = service.save(pdf, args.out, ids, args.audience, password)
    _report(args, pages, len(ids), password is not None)
    return 0


def _report(args: argparse.Namespace, pages: int, summaries: int, encrypted: bool) -> None:
    emit(
        args,
        {
            "out": str(args.out),
            "audience": args.audience,
            "pages": pages,
            "summaries": summaries,
            "encrypted": encrypted,
        },
        f"Saved {args.audience} copy ({count_words(summaries, 'summary', 'summaries')}, "
        f"{count_words(pages, 'page')}"
        f"{', password protected' if encrypted else ''}) to {args.out}.",
    )
