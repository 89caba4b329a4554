"""The ordered schema migrations. Append only: a released migration is never edited.

Version 1: accounts, device metadata and the audit log. Version 2: the case records (youth,
encounters at decision points, answers, duties, referrals, MDT members and meetings, notes).
Every record table carries a UUID, a local ``version``, the ``base_version`` the county last
acknowledged (NULL until delivered) and a ``dirty`` flag, which is what sync needs to send only
what changed and to tell an edit that builds on the county's copy from one that does not.
Version 3: sync state (see ``core/sync_service``): the device's signing key (it never leaves the
encrypted vault), the installed county trust file with its pinned root, the bundle sequence,
every bundle sent with the record versions it carried, receipts, per-record delivery state and
tombstones of purged records.
Version 4: referral domains stored by id (a data step, not SQL: see ``referral_domains_by_id``).
Version 5: dated episodes about a youth (missing from care, exploitation status, legal status,
placement), synced like the other case records; duties find their episode through their data.
Version 7: ``dialog_drafts``, what a worker had typed into an open form when the laptop locked
(kept inside the encrypted vault, offered back to the same worker after unlock, never synced);
``encounters.discarded``, the tombstone of a draft the worker discarded (``{at, by, reason}``
as JSON; the row and its answers stay, and the discard syncs).
Version 10: case items may also be a safety plan, an authorization (release or court order),
a stage-of-change entry or an engagement attempt (``case_items.kind``'s CHECK widened; the
table is rebuilt because SQLite cannot alter a CHECK; rows, ids and versions are unchanged).
Version 11: ``encounters.interpreter``, whether an interpreter was used and for which language.
Version 14: ``encounters_caseload``, a covering index for the caseload's status column, so the
list at sign-in reads only the few short columns it shows, never the encounters' explanations.
Version 15: ``duties_caseload`` also holds the duty type (the status column's "danger now").
Version 16: ``caseload_snapshot``, each worker's caseload index entries kept in the vault so
the next sign-in reads one row instead of every profile (``core/records/caseload_snapshot``),
and ``youth_changes``, a counter the database itself moves on every change to ``youth`` or
``youth_access`` (triggers), which says whether a snapshot still holds; the same triggers
delete every snapshot, so none outlives a change (a rename, an unshare, a purge).

A step is SQL text or, when rows must be rewritten by rules that live in Python, a function
given the open connection inside the migration's transaction.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from csec_desktop.core.records.referral_domains import domain_id

V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE accounts (
    username TEXT PRIMARY KEY,
    slot_id TEXT UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT
);
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT,
    event TEXT NOT NULL,
    subject TEXT,
    detail TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""

# Columns every synced record carries.
_SYNCED = """
    version INTEGER NOT NULL DEFAULT 1,
    base_version INTEGER,
    dirty INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL"""

V2 = f"""
CREATE TABLE youth (
    id TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    birth_date TEXT,
    agency TEXT NOT NULL,
    delivered_at TEXT,
    purged_at TEXT,{_SYNCED}
);
CREATE TABLE instrument_definitions (
    hash TEXT PRIMARY KEY,
    instrument_id TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    definition TEXT NOT NULL
);
CREATE TABLE encounters (
    id TEXT PRIMARY KEY,
    youth_id TEXT NOT NULL REFERENCES youth(id),
    decision_point TEXT NOT NULL,
    instrument_hash TEXT NOT NULL REFERENCES instrument_definitions(hash),
    info_received_at TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'completed')),
    position TEXT,
    in_care INTEGER NOT NULL,
    missing INTEGER NOT NULL,
    computed_band TEXT,
    final_band TEXT,
    override_reason TEXT,
    explanation TEXT,
    completed_at TEXT,
    completed_by TEXT,{_SYNCED}
);
CREATE INDEX encounters_youth ON encounters(youth_id);
CREATE TABLE answers (
    encounter_id TEXT NOT NULL REFERENCES encounters(id),
    item_id TEXT NOT NULL,
    value TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL,
    PRIMARY KEY (encounter_id, item_id)
);
CREATE TABLE duties (
    id TEXT PRIMARY KEY,
    youth_id TEXT NOT NULL REFERENCES youth(id),
    encounter_id TEXT REFERENCES encounters(id),
    duty_type TEXT NOT NULL,
    due_at TEXT,
    status TEXT NOT NULL CHECK (status IN ('open', 'done', 'not_applicable')),
    data TEXT NOT NULL,{_SYNCED}
);
CREATE INDEX duties_open ON duties(status, due_at);
CREATE INDEX duties_youth ON duties(youth_id);
CREATE TABLE case_items (
    id TEXT PRIMARY KEY,
    youth_id TEXT NOT NULL REFERENCES youth(id),
    kind TEXT NOT NULL CHECK (kind IN ('referral', 'mdt_member', 'mdt_meeting', 'note')),
    data TEXT NOT NULL,{_SYNCED}
);
CREATE INDEX case_items_youth ON case_items(youth_id, kind);
"""

V3 = """
CREATE TABLE sync_identity (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    device_id TEXT NOT NULL,
    private_key BLOB NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE sync_trust (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    root_public_key BLOB NOT NULL,
    county_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    trust_file BLOB NOT NULL,
    installed_at TEXT NOT NULL
);
CREATE TABLE sync_bundles (
    sequence INTEGER PRIMARY KEY,
    status TEXT NOT NULL CHECK (status IN ('reserved', 'built', 'written', 'abandoned')),
    bundle_id TEXT UNIQUE,
    bundle_hash TEXT UNIQUE,
    previous_bundle_hash TEXT,
    file_path TEXT,
    record_count INTEGER NOT NULL DEFAULT 0,
    audit_through INTEGER NOT NULL DEFAULT 0,
    reserved_at TEXT NOT NULL,
    written_at TEXT,
    receipt_applied_at TEXT
);
CREATE TABLE sync_sent (
    sequence INTEGER NOT NULL REFERENCES sync_bundles(sequence),
    record_table TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    base_version INTEGER,
    PRIMARY KEY (sequence, record_table, record_id)
);
CREATE INDEX sync_sent_record ON sync_sent(record_id, sequence);
CREATE TABLE sync_receipts (
    bundle_hash TEXT PRIMARY KEY,
    receipt BLOB NOT NULL,
    received_at TEXT NOT NULL,
    applied_at TEXT NOT NULL
);
CREATE TABLE sync_delivery (
    record_table TEXT NOT NULL,
    record_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    fate TEXT NOT NULL,
    reason TEXT NOT NULL,
    delivered_version INTEGER,
    delivered_at TEXT,
    answered_at TEXT NOT NULL,
    PRIMARY KEY (record_table, record_id)
);
CREATE TABLE sync_tombstones (
    record_table TEXT NOT NULL,
    record_id TEXT NOT NULL,
    youth_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    purged_at TEXT NOT NULL,
    PRIMARY KEY (record_table, record_id)
);
"""

V5 = f"""
CREATE TABLE episodes (
    id TEXT PRIMARY KEY,
    youth_id TEXT NOT NULL REFERENCES youth(id),
    kind TEXT NOT NULL CHECK (kind IN ('missing', 'exploitation_status', 'legal_status',
        'placement')),
    started_at TEXT NOT NULL,
    ended_at TEXT,
    data TEXT NOT NULL,{_SYNCED}
);
CREATE INDEX episodes_youth ON episodes(youth_id, kind);
"""


# Version 6: which workers a youth's record is shared with (besides the worker who added it;
# supervisors see every youth), and the key file generation mirrored inside the database.
V6 = """
CREATE TABLE youth_access (
    youth_id TEXT NOT NULL REFERENCES youth(id),
    username TEXT NOT NULL,
    granted_by TEXT NOT NULL,
    granted_at TEXT NOT NULL,
    PRIMARY KEY (youth_id, username)
);
"""


V7 = """
CREATE TABLE dialog_drafts (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    context TEXT NOT NULL,
    fields TEXT NOT NULL,
    saved_at TEXT NOT NULL
);
CREATE INDEX dialog_drafts_user ON dialog_drafts(username, saved_at);
ALTER TABLE encounters ADD COLUMN discarded TEXT;
"""


# Version 9: county instruments installed on this laptop (id + version + content hash pinned;
# the definition text itself kept here, inside the encrypted vault, never as a loose file).
V9 = """
CREATE TABLE county_instruments (
    hash TEXT PRIMARY KEY,
    instrument_id TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    definition TEXT NOT NULL,
    installed_at TEXT NOT NULL,
    installed_by TEXT NOT NULL,
    UNIQUE (instrument_id, instrument_version)
);
"""


def referral_domains_by_id(conn: Any) -> None:
    """Referrals stored under a domain's title become the domain's id, so the print rules
    (looked up by id) apply to them. The record's version goes up and it is marked dirty, so
    the county receives the corrected record; text that names no domain is left as it is."""
    rows = conn.execute("SELECT id, data FROM case_items WHERE kind = 'referral'").fetchall()
    for record_id, data in rows:
        item = json.loads(data)
        found = domain_id(str(item.get("domain", "")))
        if found is None or found == item.get("domain"):
            continue
        item["domain"] = found
        conn.execute(
            "UPDATE case_items SET data = ?, version = version + 1, dirty = 1 WHERE id = ?",
            (json.dumps(item, sort_keys=True), record_id),
        )


CASE_ITEM_KINDS_V10 = (
    "'referral', 'mdt_member', 'mdt_meeting', 'note', 'safety_plan', 'authorization', "
    "'stage_of_change', 'engagement_attempt'"
)


def case_item_kinds_v10(conn: Any) -> None:
    """Rebuild ``case_items`` with the wider kind CHECK, keeping every column and row as is
    (the table's own SQL is reused, so its columns stay exactly those of version 2)."""
    sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'case_items'"
    ).fetchone()[0]
    old_check = "'referral', 'mdt_member', 'mdt_meeting', 'note'"
    assert old_check in sql
    new_sql = sql.replace(old_check, CASE_ITEM_KINDS_V10).replace(
        "CREATE TABLE case_items", "CREATE TABLE case_items_v10", 1
    )
    conn.execute(new_sql)
    conn.execute("INSERT INTO case_items_v10 SELECT * FROM case_items")
    conn.execute("DROP TABLE case_items")
    conn.execute("ALTER TABLE case_items_v10 RENAME TO case_items")
    conn.execute("CREATE INDEX case_items_youth ON case_items(youth_id, kind)")


# Version 11: whether an interpreter was used in the encounter, and for which language
# (``{"mode", "language"}``, core/records/interpreter.py). NULL: recorded before this version.
V11 = "ALTER TABLE encounters ADD COLUMN interpreter TEXT;"


# Version 14: the caseload's status column at sign-in asks every encounter for its status,
# youth, band, completion time, instrument and discard mark. From the table that read pulled
# every page of every encounter (the stored explanations: 43.5 MB at 20,000 youth) through the
# page cache; from these covering indexes (expressions included: SQLite reads an indexed
# json_extract from the index) it reads only what the column shows (docs/performance.md).
V14 = """
CREATE INDEX encounters_caseload ON encounters(
    status, youth_id, completed_at, final_band, instrument_hash, discarded
);
CREATE INDEX duties_caseload ON duties(
    status, youth_id, due_at, json_extract(data, '$.grace_minutes')
);
CREATE INDEX episodes_caseload ON episodes(
    kind, ended_at, started_at, youth_id, json_extract(data, '$.level')
);
CREATE INDEX youth_caseload ON youth(
    purged_at, id, birth_date, json_extract(data, '$.missing', '$.in_care', '$.legal_status')
);
"""


# Version 15: the status column's "danger now" chip asked for every open duty's type from the
# table (at 20,000 youth, tens of thousands of rows read beside the covering index); the duty
# type joins the index, so one read of it gives the next due time and the chip.
V15 = """
DROP INDEX duties_caseload;
CREATE INDEX duties_caseload ON duties(
    status, youth_id, due_at, json_extract(data, '$.grace_minutes'), duty_type
);
"""


# Version 16: the caseload index at sign-in, kept (decision 70). The counter is moved by
# triggers, so no writer of youth rows or sharing (saves, missing episodes, sync import, purge,
# demo seed) can leave a snapshot looking current; the same triggers delete every snapshot, so
# a superseded name, a removed alias, a youth no longer shared or a purged youth never waits in
# one (a snapshot holds only what the vault holds now, as its workers saw it).
V16 = """
CREATE TABLE youth_changes (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    counter INTEGER NOT NULL
);
INSERT INTO youth_changes VALUES (1, 0);
CREATE TABLE caseload_snapshot (
    username TEXT NOT NULL,
    part INTEGER NOT NULL,
    parts INTEGER NOT NULL,
    sees_all INTEGER NOT NULL,
    format TEXT NOT NULL,
    counter INTEGER NOT NULL,
    data BLOB NOT NULL,
    PRIMARY KEY (username, part)
);
""" + "".join(  # noqa: S608 - fixed table and event names, no input
    f"CREATE TRIGGER {table}_changes_{event.lower()} AFTER {event} ON {table}\n"  # noqa: S608
    "BEGIN UPDATE youth_changes SET counter = counter + 1; DELETE FROM caseload_snapshot; END;\n"
    for table in ("youth", "youth_access")  # who a youth is, and who may see them
    for event in ("INSERT", "UPDATE", "DELETE")
)


Step = str | Callable[[Any], None]

MIGRATIONS: tuple[tuple[int, str, Step], ...] = (
    (1, "accounts, device metadata and audit", V1),
    (2, "case records", V2),
    (3, "sync state", V3),
    (4, "referral domains stored by id", referral_domains_by_id),
    (5, "episodes: missing, exploitation status, legal status, placement", V5),
    (6, "youth shared with workers", V6),
    (7, "form drafts kept over a lock", V7),
    (9, "county instruments", V9),
    (10, "case items: safety plans, authorizations, stages of change", case_item_kinds_v10),
    (11, "interpreter used on each encounter", V11),
    (14, "covering index for the caseload status column", V14),
    (15, "duty type in the caseload status column's index", V15),
    (16, "caseload index kept between sign-ins, with a change counter", V16),
)
