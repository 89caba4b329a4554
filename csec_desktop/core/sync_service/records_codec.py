"""Reading pending records from the vault and shaping them as bundle records.

A record is *pending* while its version is above the version the county acknowledged
(``base_version``), unless the county already answered this very version with a conflict or a
rejection (sending it again would change nothing; a person resolves it at the county, or the
worker edits it again). The record shapes are documented in docs/bundle-format.md.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from csec_desktop.core.bulk import collector_paused
from csec_desktop.core.sync_service.bundle_state import BundleState
from csec_desktop.core.vault.database import Database

# Bundle record kind → vault table, in import order (a youth before the records about them).
KIND_TABLES: dict[str, str] = {
    "youth": "youth",
    "encounter": "encounters",
    "duty": "duties",
    "case_item": "case_items",
    "episode": "episodes",
}
TABLE_KINDS = {table: kind for kind, table in KIND_TABLES.items()}
_COMMON = "id, version, base_version, created_at, created_by, updated_at, updated_by"
_PLAIN_ID = re.compile(r"[a-z][a-z0-9_]*")  # instrument item ids (instruments/model.py)
_EXTRA = {
    "youth": "data",
    "encounters": "youth_id, decision_point, instrument_hash, info_received_at, status, position, "
    "in_care, missing, computed_band, final_band, override_reason, explanation, completed_at, "
    "completed_by, discarded, interpreter",
    "duties": "youth_id, encounter_id, duty_type, due_at, status, data",
    "case_items": "youth_id, kind, data",
    "episodes": "youth_id, kind, started_at, ended_at, data",
}


@dataclass(frozen=True)
class Pending:
    table: str
    record_id: str
    version: int
    base_version: int | None  # what the bundle says this version builds on


def pending_filter(table: str) -> str:
    purged = " AND t.purged_at IS NULL" if table == "youth" else ""
    return (
        f"FROM {table} t LEFT JOIN sync_delivery d "
        f"ON d.record_table = '{table}' AND d.record_id = t.id "
        "WHERE t.version > coalesce(t.base_version, 0) "
        "AND NOT coalesce(d.fate IN ('conflict', 'rejected') AND d.version = t.version, 0)"
        f"{purged}"
    )


def count_pending(db: Database) -> dict[str, int]:
    counts = {}
    for table, kind in TABLE_KINDS.items():
        row = db.execute(f"SELECT count(*) {pending_filter(table)}").fetchone()
        counts[kind] = int(row[0])
    return counts


def _last_sent(db: Database) -> dict[tuple[str, str], tuple[int, int | None]]:
    """Per record, the version and base in the latest bundle actually written."""
    rows = db.execute(
        "SELECT s.record_table, s.record_id, s.version, s.base_version FROM sync_sent s "
        "JOIN sync_bundles b ON b.sequence = s.sequence WHERE b.status = ? "
        "ORDER BY s.sequence",
        (str(BundleState.WRITTEN),),
    )
    return {(r[0], r[1]): (int(r[2]), r[3]) for r in rows.fetchall()}


def _answered(db: Database) -> dict[tuple[str, str], tuple[int, str]]:
    rows = db.execute("SELECT record_table, record_id, version, fate FROM sync_delivery")
    return {(r[0], r[1]): (int(r[2]), r[3]) for r in rows.fetchall()}


def wire_base(
    version: int,
    acked: int | None,
    last_sent: tuple[int, int | None] | None,
    answer: tuple[int, str] | None,
) -> int | None:
    """The version this one builds on, as the county will see it.

    A re-send of a version already sent repeats the base it was sent with (the county answers
    it as a duplicate). A newer version builds on the version sent before it, which the county
    imported first because bundles are imported in order, unless the county refused that one.
    """
    if last_sent is None:
        return acked
    sent_version, sent_base = last_sent
    if sent_version == version:
        return sent_base
    if answer is not None and answer[0] == sent_version and answer[1] in ("conflict", "rejected"):
        return acked
    if acked is not None and acked >= sent_version:
        return acked
    return sent_version


def collect(db: Database) -> tuple[list[dict[str, Any]], list[Pending]]:
    """Every pending record as a bundle record, youth first, with its instrument definitions."""
    with collector_paused():  # tens of thousands of small dicts, no cycles among them
        return _collect(db)


def _collect(db: Database) -> tuple[list[dict[str, Any]], list[Pending]]:
    last_sent, answered = _last_sent(db), _answered(db)
    records: list[dict[str, Any]] = []
    pending: list[Pending] = []
    definitions: set[str] = set()
    for table, kind in TABLE_KINDS.items():
        sql = f"SELECT t.{_COMMON.replace(', ', ', t.')}, {_prefixed(_EXTRA[table])} "
        rows = db.execute(sql + pending_filter(table) + " ORDER BY t.created_at").fetchall()
        answers = _answers(db, [r[0] for r in rows]) if table == "encounters" else None
        for row in rows:
            key = (table, row[0])
            base = wire_base(row[1], row[2], last_sent.get(key), answered.get(key))
            record = _shape(kind, row, base)
            if answers is not None:
                record["answers"] = answers.get(row[0], {})
                definitions.add(record["instrument"]["hash"])
            records.append(record)
            pending.append(Pending(table, row[0], int(row[1]), base))
    return _definitions(db, definitions) + records, pending


def _prefixed(columns: str) -> str:
    return ", ".join(f"t.{c}" for c in columns.split(", "))


def _answers(db: Database, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """All answers of the given encounters, with one query (bundles can hold thousands).

    Each encounter's stored answers (JSON texts written by ``json.dumps``) are joined into the
    members of one object and parsed once: the same values as parsing each answer, with a
    thirtieth of the parser calls. (SQLite's own JSON and string aggregates were slower here:
    each of their allocations pays for SQLCipher's memory security.)"""
    wanted = set(ids)
    found: dict[str, dict[str, Any]] = {}
    if not wanted:
        return found
    # Read in table order and grouped here: ``ORDER BY encounter_id`` walked the primary-key
    # index and fetched each answer's row by rowid, a third slower (decision 67). An object's
    # members may come in any order (a bundle's JSON is canonical: keys sorted when written).
    grouped: dict[str, list[str]] = {}
    keys = _QuotedKeys()  # an instrument has a few dozen item ids: each is quoted once
    for encounter_id, item, value in db.execute(
        "SELECT encounter_id, item_id, value FROM answers"
    ).fetchall():
        if encounter_id in wanted:
            grouped.setdefault(encounter_id, []).append(f"{keys[item]}:{value}")
    for encounter_id, members in grouped.items():
        found[encounter_id] = json.loads("{" + ",".join(members) + "}")
    return found


class _QuotedKeys(dict[str, str]):
    """Item id → the id as a JSON string, worked out on first use."""

    def __missing__(self, item_id: str) -> str:
        quoted = self[item_id] = _json_key(item_id)
        return quoted


def _json_key(item_id: str) -> str:
    """An item id as a JSON string (ids are plain identifiers; anything else is escaped)."""
    return f'"{item_id}"' if _PLAIN_ID.fullmatch(item_id) else json.dumps(item_id)


def _definitions(db: Database, hashes: set[str]) -> list[dict[str, Any]]:
    out = []
    for content_hash in sorted(hashes):
        row = db.execute(
            "SELECT hash, instrument_id, instrument_version, definition "
            "FROM instrument_definitions WHERE hash = ?",
            (content_hash,),
        ).fetchone()
        out.append(
            {
                "kind": "instrument_definition",
                "hash": row[0],
                "instrument_id": row[1],
                "instrument_version": row[2],
                "definition": row[3],
            }
        )
    return out


def _shape(kind: str, row: tuple[Any, ...], base: int | None) -> dict[str, Any]:
    record: dict[str, Any] = {
        "kind": kind,
        "id": row[0],
        "version": row[1],
        "base_version": base,
        "created_at": row[3],
        "created_by": row[4],
        "updated_at": row[5],
        "updated_by": row[6],
    }
    extra = row[7:]
    if kind == "youth":
        record["profile"] = json.loads(extra[0])
    elif kind == "encounter":
        record.update(
            youth_id=extra[0],
            decision_point=extra[1],
            instrument={"hash": extra[2]},
            info_received_at=extra[3],
            status=extra[4],
            position=extra[5],
            in_care=bool(extra[6]),
            missing=bool(extra[7]),
            computed_band=extra[8],
            final_band=extra[9],
            override_reason=extra[10],
            explanation=json.loads(extra[11]) if extra[11] else None,
            completed_at=extra[12],
            completed_by=extra[13],
            # {mode, language}; null: recorded before schema 11
            interpreter=json.loads(extra[15]) if extra[15] else None,
        )
        if extra[14] is not None:  # only a discarded draft carries the member
            record["discarded"] = json.loads(extra[14])
    elif kind == "duty":
        record.update(
            youth_id=extra[0],
            encounter_id=extra[1],
            duty_type=extra[2],
            due_at=extra[3],
            status=extra[4],
            data=json.loads(extra[5]),
        )
    elif kind == "episode":
        record.update(
            youth_id=extra[0],
            episode_kind=extra[1],
            started_at=extra[2],
            ended_at=extra[3],
            data=json.loads(extra[4]),
        )
    else:
        record.update(youth_id=extra[0], item_kind=extra[1], data=json.loads(extra[2]))
    return record


def audit_events(db: Database, after_seq: int) -> list[dict[str, Any]]:
    """Audit events since the last export: no record content, only names, ids and counts."""
    rows = db.execute(
        "SELECT seq, at, actor, event, subject, detail, prev_hash, hash FROM audit "
        "WHERE seq > ? ORDER BY seq",
        (after_seq,),
    ).fetchall()
    # Every detail is one JSON text written by the audit log: parsed as one array, once.
    details = json.loads("[" + ",".join([r[5] for r in rows]) + "]")
    return [
        {"kind": "audit_event", "seq": r[0], "at": r[1], "actor": r[2], "event": r[3],
         "subject": r[4], "detail": detail, "prev_hash": r[6], "hash": r[7]}
        for r, detail in zip(rows, details, strict=True)
    ]  # fmt: skip
