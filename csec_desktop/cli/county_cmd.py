"""``csec county init|enroll|revoke|import|report|duplicates``: the county's side, headless.

Every command opens the encrypted county store with a county account's passphrase (from
standard input). ``import`` takes many bundles and imports them in each device's sequence
order; each bundle is its own transaction, and one that fails changes nothing and is reported
on one line while the others go on.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from csec_desktop.cli.common import emit, read_input, read_secrets
from csec_desktop.cli.county_instrument_cmd import register_instrument
from csec_desktop.cli.county_review_cmd import register_review
from csec_desktop.cli.county_root_cmd import register_root
from csec_desktop.cli.county_serve_cmd import register_serve
from csec_desktop.cli.county_session import (
    CountySession,
    add_county_account,
    county_signed_in,
)
from csec_desktop.core.atomicfile import atomic_write
from csec_desktop.core.clock import utc_now
from csec_desktop.core.county.authority import (
    CountyAuthority,
    check_county_id,
    normalize_county_name,
)
from csec_desktop.core.county.intake import ImportResult, import_bundle, receipt_place_problem
from csec_desktop.core.county.period_report import ReportSettings, build_period_report
from csec_desktop.core.county.report import CountyReport, build_report, open_duplicate_pairs
from csec_desktop.core.county.report_pdf import write_report_pdf
from csec_desktop.core.county.report_period import Period
from csec_desktop.core.county.report_text import as_csv, as_table
from csec_desktop.core.county.store import CountyVault
from csec_desktop.core.county.store_backend import open_store
from csec_desktop.core.errors import CsecError, UsageError, ValidationError
from csec_desktop.core.policy import load_policy
from csec_desktop.core.sync.bundle import inspect_bundle
from csec_desktop.core.sync.enrollment import MAX_REQUEST_SIZE
from csec_desktop.core.sync.fingerprints import fingerprint_text


def register(groups: Any) -> None:
    county = groups.add_parser("county", help="county authority and intake")
    sub = county.add_subparsers(title="county commands", metavar="ACTION", required=True)

    init = sub.add_parser("init", help="create the county store and keys")
    add_county_account(init, "the first county administrator's user name")
    init.add_argument("--display-name", required=True)
    init.add_argument("--county-id", required=True, help="e.g. alameda")
    init.add_argument("--county-name", required=True, help="e.g. 'Alameda County'")
    init.add_argument("--policy", type=Path, help="county policy file (default: shipped)")
    init.add_argument("--out", type=Path, help="also write the first trust file here")
    init.set_defaults(func=_init)

    enroll = sub.add_parser("enroll", help="enroll a laptop from its request file")
    add_county_account(enroll)
    enroll.add_argument("request_file", type=Path, metavar="REQUEST_FILE")
    enroll.add_argument("--out", type=Path, required=True, help="the new trust file to write")
    enroll.add_argument(
        "--expect-fingerprint", metavar="WORDS", required=True,
        help="the laptop's fingerprint as its worker read it to you (words or hex)",
    )  # fmt: skip
    enroll.set_defaults(func=_enroll)

    revoke = sub.add_parser("revoke", help="revoke a laptop (lost, stolen or retired)")
    add_county_account(revoke)
    revoke.add_argument("device_id", metavar="DEVICE")
    revoke.add_argument(
        "--after-seq", type=int, help="accept its bundles up to this number (default: last)"
    )
    revoke.add_argument("--out", type=Path, required=True, help="the new trust file to write")
    revoke.set_defaults(func=_revoke)

    intake = sub.add_parser("import", help="verify and import bundles, write signed receipts")
    add_county_account(intake)
    intake.add_argument("bundles", type=Path, nargs="+", metavar="FILE")
    intake.add_argument("--receipt-dir", type=Path, help="default: next to each bundle")
    intake.add_argument(
        "--accept-gap", action="store_true",
        help="a person confirmed the missing bundle(s) are lost: import after the gap",
    )  # fmt: skip
    intake.set_defaults(func=_import)

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

    register_review(sub)
    register_instrument(sub)
    register_root(sub)
    register_serve(sub)


def _init(args: argparse.Namespace) -> int:
    # Every input is checked before anything is written: a refusal after the store exists
    # would leave one that can be neither used nor made again.
    for option, value, check in (
        ("--county-id", args.county_id, check_county_id),
        ("--county-name", args.county_name, normalize_county_name),
    ):
        try:
            check(value)
        except ValidationError as exc:
            raise UsageError(f"{option}: {exc.message} Nothing was written.") from None
    if args.out is not None and args.out.exists():
        raise UsageError(f"--out: {args.out} already exists. Nothing was written.")
    policy = load_policy(args.policy)
    vault = CountyVault(args.county_dir, policy=policy)
    (passphrase,) = read_secrets(1)
    session, recovery = vault.initialize(args.username, args.display_name, passphrase)
    county = CountySession(session, open_store(args.database, session.db))
    try:
        authority = CountyAuthority.create(
            session.db, county.audit, session.account.username, args.county_id,
            args.county_name, policy.model_dump(mode="json"), vault.clock(), store=county.db,
        )  # fmt: skip
        root = authority.current_trust().root_fingerprint
        if args.out is not None:
            atomic_write(args.out, authority.current_trust_file(), overwrite=False, verify=True)
    finally:
        county.sign_out()
    emit(
        args,
        {"county_dir": str(args.county_dir), "county_id": args.county_id,
         "root_fingerprint": root, "recovery_code": recovery},
        f"County store created in {args.county_dir} for {authority.county_name}.\n"
        f"County root fingerprint: {root}\n"
        "Read it to each laptop's supervisor by phone or in person; they type it when "
        "installing the trust file.\n"
        f"Recovery code (shown once; store it on paper in a locked place): {recovery}",
    )  # fmt: skip
    return 0


def _enroll(args: argparse.Namespace) -> int:
    data = read_input(args.request_file, "enrollment request", MAX_REQUEST_SIZE)
    with county_signed_in(args) as (session, authority):
        request, trust = authority.enroll(data, session.vault.clock(), args.expect_fingerprint)
        atomic_write(args.out, trust, overwrite=False, verify=True)
        version = authority.current_trust().version
    emit(
        args,
        {"device_id": request.device_id, "fingerprint": fingerprint_text(request.public_key),
         "trust_version": version, "out": str(args.out)},
        f"Enrolled device {request.device_id}.\n"
        f"This laptop's fingerprint: {fingerprint_text(request.public_key)} (matched what you "
        "typed)\n"
        f"Trust file version {version} written to {args.out}; install it on the laptop.",
    )  # fmt: skip
    return 0


def _revoke(args: argparse.Namespace) -> int:
    with county_signed_in(args) as (session, authority):
        cutoff, trust = authority.revoke(args.device_id, args.after_seq, session.vault.clock())
        atomic_write(args.out, trust, overwrite=False, verify=True)
        version = authority.current_trust().version
    emit(
        args,
        {"device_id": args.device_id, "after_seq": cutoff, "trust_version": version},
        f"Device {args.device_id} revoked: its bundles after number {cutoff} will be refused.\n"
        f"Trust file version {version} written to {args.out}; install it on every laptop.",
    )
    return 0


def _order(paths: list[Path]) -> list[Path]:
    """Each device's bundles in sequence order (unverified manifests, used only to sort)."""

    def key(path: Path) -> tuple[int, str, int]:
        try:
            manifest = inspect_bundle(path).manifest
        except (CsecError, OSError):
            return (1, "", 0)  # unreadable: last, to fail with its own message
        return (0, manifest.device_id, manifest.sequence)

    return sorted(paths, key=key)


