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
"""

from __future__ import annotations

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

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "accounts, device metadata and audit", V1),
    (2, "case records", V2),
    (3, "sync state", V3),
    (6, "youth shared with workers", V6),
)
