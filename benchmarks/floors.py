"""Same-work floors for the caseload rows: the least the product could do for the same result.

Each floor does the work the product must do (same encryption, same durability, same rows read)
with nothing else, so a ratio against it is the product's own overhead:

- autosave: SQLCipher with the vault's pragmas (``core/vault/database.PRAGMAS``) doing the same
  writes as one answer (answer upsert with a new value, encounter touch, hash-chained audit row)
  in **one** ``synchronous = FULL`` commit, plus the navigator's move to the next item; a
  second floor also commits the new position without its own fsync, as the product must;
- index load: a cold encrypted read of the same youth rows (a fresh connection, so SQLCipher's
  page cache is empty as at sign-in), JSON parse, names folded and indexed by token;
- status column: only the columns the column shows, from a plain in-memory copy, grouped per
  youth as the product does.
"""

from __future__ import annotations

import json
import os
import sqlite3
import time
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import Any

from anyascii import anyascii

from csec_desktop.core.instruments import Navigator, shipped_registry
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.vault.audit import row_hash
from csec_desktop.core.vault.database import open_database


class AutosaveFloor:
    """One FULL commit of an answer's writes plus the navigator's next(), a step at a time, so
    the benchmark can run it in blocks between the product's steps: both then meet the same
    disk (an fsync on a shared machine varies from 0.3 to 60 ms from one minute to the next)."""

    def __init__(self, folder: Path, *, move: bool = False) -> None:
        # ``move``: the step also commits the new position as the product must (decision 44:
        # at once, without its own fsync: synchronous NORMAL for that one statement), which
        # the first floor leaves out. Both rows are printed.
        self.move = move
        name = "floor-autosave-move.db" if move else "floor-autosave.db"
        self.conn = open_database(folder / name, os.urandom(32), create=True)
        self.conn.executescript(
            "CREATE TABLE answers (encounter_id TEXT, item_id TEXT, value TEXT, saved_at TEXT, "
            "saved_by TEXT, PRIMARY KEY (encounter_id, item_id));"
            "CREATE TABLE encounters (id TEXT PRIMARY KEY, position TEXT, version INTEGER, "
            "dirty INTEGER, updated_at TEXT, updated_by TEXT);"
            "CREATE TABLE audit (seq INTEGER PRIMARY KEY, at TEXT, actor TEXT, event TEXT, "
            "subject TEXT, detail TEXT, prev_hash TEXT, hash TEXT);"
            "INSERT INTO encounters VALUES ('e', NULL, 1, 1, '', '');"
        )
        self.navigator = Navigator(shipped_registry().get("csec_identification"))
        self.prev, self.n = "0" * 64, 0
        self.times: list[float] = []  # filled by the caller, one per step

    def step(self) -> float:
        """Seconds for one step; every step writes new bytes."""
        conn, n = self.conn, self.n
        self.n += 1
        start = time.perf_counter()
        stamp = f"2026-01-01T00:00:{n % 60:02d}.{n:06d}Z"
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO answers VALUES ('e', ?, ?, ?, 'bench') ON CONFLICT DO UPDATE SET "
            "value = excluded.value, saved_at = excluded.saved_at, saved_by = excluded.saved_by",
            (f"q{n % 30}", str(n % 3), stamp),
        )
        conn.execute(
            "UPDATE encounters SET position = ?, version = version + 1, dirty = 1, "
            "updated_at = ?, updated_by = 'bench' WHERE id = 'e'",
            (f"q{n % 30}", stamp),
        )
        detail = json.dumps({"item": f"q{n % 30}"}, sort_keys=True)
        digest = row_hash(n + 1, stamp, "bench", "record_changed", "e", detail, self.prev)
        conn.execute(
            "INSERT INTO audit VALUES (?, ?, 'bench', 'record_changed', 'e', ?, ?, ?)",
            (n + 1, stamp, detail, self.prev, digest),
        )
        conn.execute("COMMIT")
        self.prev = digest
        if self.navigator.next() is None:
            self.navigator.go_to(self.navigator.relevant_ids()[0])
        if self.move:
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute(
                "UPDATE encounters SET position = ? WHERE id = 'e'", (self.navigator.position,)
            )
            conn.execute("PRAGMA synchronous = FULL")
        return time.perf_counter() - start

    def close(self) -> None:
        self.conn.close()


def index_floor(ctx: RecordContext) -> float:
    """Seconds: the youth rows read (cold: call right after sign-in), parsed and indexed."""
    start = time.perf_counter()
    by_token: dict[str, list[str]] = defaultdict(list)
    for youth_id, data in ctx.db.execute(
        "SELECT id, data FROM youth WHERE purged_at IS NULL"
    ).fetchall():
        profile = json.loads(data)
        names = (profile.get("legal_first_name"), profile.get("legal_last_name"))
        for token in _folded(" ".join(name for name in names if name)).split():
            by_token[token].append(youth_id)
    return time.perf_counter() - start


def _folded(text: str) -> str:
    """The floor's own name folding (fixed here, so before/after runs share one floor):
    str methods for ASCII, transliteration otherwise."""
    if not text.isascii():
        text = anyascii(unicodedata.normalize("NFC", text))
    return text.casefold()


def status_floor_copy(ctx: RecordContext) -> sqlite3.Connection:
    """A plain in-memory copy of only the columns the status column shows."""
    plain = sqlite3.connect(":memory:")
    copies: dict[str, tuple[str, str]] = {
        "enc": (
            "SELECT youth_id, status, final_band, completed_at, instrument_hash, discarded "
            "FROM encounters",
            "youth_id, status, band, at, instrument, discarded",
        ),
        "youth": (
            "SELECT id, json_extract(data, '$.missing'), json_extract(data, '$.in_care'), "
            "json_extract(data, '$.legal_status'), birth_date FROM youth WHERE purged_at IS NULL",
            "id, missing, in_care, legal_status, birth_date",
        ),
        "duty": (
            "SELECT youth_id, due_at FROM duties WHERE status = 'open'",
            "youth_id, due_at",
        ),
    }
    for table, (select, columns) in copies.items():
        rows: list[Any] = ctx.db.execute(select).fetchall()
        plain.execute(f"CREATE TABLE {table} ({columns})")
        marks = ", ".join("?" * len(columns.split(",")))
        plain.executemany(f"INSERT INTO {table} VALUES ({marks})", rows)  # noqa: S608
    return plain


def status_floor(plain: sqlite3.Connection) -> float:
    """Seconds: the shown columns read and grouped per youth."""
    start = time.perf_counter()
    latest: dict[str, tuple[str, str]] = {}
    for youth_id, band, at in plain.execute(
        "SELECT youth_id, band, at FROM enc WHERE status = 'completed'"
    ):
        if youth_id not in latest or at > latest[youth_id][1]:
            latest[youth_id] = (band, at)
    drafts = dict(
        plain.execute(
            "SELECT youth_id, count(*) FROM enc WHERE status = 'draft' AND discarded IS NULL "
            "GROUP BY youth_id"
        ).fetchall()
    )
    due: dict[str, str] = {}
    for youth_id, at in plain.execute("SELECT youth_id, due_at FROM duty"):
        due[youth_id] = min(at, due.get(youth_id, at))
    shown = {
        youth_id: (latest.get(youth_id), drafts.get(youth_id, 0), due.get(youth_id), missing)
        for youth_id, missing, *_ in plain.execute("SELECT * FROM youth")
    }
    assert shown is not None
    return time.perf_counter() - start