def _describe(result: ImportResult) -> str:
    if result.status == "duplicate":
        return (
            f"{result.path.name}: already imported (bundle {result.sequence}); "
            f"receipt written again to {result.receipt_path}"
        )
    counts = ", ".join(f"{n} {fate}" for fate, n in sorted(result.counts.items())) or "no records"
    extra = f"; {result.note}" if result.note else ""
    dupes = (
        f"; {result.possible_duplicates} possible duplicate youth flagged"
        if result.possible_duplicates
        else ""
    )
    return (
        f"{result.path.name}: imported bundle {result.sequence} ({counts}){extra}{dupes}; "
        f"receipt {result.receipt_path}"
    )


def _import_one(
    args: argparse.Namespace, session: CountySession, authority: CountyAuthority, path: Path
) -> ImportResult:
    return import_bundle(
        session.db,
        session.audit,
        session.account.username,
        authority,
        path,
        session.vault.clock(),
        receipt_dir=args.receipt_dir,
        accept_gap=args.accept_gap,
    )


def _import(args: argparse.Namespace) -> int:
    problem = receipt_place_problem(list(args.bundles), args.receipt_dir)
    if problem is not None:  # every receipt's place is checked before anything is imported
        raise UsageError(f"{problem}; nothing was imported")
    results, failures, exit_code = [], [], 0
    with county_signed_in(args) as (session, authority):
        for path in _order(list(args.bundles)):
            try:
                results.append(_import_one(args, session, authority, path))
            except CsecError as exc:
                failures.append({"file": str(path), "error": exc.message})
                exit_code = exit_code or exc.exit_code
                if not args.json:
                    sys.stderr.write(f"csec: {path.name}: {exc.message}\n")
    emit(
        args,
        {"imported": [
            {"file": str(r.path), "status": r.status, "device_id": r.device_id,
             "sequence": r.sequence, "bundle_hash": r.bundle_hash, "counts": r.counts,
             "note": r.note, "possible_duplicates": r.possible_duplicates,
             "receipt": str(r.receipt_path)} for r in results],
         "failed": failures},
        "\n".join(_describe(r) for r in results) or "Nothing imported.",
    )  # fmt: skip
    return exit_code


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
