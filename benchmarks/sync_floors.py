"""Same-work floors for export and import: the bare steps a bundle must take, nothing else.

- export: read every pending row of the synced tables (and the encounters' answers) from the
  SQLCipher vault, one canonical JSON text, zlib level 6, AES-256-GCM, an fsync'd write, and
  what was sent recorded (one row per record) in one ``synchronous = FULL`` commit (in a
  temporary table, the first floor; in a keyed table of the vault, the second);
- import: AES-256-GCM open, inflate, parse, then store every row the county keeps (current
  record, version history, the device's audit events) in one transaction on SQLCipher, into
  tables with the county store's indexes.

Signing, the manifest, receipts and the product's checks are what the ratio then measures.
"""

from __future__ import annotations

import json
import os
import secrets
import time
import zlib
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from csec_desktop.core.records.base import SYNCED_TABLES
from csec_desktop.core.vault.database import Database, open_database


def _canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def export_floor(
    db: Database, out: Path, *, sent_in_vault: bool = False
) -> tuple[float, bytes, bytes]:
    """(seconds, the sealed bytes, their key) for the bare export of every pending row.

    ``sent_in_vault``: record what was sent as the product must, in a table of the vault
    file (encrypted pages, WAL, the FULL commit's fsync) keyed like ``sync_sent``; without it
    (the first floor, kept for continuity) the rows go to a temporary table, which the vault's
    ``temp_store = MEMORY`` keeps in memory, so that commit writes and syncs nothing."""
    key, nonce = secrets.token_bytes(32), secrets.token_bytes(12)
    start = time.perf_counter()
    records: list[dict[str, Any]] = []
    for table in SYNCED_TABLES:
        cursor = db.execute(f"SELECT * FROM {table} WHERE dirty = 1")  # noqa: S608
        names = [column[0] for column in cursor.description]
        records += [dict(zip(names, row, strict=True), kind=table) for row in cursor.fetchall()]
    answers: dict[str, dict[str, str]] = {}
    for encounter_id, item_id, value in db.execute(
        "SELECT encounter_id, item_id, value FROM answers"
    ).fetchall():
        answers.setdefault(encounter_id, {})[item_id] = value
    for record in records:
        if record["kind"] == "encounters":
            record["answers"] = answers.get(record["id"], {})
    audit = [
        dict(zip(("seq", "at", "actor", "event", "subject", "detail", "prev", "hash"), row,
                 strict=True))
        for row in db.execute("SELECT * FROM audit").fetchall()
    ]  # fmt: skip
    text = _canonical({"records": records, "audit": audit})
    sealed = AESGCM(key).encrypt(nonce, zlib.compress(text, 6), None)
    path = out / "floor.bin"
    with path.open("wb") as handle:
        handle.write(nonce + sealed)
        handle.flush()
        os.fsync(handle.fileno())
    with db.transaction() as conn:
        if sent_in_vault:
            conn.execute(
                "CREATE TABLE floor_sent (sequence INTEGER, kind TEXT, id TEXT, version INTEGER, "
                "base INTEGER, PRIMARY KEY (sequence, kind, id))"
            )
            conn.executemany(
                "INSERT INTO floor_sent VALUES (1, ?, ?, ?, ?)",
                [(r["kind"], r["id"], r["version"], r["base_version"]) for r in records],
            )
        else:
            conn.execute("CREATE TEMP TABLE IF NOT EXISTS floor_sent (id TEXT, version INTEGER)")
            conn.executemany(
                "INSERT INTO floor_sent VALUES (?, ?)", [(r["id"], r["version"]) for r in records]
            )
    elapsed = time.perf_counter() - start
    with db.transaction() as conn:
        conn.execute("DROP TABLE floor_sent")
    return elapsed, nonce + sealed, key


_COUNTY_TABLES = """
CREATE TABLE records (record_id TEXT PRIMARY KEY, kind TEXT, youth_id TEXT, version INTEGER,
    content_hash TEXT, data TEXT, device_id TEXT, bundle_hash TEXT, updated_at TEXT);
CREATE INDEX records_kind ON records(kind, youth_id);
CREATE INDEX records_born ON records(kind, json_extract(data, '$.profile.birth_date'))
    WHERE kind = 'youth';
CREATE TABLE versions (record_id TEXT, version INTEGER, content_hash TEXT, bundle_hash TEXT,
    device_id TEXT, data TEXT, PRIMARY KEY (record_id, version));
CREATE TABLE device_audit (device_id TEXT, seq INTEGER, data TEXT, PRIMARY KEY (device_id, seq));
"""


def import_floor(folder: Path, sealed: bytes, key: bytes) -> float:
    """Seconds to open, parse and store the sealed records and device audit events in a fresh
    SQLCipher store with the county's indexes, in one transaction."""
    db = Database(open_database(folder / "floor-county.db", os.urandom(32), create=True),
                  folder / "floor-county.db")  # fmt: skip
    db.conn.executescript(_COUNTY_TABLES)
    start = time.perf_counter()
    plain = zlib.decompress(AESGCM(key).decrypt(sealed[:12], sealed[12:], None))
    parsed = json.loads(plain)
    records = parsed["records"]
    rows, versions = [], []
    for record in records:
        text = _canonical(record).decode()
        digest = "h" * 64
        rows.append((record["id"], record["kind"], record.get("youth_id"), record["version"],
                     digest, text, "device", "bundle", "now"))  # fmt: skip
        versions.append((record["id"], record["version"], digest, "bundle", "device", text))
    with db.transaction() as conn:
        conn.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        conn.executemany("INSERT INTO versions VALUES (?, ?, ?, ?, ?, ?)", versions)
        conn.executemany(
            "INSERT INTO device_audit VALUES ('device', ?, ?)",
            [(event["seq"], _canonical(event).decode()) for event in parsed["audit"]],
        )
    elapsed = time.perf_counter() - start
    db.close()
    return elapsed
