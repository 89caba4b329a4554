"""Purging identifying data the county has held long enough (retention policy, default 30 days).

A youth is purged only when the youth's profile and every encounter, duty, case item and
episode about them are delivered at their current version (a verified receipt covers exactly
that version), the last of those deliveries is older than the retention period, and no work is
open on the laptop (no draft screening, no open duty). Purging deletes the youth's records and
answers, empties the profile's identifying fields and keeps tombstones (table, id, version,
when), so counts and the audit trail still make sense. Each purge is audited; nothing else is.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from csec_desktop.core.clock import from_iso, to_iso
from csec_desktop.core.vault.audit import AuditEvent, AuditLog
from csec_desktop.core.vault.database import Database

TOMBSTONE_PROFILE = '{"purged": true}'
_CHILDREN = ("encounters", "duties", "case_items", "episodes")


@dataclass(frozen=True)
class PurgeReport:
    youth: int
    records: int  # encounters, duties and case items removed with them


def _eligible(db: Database, cutoff: datetime) -> dict[str, list[tuple[str, str, int]]]:
    """Youth ids whose every record is delivered at its current version before ``cutoff``."""
    delivered = {
        (r[0], r[1]): (int(r[2]), r[3])
        for r in db.execute(
            "SELECT record_table, record_id, delivered_version, delivered_at FROM sync_delivery "
            "WHERE delivered_at IS NOT NULL"
        ).fetchall()
    }
    records: dict[str, list[tuple[str, str, int]]] = defaultdict(list)
    blocked: set[str] = set()

    def check(table: str, record_id: str, youth_id: str, version: int, base: int | None) -> None:
        records[youth_id].append((table, record_id, version))
        got = delivered.get((table, record_id))
        if base != version or got is None or got[0] != version or from_iso(got[1]) > cutoff:
            blocked.add(youth_id)

    for row in db.execute(
        "SELECT id, version, base_version FROM youth WHERE purged_at IS NULL"
    ).fetchall():
        check("youth", row[0], row[0], int(row[1]), row[2])
    for table in _CHILDREN:
        for row in db.execute(
            f"SELECT id, youth_id, version, base_version FROM {table}"  # noqa: S608
        ).fetchall():
            check(table, row[0], row[1], int(row[2]), row[3])
    for row in db.execute(
        "SELECT youth_id FROM encounters WHERE status = 'draft' AND discarded IS NULL "
        "UNION SELECT youth_id FROM duties WHERE status = 'open'"
    ).fetchall():
        blocked.add(row[0])
    live = {r[0] for r in db.execute("SELECT id FROM youth WHERE purged_at IS NULL").fetchall()}
    return {y: recs for y, recs in records.items() if y in live and y not in blocked}


def purge_delivered(
    db: Database, audit: AuditLog, actor: str | None, retention_days: int, now: datetime
) -> PurgeReport:
    cutoff = now - timedelta(days=retention_days)
    stamp = to_iso(now)
    youth = removed = 0
    with db.transaction() as conn:
        for youth_id, records in _eligible(db, cutoff).items():
            conn.executemany(
                "INSERT OR REPLACE INTO sync_tombstones VALUES (?, ?, ?, ?, ?)",
                [(table, rid, youth_id, version, stamp) for table, rid, version in records],
            )
            conn.execute(
                "DELETE FROM answers WHERE encounter_id IN "
                "(SELECT id FROM encounters WHERE youth_id = ?)",
                (youth_id,),
            )
            for table in ("duties", "case_items", "episodes", "encounters"):
                conn.execute(f"DELETE FROM {table} WHERE youth_id = ?", (youth_id,))  # noqa: S608
            conn.execute(
                "UPDATE youth SET data = ?, birth_date = NULL, purged_at = ? WHERE id = ?",
                (TOMBSTONE_PROFILE, stamp, youth_id),
            )
            children = len(records) - 1
            audit.append(
                AuditEvent.RECORD_PURGED,
                actor,
                youth_id,
                {"kind": "youth", "records": children, "retention_days": retention_days},
            )
            youth += 1
            removed += children
    if youth:
        # The WAL still holds the purged rows' pages until a checkpoint; TRUNCATE copies them
        # into the (secure_delete) database and empties the WAL file.
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    return PurgeReport(youth, removed)
