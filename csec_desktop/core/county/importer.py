"""Importing the records of one verified bundle, inside the caller's single transaction.

Each synced record gets a fate, decided against the county's copy (``county_records``) and the
history of versions it accepted (``county_record_versions``):

- **duplicate**: this id and version is already at the county with the same content (a
  re-sent record, or the same bundle again);
- **accepted**: the record is new (no base version, no county copy) or its base version is the
  county's current version and it comes from the device that first delivered this id (its
  owner): it builds on what the county holds. Every accepted version's content is kept in
  ``county_record_versions``, so a superseded version is never lost;
- **conflict**: anything else (an edit on an older version, a different record under a version
  number the county already holds, another device's version of a record it did not first
  deliver). It is kept in ``county_conflicts`` for a person to
  resolve; the county's copy is never overwritten;
- **rejected**: the content is unusable (see ``records_check``), with the reason.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from csec_desktop.core.county.records_check import SYNCED_KINDS, content_problem, normalized
from csec_desktop.core.nfc import nfc_all
from csec_desktop.core.sync.canonical import canonical_json
from csec_desktop.core.sync.errors import FormatError
from csec_desktop.core.sync.receipt import Fate, RecordFate
from csec_desktop.core.vault.bound_list import IN_LIST, bound_list
from csec_desktop.core.vault.database import Database


@dataclass
class ImportTally:
    fates: list[RecordFate]
    accepted_youth: list[str]

    @property
    def counts(self) -> dict[str, int]:
        return dict(Counter(f.fate for f in self.fates))


# Canonical JSON (``canonical.canonical_json``'s settings), one encoder for every member.
_ENCODE = json.JSONEncoder(
    sort_keys=True, separators=(",", ":"), ensure_ascii=False, allow_nan=False
).encode
_BASE = "base_version"


def record_texts(record: dict[str, Any]) -> tuple[str, str]:
    """(content hash, canonical JSON text) of a record, each member encoded once.

    The content hash is what a version *is*, independent of what it claims to build on: it is
    taken over the record without ``base_version``, the text keeps it. Canonical
    JSON of an object is its members in key order, so both are joined from the same encoded
    parts: the members before ``base_version`` one by one (an encounter's ``answers``, or
    none), the rest as one object. Equal to ``canonical_json`` of each (a property test)."""
    try:
        head = [f"{_ENCODE(key)}:{_ENCODE(record[key])}" for key in sorted(record)
                if key < _BASE]  # fmt: skip
        rest = _ENCODE({key: value for key, value in record.items() if key > _BASE})[1:-1]
        tail = [rest] if rest else []
        base = [f'"{_BASE}":{_ENCODE(record[_BASE])}'] if _BASE in record else []
        body = "{" + ",".join(head + tail) + "}"
        digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
        return digest, "{" + ",".join(head + base + tail) + "}"
    except (TypeError, ValueError, UnicodeEncodeError, RecursionError) as exc:
        raise FormatError(f"record cannot be written as JSON ({type(exc).__name__})") from None


# What the county holds for a bundle's ids. Each id list is one bound JSON array
# (``bound_list`` says why: the lookaside), and every look-up goes by the record id's primary
# key, so its cost follows the bundle, not the county. (With ``kind = 'youth'`` in its WHERE,
# SQLite walked every county youth through the kind index instead: twice the import's time in
# a county of 50,000 youth.)
CURRENT_SQL = (
    "SELECT record_id, version, kind, coalesce(origin_device, device_id) "  # noqa: S608
    f"FROM county_records WHERE record_id {IN_LIST}"
)
SEEN_SQL = (
    "SELECT record_id, version, content_hash FROM county_record_versions "  # noqa: S608
    f"WHERE record_id {IN_LIST}"
)
HELD_KINDS_SQL = f"SELECT record_id, kind FROM county_records WHERE record_id {IN_LIST}"  # noqa: S608


@dataclass
class _CountyState:
    """What the county holds for the ids of one bundle, read with a few queries up front
    (one query per record made intake several times slower on large bundles)."""

    current: dict[str, tuple[int, str, str]]  # record id → (version, kind, owner device)
    seen: dict[tuple[str, int], str]  # (record id, version) → content hash
    youth: set[str]  # youth ids held at the county
    definitions: set[str]

    @classmethod
    def load(cls, db: Database, records: list[dict[str, Any]]) -> _CountyState:
        ids = bound_list(r["id"] for r in records if r["kind"] in SYNCED_KINDS)
        youth_ids = bound_list(sorted({str(r.get("youth_id")) for r in records
                                       if r.get("youth_id")}))  # fmt: skip
        state = cls({}, {}, set(), set())
        for rid, version, kind, owner in db.conn.execute(CURRENT_SQL, (ids,)):
            state.current[rid] = (int(version), kind, owner)
        for rid, version, digest in db.conn.execute(SEEN_SQL, (ids,)):
            state.seen[(rid, int(version))] = digest
        state.youth.update(
            rid for rid, kind in db.conn.execute(HELD_KINDS_SQL, (youth_ids,)) if kind == "youth"
        )
        state.definitions = {
            row[0] for row in db.conn.execute("SELECT hash FROM county_definitions")
        }
        return state


def import_records(
    db: Database,
    records: list[dict[str, Any]],
    device_id: str,
    bundle_hash: str,
    stamp: str,
    *,
    strings_nfc: bool = False,
) -> ImportTally:
    """Import the records of one opened bundle (see the module's fates); ``strings_nfc``: the
    bundle's text showed every string already in NFC (``OpenedBundle.strings_nfc``)."""
    conn = db.conn
    # Names and free text in one spelling (NFC, core/nfc.py), as the laptop saves them; a
    # record from an older laptop that saved another spelling is stored the same way. A
    # bundle whose whole text is NFC (every current laptop's) holds nothing to change.
    if not strings_nfc:
        records = [nfc_all(r) if r["kind"] in SYNCED_KINDS else r for r in records]
    conn.executemany(
        "INSERT INTO county_definitions VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [(r["hash"], r["instrument_id"], r["instrument_version"], r["definition"])
         for r in records if r["kind"] == "instrument_definition"],
    )  # fmt: skip
    conn.executemany(
        "INSERT INTO county_device_audit VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        [(device_id, r["seq"], str(r.get("at", "")), r.get("actor"), r["event"], r.get("subject"),
          json.dumps(r.get("detail", {}), sort_keys=True), str(r.get("hash", "")))
         for r in records if r["kind"] == "audit_event"],
    )  # fmt: skip
    state = _CountyState.load(db, records)
    tally = ImportTally([], [])
    stored: list[tuple[Any, ...]] = []
    history: list[tuple[Any, ...]] = []
    for kind in SYNCED_KINDS:  # youth first: the others must find their youth at the county
        for record in (r for r in records if r["kind"] == kind):
            digest, text = record_texts(record)
            fate, reason = _decide(db, state, record, digest, device_id, bundle_hash, stamp)
            record_id, version = record["id"], record["version"]
            if fate == "accepted":
                youth_id = record_id if kind == "youth" else record.get("youth_id")
                shown = normalized(record)  # the same object unless a referral's domain moved
                data = text if shown is record else canonical_json(shown, "record").decode()
                stored.append((record_id, kind, youth_id, version, digest, data, device_id,
                               bundle_hash, stamp, device_id))  # fmt: skip
                history.append((record_id, version, digest, bundle_hash, device_id, data))
                if kind == "youth":
                    tally.accepted_youth.append(record_id)
                    state.youth.add(record_id)
            tally.fates.append(RecordFate(record_id, kind, version, fate, reason))
    conn.executemany(
        "INSERT INTO county_records (record_id, kind, youth_id, version, content_hash, data, "
        "device_id, bundle_hash, updated_at, origin_device) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "  # plain placeholders: PostgreSQL runs it too
        "ON CONFLICT (record_id) DO UPDATE SET version = excluded.version, "
        "content_hash = excluded.content_hash, data = excluded.data, "
        "device_id = excluded.device_id, bundle_hash = excluded.bundle_hash, "
        "updated_at = excluded.updated_at",
        stored,
    )
    conn.executemany(
        "INSERT INTO county_record_versions (record_id, version, content_hash, bundle_hash, "
        "device_id, data) VALUES (?, ?, ?, ?, ?, ?)",
        history,
    )
    return tally


