"""Exporting one bundle of every pending record, crash-safe.

The steps, each committed before the next starts:

1. **reserve**: the next sequence number is committed to the vault, so a number is never used
   twice, however the export ends;
2. **build**: the bundle is built in memory (signed, encrypted to the county);
3. **record**: its hash and the record versions it carries are committed (status ``built``);
4. **publish**: the file is written atomically (temporary name, fsync, read back, rename);
5. **done**: the bundle is marked ``written`` and the export audited.

An export interrupted before step 5 is settled at the start of the next one: a ``built``
bundle whose file is present under its final name and hashes right was written after all;
anything else is ``abandoned`` (its temporary file removed) and its number is skipped. The next
bundle then links to the last bundle actually written, with a higher sequence number; the county
accepts that skip (the chain of hashes is unbroken) and flags it. Every record the abandoned
bundle would have carried is still pending and goes in the next one.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from csec_desktop.core.atomicfile import atomic_write, remove_stale_temp_files
from csec_desktop.core.clock import to_iso
from csec_desktop.core.errors import CsecError, UsageError
from csec_desktop.core.sync.bundle import BundleHeader, build_bundle
from csec_desktop.core.sync.container import Limits, read_source
from csec_desktop.core.sync.errors import FormatError
from csec_desktop.core.sync.keys import DeviceIdentity
from csec_desktop.core.sync.manifest import AUDIT_GENESIS, GENESIS
from csec_desktop.core.sync.trust import Trust
from csec_desktop.core.sync_service import records_codec
from csec_desktop.core.vault.audit import AuditEvent, AuditLog
from csec_desktop.core.vault.database import Database
from csec_desktop.core.vault.schema import LATEST

Step = Callable[[str], None]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sequence: int
    bundle_hash: str
    counts: dict[str, int]  # records by kind, audit events and definitions included
    records: int  # synced records (youth, encounters, duties, case items)
    skipped: tuple[int, ...]  # sequence numbers abandoned by interrupted exports before this one


def bundle_name(device_id: str, sequence: int) -> str:
    return f"csec-{device_id[:8]}-{sequence:06d}.csb"


def _envelope_hash(path: Path) -> str | None:
    try:
        frame = read_source(path, Limits(), keep_payload=False)
    except (OSError, FormatError):
        return None
    return hashlib.sha256(frame.envelope).hexdigest()


def settle_unfinished(db: Database, out_dir: Path | None = None) -> list[int]:
    """Decide what happened to exports that never reached ``written``; returns the numbers
    abandoned now."""
    abandoned = []
    rows = db.execute(
        "SELECT sequence, status, bundle_hash, file_path FROM sync_bundles "
        "WHERE status IN ('reserved', 'built') ORDER BY sequence"
    ).fetchall()
    for sequence, status, bundle_hash, file_path in rows:
        path = Path(file_path) if file_path else None
        if status == "built" and path is not None and _envelope_hash(path) == bundle_hash:
            db.execute("UPDATE sync_bundles SET status = 'written' WHERE sequence = ?", (sequence,))
            continue
        db.execute("UPDATE sync_bundles SET status = 'abandoned' WHERE sequence = ?", (sequence,))
        abandoned.append(int(sequence))
        if path is not None:
            remove_stale_temp_files(path)
    return abandoned


def export_bundle(
    db: Database,
    audit: AuditLog,
    actor: str,
    identity: DeviceIdentity,
    trust: Trust,
    out_dir: Path,
    now: datetime,
    on_step: Step | None = None,
) -> ExportResult:
    step = on_step or (lambda _name: None)
    if not out_dir.is_dir():
        raise UsageError(f"the export folder {out_dir} does not exist")
    entry = trust.device(identity.device_id)
    if entry is None or entry.revoked is not None:
        state = "is not enrolled in" if entry is None else "was revoked by"
        raise CsecError(f"This laptop {state} county {trust.county_id}; nothing was exported.")
    with db.transaction():
        settle_unfinished(db)
    records, pending = records_codec.collect(db)
    if not pending:
        raise CsecError("Nothing to send: the county has acknowledged every record.")
    with db.transaction():  # 1. reserve: committed before anything is written
        row = db.execute(
            "SELECT coalesce(max(sequence), 0), "
            "(SELECT bundle_hash FROM sync_bundles WHERE status = 'written' "
            " ORDER BY sequence DESC LIMIT 1), "
            "(SELECT coalesce(max(audit_through), 0) FROM sync_bundles WHERE status = 'written') "
            "FROM sync_bundles"
        ).fetchone()
        sequence, previous, audit_from = int(row[0]) + 1, row[1] or GENESIS, int(row[2])
        db.execute(
            "INSERT INTO sync_bundles (sequence, status, reserved_at) VALUES (?, 'reserved', ?)",
            (sequence, to_iso(now)),
        )
    skipped = tuple(
        int(r[0])
        for r in db.execute(
            "SELECT sequence FROM sync_bundles WHERE status = 'abandoned' AND sequence > "
            "(SELECT coalesce(max(sequence), 0) FROM sync_bundles WHERE status = 'written')"
        ).fetchall()
    )
    step("reserved")
    events = records_codec.audit_events(db, audit_from)
    audit_through = events[-1]["seq"] if events else audit_from
    head = db.execute("SELECT seq, hash FROM audit WHERE seq = ?", (audit_through,)).fetchone()
    generation = db.execute("SELECT value FROM meta WHERE key = 'key_generation'").fetchone()
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
    path = out_dir / bundle_name(identity.device_id, sequence)
    with db.transaction():  # 3. record what the bundle carries, before it exists
        db.execute(
            "UPDATE sync_bundles SET status = 'built', bundle_id = ?, bundle_hash = ?, "
            "previous_bundle_hash = ?, file_path = ?, record_count = ?, audit_through = ? "
            "WHERE sequence = ?",
            (info.manifest.bundle_id, info.bundle_hash, previous, str(path.resolve()),
             len(pending), audit_through, sequence),
        )  # fmt: skip
        db.conn.executemany(
            "INSERT INTO sync_sent VALUES (?, ?, ?, ?, ?)",
            [(sequence, p.table, p.record_id, p.version, p.base_version) for p in pending],
        )
    step("recorded")
    atomic_write(path, data, overwrite=False, verify=True)
    step("published")
    counts = dict(info.manifest.record_counts)
    with db.transaction():  # 5. done
        db.execute(
            "UPDATE sync_bundles SET status = 'written', written_at = ? WHERE sequence = ?",
            (to_iso(now), sequence),
        )
        by_kind = Counter(records_codec.TABLE_KINDS[p.table] for p in pending)
        audit.append(
            AuditEvent.RECORD_EXPORTED,
            actor,
            info.manifest.bundle_id,
            {"sequence": sequence, "records": dict(by_kind), "skipped": list(skipped)},
        )
    return ExportResult(path, sequence, info.bundle_hash, counts, len(pending), skipped)
