"""Applying a county receipt: only a verified receipt for a bundle this laptop wrote counts.

Accepted and duplicate records become *delivered*: ``base_version`` moves up to the version the
county holds, and ``dirty`` is cleared only when the record has not changed since that export.
Conflicts and rejections are kept with the county's reason, for the sync panel to show; those
records stay on the laptop, undelivered.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from csec_desktop.core.clock import to_iso
from csec_desktop.core.sync.errors import ReceiptMismatchError
from csec_desktop.core.sync.receipt import RecordFate, receipt_bundle_hash, verify_receipt
from csec_desktop.core.sync.trust import Trust
from csec_desktop.core.sync_service.bundle_state import BundleState
from csec_desktop.core.sync_service.records_codec import KIND_TABLES
from csec_desktop.core.vault.audit import AuditLog
from csec_desktop.core.vault.database import Database

DELIVERED = ("accepted", "duplicate")


@dataclass(frozen=True)
class ReceiptOutcome:
    sequence: int
    bundle_hash: str
    fates: tuple[RecordFate, ...]
    counts: dict[str, int]  # by fate
    already_applied: bool

    @property
    def problems(self) -> list[RecordFate]:
        return [f for f in self.fates if f.fate not in DELIVERED]


def apply_receipt(
    db: Database,
    audit: AuditLog,
    actor: str,
    trust: Trust,
    device_id: str,
    data: bytes,
    now: datetime,
) -> ReceiptOutcome:
    claimed = receipt_bundle_hash(data)  # unverified: only to find the bundle to verify against
    row = db.execute(
        "SELECT sequence, receipt_applied_at FROM sync_bundles "
        "WHERE bundle_hash = ? AND status = ?",
        (claimed, str(BundleState.WRITTEN)),
    ).fetchone()
    if row is None:
        raise ReceiptMismatchError(
            f"receipt answers bundle {claimed[:16]}…, which this laptop did not send"
        )
    sequence = int(row[0])
    receipt = verify_receipt(data, trust, claimed, device_id)
    if receipt.sequence != sequence:
        raise ReceiptMismatchError(
            f"receipt says bundle {receipt.sequence}, this laptop sent it as bundle {sequence}"
        )
    sent = {
        (r[0], r[1]): int(r[2])
        for r in db.execute(
            "SELECT record_table, record_id, version FROM sync_sent WHERE sequence = ?",
            (sequence,),
        ).fetchall()
    }
    fates = receipt.resolve(record_id for _table, record_id in sent)
    answered = set()
    for fate in fates:
        table = KIND_TABLES.get(fate.kind)
        if table is None or sent.get((table, fate.record_id)) != fate.version:
            raise ReceiptMismatchError(
                f"receipt lists {fate.kind} {fate.record_id} version {fate.version}, "
                f"which bundle {sequence} did not carry"
            )
        answered.add((table, fate.record_id))
    if len(answered) != len(sent) or len(fates) != len(sent):
        raise ReceiptMismatchError(
            f"receipt answers {len(answered)} of the {len(sent)} records bundle {sequence} carried"
        )
    counts: dict[str, int] = dict(Counter(str(f.fate) for f in fates))
    if row[1] is not None:
        return ReceiptOutcome(sequence, claimed, fates, counts, True)
    stamp = to_iso(now)
    with db.transaction() as conn:
        for table in KIND_TABLES.values():
            rows = [f for f in fates if KIND_TABLES[f.kind] == table]
            delivered = [(f.version, f.version, f.record_id) for f in rows if f.fate in DELIVERED]
            conn.executemany(
                f"UPDATE {table} SET base_version = max(coalesce(base_version, 0), ?), "  # noqa: S608
                "dirty = CASE WHEN version = ? THEN 0 ELSE dirty END WHERE id = ?",
                delivered,
            )
            if table == "youth":
                conn.executemany(
                    "UPDATE youth SET delivered_at = ? WHERE id = ?",
                    [(stamp, f.record_id) for f in rows if f.fate in DELIVERED],
                )
            conn.executemany(
                "INSERT INTO sync_delivery VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (record_table, record_id) DO UPDATE SET "
                "version = excluded.version, fate = excluded.fate, reason = excluded.reason, "
                "delivered_version = coalesce(excluded.delivered_version, delivered_version), "
                "delivered_at = coalesce(excluded.delivered_at, delivered_at), "
                "answered_at = excluded.answered_at WHERE excluded.version >= version",
                [
                    (
                        table, f.record_id, f.version, f.fate, f.reason,
                        f.version if f.fate in DELIVERED else None,
                        stamp if f.fate in DELIVERED else None,
                        stamp,
                    )
                    for f in rows
                ],
            )  # fmt: skip
        conn.execute(
            "INSERT INTO sync_receipts VALUES (?, ?, ?, ?)",
            (claimed, data, to_iso(receipt.received_at), stamp),
        )
        conn.execute(
            "UPDATE sync_bundles SET receipt_applied_at = ? WHERE sequence = ?", (stamp, sequence)
        )
        audit.append("receipt_applied", actor, receipt.bundle_id, {"sequence": sequence, **counts})
    return ReceiptOutcome(sequence, claimed, fates, counts, False)