def _decide(
    db: Database,
    state: _CountyState,
    record: dict[str, Any],
    digest: str,
    device_id: str,
    bundle_hash: str,
    stamp: str,
) -> tuple[Fate, str]:
    kind, record_id, version = record["kind"], record["id"], record["version"]
    base = record["base_version"]
    seen = state.seen.get((record_id, version))
    current = state.current.get(record_id)
    if seen is not None and seen == digest:
        return "duplicate", ""
    youth_id = record_id if kind == "youth" else record.get("youth_id")
    youth_known = kind == "youth" or youth_id in state.youth
    instrument = record.get("instrument")
    definition_known = isinstance(instrument, dict) and instrument.get("hash") in state.definitions
    problem = content_problem(record, youth_known, definition_known)
    if problem:
        return "rejected", problem
    if current is not None and current[1] != kind:
        return "rejected", f"the county holds this id as a {current[1]} record"
    county_version = current[0] if current is not None else None
    owner = current[2] if current is not None else None
    if seen is None and base == county_version and owner in (None, device_id):
        return "accepted", ""
    if owner not in (None, device_id):
        reason = "another device delivered this record first; a person decides which stands"
    elif seen is not None:
        reason = f"the county already holds a different version {version} of this record"
    elif county_version is None:
        reason = f"builds on version {base}, but the county has no copy of this record"
    else:
        shown = "no version" if base is None else f"version {base}"
        reason = f"builds on {shown}, but the county holds version {county_version}"
    db.conn.execute(
        "INSERT INTO county_conflicts (record_id, kind, device_id, bundle_hash, "
        "incoming_version, incoming_base, county_version, data, reason, at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
        (record_id, kind, device_id, bundle_hash, version, base, county_version,
         canonical_json(record, "record").decode("utf-8"), reason, stamp),
    )  # fmt: skip
    return "conflict", reason
