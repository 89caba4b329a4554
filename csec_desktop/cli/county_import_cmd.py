"""``csec county import``: verify and import laptops' bundles, write signed receipts.

Many bundles are imported in each device's sequence order; each bundle is its own
transaction, and one that fails changes nothing and is reported on one line while the others
go on.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from csec_desktop.cli.common import emit
from csec_desktop.cli.county_session import CountySession, add_county_account, county_signed_in
from csec_desktop.core.county.authority import CountyAuthority
from csec_desktop.core.county.intake import ImportResult, import_bundle, receipt_place_problem
from csec_desktop.core.errors import CsecError, UsageError
from csec_desktop.core.sync.bundle import inspect_bundle


def register_import(sub: Any) -> None:
    intake = sub.add_parser("import", help="verify and import bundles, write signed receipts")
    add_county_account(intake)
    intake.add_argument("bundles", type=Path, nargs="+", metavar="FILE")
    intake.add_argument("--receipt-dir", type=Path, help="default: next to each bundle")
    intake.add_argument(
        "--accept-gap", action="store_true",
        help="a person confirmed the missing bundle(s) are lost: import after the gap",
    )  # fmt: skip
    intake.set_defaults(func=_import)


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
