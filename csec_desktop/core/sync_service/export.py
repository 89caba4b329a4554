"""Exporting one bundle of every pending record, crash-safe.

The steps, each committed before the next starts:

1. **reserve**: the next sequence number is committed to the vault, so a number is never used
   twice, however the export ends;
2. **build**: the bundle is built in memory (signed, encrypted to the county);
3. **record**: its hash and the record versions it carries are committed (status ``built``);
4. **publish**: the delivery keeps the file (a folder, or the outbox the HTTPS upload sends
   from; see ``delivery``), written atomically (temporary name, fsync, read back, rename);
5. **done**: the bundle is marked ``written`` and the export audited.

An export interrupted before step 5 is settled at the start of the next one: a ``built``
bundle that its delivery holds (asked with ``BundleDelivery.holds``) was written after all;
anything else is ``abandoned`` (its temporary file removed) and its number is skipped. The next
bundle then links to the last bundle actually written, with a higher sequence number; the county
accepts that skip (the chain of hashes is unbroken) and flags it. Every record the abandoned
bundle would have carried is still pending and goes in the next one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from csec_desktop.core.bulk import collector_paused
from csec_desktop.core.clock import to_iso
from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import translate
from csec_desktop.core.sync.bundle import BundleHeader, build_bundle
from csec_desktop.core.sync.keys import DeviceIdentity
from csec_desktop.core.sync.manifest import AUDIT_GENESIS, GENESIS
from csec_desktop.core.sync.trust import Trust
from csec_desktop.core.sync_service import records_codec
from csec_desktop.core.sync_service.bundle_state import UNFINISHED, BundleState
from csec_desktop.core.sync_service.delivery import BundleDelivery
from csec_desktop.core.vault.audit import AuditEvent, AuditLog
from csec_desktop.core.vault.database import Database
from csec_desktop.core.vault.schema import LATEST

Step = Callable[[str], None]
Resolver = Callable[[str], BundleDelivery]  # locator → the delivery that wrote it


@dataclass(frozen=True)
class ExportResult:
    path: Path
    locator: str  # where the delivery keeps it (sync_bundles.file_path)
    delivery: str  # 'folder' or 'https'
    sequence: int
    bundle_hash: str
    counts: dict[str, int]  # records by kind, audit events and definitions included
    records: int  # synced records (youth, encounters, duties, case items)
    skipped: tuple[int, ...]  # sequence numbers abandoned by interrupted exports before this one


def bundle_name(device_id: str, sequence: int) -> str:
    return f"csec-{device_id[:8]}-{sequence:06d}.csb"


def settle_unfinished(db: Database, resolve: Resolver) -> list[int]:
    """Decide what happened to exports that never reached ``written``, asking each bundle's
    delivery whether it holds the finished bundle; returns the numbers abandoned now."""
    abandoned = []
    marks = ",".join("?" * len(UNFINISHED))
    rows = db.execute(
        "SELECT sequence, status, bundle_hash, file_path FROM sync_bundles "  # noqa: S608
        f"WHERE status IN ({marks}) ORDER BY sequence",
        tuple(str(s) for s in UNFINISHED),
    ).fetchall()
    for sequence, status, bundle_hash, locator in rows:
        delivery = resolve(locator) if locator else None
        if status == BundleState.BUILT and delivery and delivery.holds(locator, bundle_hash):
            db.execute(
                "UPDATE sync_bundles SET status = ? WHERE sequence = ?",
                (str(BundleState.WRITTEN), sequence),
            )
            continue
        db.execute(
            "UPDATE sync_bundles SET status = ? WHERE sequence = ?",
            (str(BundleState.ABANDONED), sequence),
        )
        abandoned.append(int(sequence))
        if delivery is not None:
            delivery.discard_partial(locator)
    return abandoned


def export_bundle(
    *,
    db: Database,
    audit: AuditLog,
    actor: str,
    identity: DeviceIdentity,
    trust: Trust,
    delivery: BundleDelivery,
    resolve: Resolver,
    now: datetime,
    on_step: Step | None = None,
) -> ExportResult:
    """Export one bundle of every pending record through ``delivery`` (the steps above).

    Keyword-only, so the identity, trust and delivery cannot be passed in the wrong order.
    ``actor``: the user name audited; ``resolve``: the delivery of a recorded locator (to settle
    an interrupted export); ``now``: the bundle's time; ``on_step(name)`` after each step.
    Raises ``CsecError`` when the laptop is not enrolled or nothing is pending."""
    step = on_step or (lambda _name: None)
    delivery.check_ready()
    entry = trust.device(identity.device_id)
    if entry is None or entry.revoked is not None:
        county = trust.county_id
        problem = (
            translate(
                "SyncErrors",
                "This laptop is not enrolled in county {county}; nothing was exported.",
            )
            if entry is None
            else translate(
                "SyncErrors", "This laptop was revoked by county {county}; nothing was exported."
            )
        )
        raise CsecError(problem.format(county=county))
    with db.transaction():
        settle_unfinished(db, resolve)
    records, pending = records_codec.collect(db)
    if not pending:
        raise CsecError(
            translate("SyncErrors", "Nothing to send: the county has acknowledged every record.")
        )
    with db.transaction():  # 1. reserve: committed before anything is written
        row = db.execute(
            "SELECT coalesce(max(sequence), 0), "
            "(SELECT bundle_hash FROM sync_bundles WHERE status = ? "
            " ORDER BY sequence DESC LIMIT 1), "
            "(SELECT coalesce(max(audit_through), 0) FROM sync_bundles WHERE status = ?) "
            "FROM sync_bundles",
            (str(BundleState.WRITTEN), str(BundleState.WRITTEN)),
        ).fetchone()
        sequence, previous, audit_from = int(row[0]) + 1, row[1] or GENESIS, int(row[2])
        db.execute(
            "INSERT INTO sync_bundles (sequence, status, reserved_at) VALUES (?, ?, ?)",
            (sequence, str(BundleState.RESERVED), to_iso(now)),
        )
    skipped = tuple(
        int(r[0])
        for r in db.execute(
            "SELECT sequence FROM sync_bundles WHERE status = ? AND sequence > "
            "(SELECT coalesce(max(sequence), 0) FROM sync_bundles WHERE status = ?)",
            (str(BundleState.ABANDONED), str(BundleState.WRITTEN)),
        ).fetchall()
    )
    step("reserved")
    events = records_codec.audit_events(db, audit_from)
    audit_through = events[-1]["seq"] if events else audit_from
    head = db.execute("SELECT seq, hash FROM audit WHERE seq = ?", (audit_through,)).fetchone()
    generation = db.execute("SELECT value FROM meta WHERE key = 'key_generation'").fetchone()
    with collector_paused():  # canonical JSON of every record: no cycles to look for
        data, info = build_bundle(
            BundleHeader(
                sequence,
                previous,
                schema_version=LATEST,
                audit_seq=int(head[0]) if head else 0,
                audit_hash=str(head[1]) if head else AUDIT_GENESIS,
                key_generation=int(generation[0]) if generation else 0,
            ),
            records + events,
            identity,
            trust.encryption_public_key,
            now=now,
        )
    step("built")
    locator = delivery.locate(bundle_name(identity.device_id, sequence))
    with db.transaction():  # 3. record what the bundle carries, before it exists
        db.execute(
            "UPDATE sync_bundles SET status = ?, bundle_id = ?, bundle_hash = ?, "
            "previous_bundle_hash = ?, file_path = ?, record_count = ?, audit_through = ? "
            "WHERE sequence = ?",
            (str(BundleState.BUILT), info.manifest.bundle_id, info.bundle_hash, previous,
             locator, len(pending), audit_through, sequence),
        )  # fmt: skip
        db.conn.executemany(
            "INSERT INTO sync_sent VALUES (?, ?, ?, ?, ?)",
            [(sequence, p.table, p.record_id, p.version, p.base_version) for p in pending],
        )
    step("recorded")
    delivery.publish(locator, data)
    step("published")
    counts = dict(info.manifest.record_counts)
    with db.transaction():  # 5. done
        db.execute(
            "UPDATE sync_bundles SET status = ?, written_at = ? WHERE sequence = ?",
            (str(BundleState.WRITTEN), to_iso(now), sequence),
        )
        by_kind = Counter(records_codec.TABLE_KINDS[p.table] for p in pending)
        audit.append(
            AuditEvent.RECORD_EXPORTED,
            actor,
            info.manifest.bundle_id,
            {"sequence": sequence, "records": dict(by_kind), "skipped": list(skipped),
             "delivery": delivery.kind},
        )  # fmt: skip
    return ExportResult(
        delivery.path(locator), locator, delivery.kind, sequence, info.bundle_hash, counts,
        len(pending), skipped,
    )  # fmt: skip
