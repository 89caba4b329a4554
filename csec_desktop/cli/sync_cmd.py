"""``csec sync export|receipt|purge|status``: sending records to the county and applying its
receipts."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from csec_desktop.cli.common import add_account, emit, read_input, signed_in_desk
from csec_desktop.core.errors import IntegrityError
from csec_desktop.core.sync.errors import FormatError, TooLargeError
from csec_desktop.core.sync.receipt import MAX_RECEIPT_SIZE, RecordFate


def register(groups: Any) -> None:
    sync = groups.add_parser("sync", help="export bundles to the county, apply its receipts")
    sub = sync.add_subparsers(title="sync commands", metavar="ACTION", required=True)

    export = sub.add_parser("export", help="write one bundle of every record not yet delivered")
    add_account(export)
    export.add_argument("--out", type=Path, required=True, help="folder to write the bundle in")
    export.set_defaults(func=_export)

    receipt = sub.add_parser("receipt", help="apply a county receipt (then purge what is due)")
    add_account(receipt)
    receipt.add_argument("receipt_file", type=Path, metavar="RECEIPT_FILE")
    receipt.set_defaults(func=_receipt)

    purge = sub.add_parser("purge", help="purge delivered youth past the retention period")
    add_account(purge)
    purge.set_defaults(func=_purge)

    now = sub.add_parser("now", help="sync with the county's service over HTTPS (send, answers)")
    add_account(now)
    now.set_defaults(func=_now)

    status = sub.add_parser("status", help="what is waiting to be sent, receipts, fingerprints")
    add_account(status)
    status.set_defaults(func=_status)


def _now(args: argparse.Namespace) -> int:
    from csec_desktop.core.sync_service.online_sync import sync_now

    with signed_in_desk(args) as desk:
        report = sync_now(desk.sync)
    emit(
        args,
        {"trust_version": report.trust_version, "exported": report.exported,
         "uploaded": report.uploaded, "receipts_applied": report.receipts_applied,
         "purged_youth": report.purged.youth},
        report.summary(),
    )  # fmt: skip
    return 0


def _export(args: argparse.Namespace) -> int:
    with signed_in_desk(args) as desk:
        result = desk.sync.export(args.out)
    skipped = (
        f"\nSequence number(s) {', '.join(map(str, result.skipped))} were skipped after an "
        "interrupted export; their records are in this bundle."
        if result.skipped
        else ""
    )
    emit(
        args,
        {"path": str(result.path), "sequence": result.sequence, "bundle_hash": result.bundle_hash,
         "counts": result.counts, "records": result.records, "skipped": list(result.skipped)},
        f"Bundle {result.sequence} written to {result.path} ({result.records} records).{skipped}",
    )  # fmt: skip
    return 0


def _receipt(args: argparse.Namespace) -> int:
    data = read_input(args.receipt_file, "receipt", MAX_RECEIPT_SIZE)
    with signed_in_desk(args) as desk:
        try:
            outcome, purged = desk.sync.apply_receipt(data)
        except (FormatError, TooLargeError, IntegrityError) as exc:
            # What is wrong with the file itself: named, as a county import names its bundle.
            exc.message = f"{args.receipt_file.name}: {exc.message}"
            raise
    head = (
        f"Receipt for bundle {outcome.sequence} was already applied."
        if outcome.already_applied
        else f"Receipt for bundle {outcome.sequence} applied."
    )
    counts = ", ".join(f"{n} {fate}" for fate, n in sorted(outcome.counts.items()))
    lines = [head, f"Records: {counts or 'none'}."]
    lines += [
        f"  {f.fate}: {f.kind} {f.record_id} v{f.version}: {f.reason}" for f in outcome.problems
    ]
    if purged.youth:
        lines.append(f"Purged {purged.youth} youth past the retention period.")
    emit(
        args,
        {"sequence": outcome.sequence, "bundle_hash": outcome.bundle_hash,
         "already_applied": outcome.already_applied, "counts": outcome.counts,
         "records": [_fate(f) for f in outcome.fates],
         "purged": asdict(purged)},
        "\n".join(lines),
    )  # fmt: skip
    return 0


def _fate(fate: RecordFate) -> dict[str, Any]:
    """One record's fate as this laptop knows it (by its own record id, not the receipt's hash)."""
    return {"record_id": fate.record_id, "kind": fate.kind, "version": fate.version,
            "fate": str(fate.fate), "reason": fate.reason}  # fmt: skip


def _purge(args: argparse.Namespace) -> int:
    with signed_in_desk(args) as desk:
        service = desk.sync
        report, days = service.purge_due(), service.retention_days()
    emit(
        args,
        {**asdict(report), "retention_days": days},
        f"Purged {report.youth} youth ({report.records} records) delivered more than {days} "
        "days ago.",
    )
    return 0


def _status(args: argparse.Namespace) -> int:
    from csec_desktop.core.sync_service.identity import installed_trust, service_change_note

    with signed_in_desk(args) as desk:
        status = desk.sync.status()
        trust = installed_trust(desk.db)
        moved = service_change_note(desk.db)
    url = trust.service.url if trust is not None and trust.service else None
    service = f"Sync service: {url or 'none (bundles go as files)'}"
    if moved is not None:
        service += (
            f" (changed from {moved['from'] or 'none'} by trust file version {moved['version']}"
            f" installed {moved['at']})"
        )
    pending = ", ".join(f"{n} {kind}" for kind, n in status.pending.items() if n) or "nothing"
    emit(
        args,
        {**asdict(status), "service_url": url, "service_change": moved},
        f"County: {status.county_name or 'no trust file installed'}"
        f" (root {status.county_fingerprint or '-'})\n{service}\n"
        f"This laptop: {status.device_fingerprint or 'no device key yet'}"
        f"{'' if status.enrolled else ' (not enrolled)'}\n"
        f"Waiting to be sent: {pending}\n"
        f"Bundles awaiting a receipt: {status.awaiting_receipt}; last receipt: "
        f"{status.last_receipt_at or 'none'}\n"
        f"Conflicts: {status.conflicts}; rejected: {status.rejected}",
    )
    return 0
