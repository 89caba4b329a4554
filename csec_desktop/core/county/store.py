"""The county store: a vault (same SQLCipher, key slots and audit rules as a laptop's) in its
own files, ``county.db`` and ``county.keys``, with the county schema.

Own file names keep a laptop app from ever opening a county store as its vault and the other
way round. Schema 1 is the vault's own (accounts, metadata, audit); schema 2 holds the county's
keys (inside the encrypted database, never in a plaintext file), the trust files it issued, the
device registry with each device's chain position, imported bundles with their receipts, the
records as the county holds them, conflicts, possible duplicates and flags.
"""

from __future__ import annotations

from pathlib import Path

from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.migrations import V1

COUNTY_V2 = """
CREATE TABLE county_authority (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    county_id TEXT NOT NULL,
    county_name TEXT NOT NULL,
    private_keys BLOB NOT NULL,
    policy TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE TABLE county_trust_files (
    version INTEGER PRIMARY KEY,
    trust_file BLOB NOT NULL,
    issued_at TEXT NOT NULL,
    issued_by TEXT NOT NULL
);
CREATE TABLE county_devices (
    device_id TEXT PRIMARY KEY,
    public_key BLOB NOT NULL UNIQUE,
    enrolled_at TEXT NOT NULL,
    revoked_at TEXT,
    revoked_after_seq INTEGER,
    last_sequence INTEGER NOT NULL DEFAULT 0,
    last_bundle_hash TEXT NOT NULL DEFAULT 'genesis'
);
CREATE TABLE county_bundles (
    bundle_hash TEXT PRIMARY KEY,
    bundle_id TEXT NOT NULL UNIQUE,
    device_id TEXT NOT NULL REFERENCES county_devices(device_id),
    sequence INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    record_count INTEGER NOT NULL,
    receipt BLOB NOT NULL,
    UNIQUE (device_id, sequence)
);
CREATE TABLE county_records (
    record_id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    youth_id TEXT,
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    data TEXT NOT NULL,
    device_id TEXT NOT NULL,
    bundle_hash TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX county_records_kind ON county_records(kind, youth_id);
CREATE TABLE county_record_versions (
    record_id TEXT NOT NULL,
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    bundle_hash TEXT NOT NULL,
    PRIMARY KEY (record_id, version)
);
CREATE TABLE county_definitions (
    hash TEXT PRIMARY KEY,
    instrument_id TEXT NOT NULL,
    instrument_version TEXT NOT NULL,
    definition TEXT NOT NULL
);
CREATE TABLE county_device_audit (
    device_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    actor TEXT,
    event TEXT NOT NULL,
    subject TEXT,
    detail TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (device_id, seq)
);
CREATE TABLE county_conflicts (
    id INTEGER PRIMARY KEY,
    record_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    device_id TEXT NOT NULL,
    bundle_hash TEXT NOT NULL,
    incoming_version INTEGER NOT NULL,
    incoming_base INTEGER,
    county_version INTEGER,
    data TEXT NOT NULL,
    reason TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved')),
    at TEXT NOT NULL,
    UNIQUE (record_id, incoming_version, bundle_hash)
);
CREATE TABLE county_possible_duplicates (
    youth_id TEXT NOT NULL,
    other_youth_id TEXT NOT NULL,
    reason TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'same_youth', 'different')),
    flagged_at TEXT NOT NULL,
    PRIMARY KEY (youth_id, other_youth_id)
);
CREATE TABLE county_flags (
    id INTEGER PRIMARY KEY,
    device_id TEXT NOT NULL,
    bundle_hash TEXT NOT NULL,
    flag TEXT NOT NULL,
    detail TEXT NOT NULL,
    at TEXT NOT NULL
);
"""

# Who decided a possible-duplicate pair, when and why (core/county/duplicate_review.py).
COUNTY_V3 = """
ALTER TABLE county_possible_duplicates ADD COLUMN decided_by TEXT;
ALTER TABLE county_possible_duplicates ADD COLUMN decided_at TEXT;
ALTER TABLE county_possible_duplicates ADD COLUMN note TEXT;
"""

# The receiving service (core/county/service): signed-request nonces seen within the replay
# window (shared by every service process), and the service's address and TLS key pin that
# the county's trust files carry to laptops.
COUNTY_V4 = """
CREATE TABLE county_request_nonces (
    device_id TEXT NOT NULL,
    nonce TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (device_id, nonce)
);
CREATE INDEX county_request_nonces_seen ON county_request_nonces(seen_at);
ALTER TABLE county_authority ADD COLUMN service_url TEXT;
ALTER TABLE county_authority ADD COLUMN tls_spki_sha256 TEXT;
"""

# Each record id belongs to the device that first delivered it; another device's version of it
# is a conflict for a person. Every accepted version keeps its content, so a version that a
# later one superseded still exists at the county after the laptop purged it.
COUNTY_V5 = """
ALTER TABLE county_records ADD COLUMN origin_device TEXT;
UPDATE county_records SET origin_device = device_id;
ALTER TABLE county_record_versions ADD COLUMN device_id TEXT;
ALTER TABLE county_record_versions ADD COLUMN data TEXT;
ALTER TABLE county_devices ADD COLUMN audit_seq INTEGER NOT NULL DEFAULT 0;
ALTER TABLE county_devices ADD COLUMN audit_hash TEXT;
ALTER TABLE county_devices ADD COLUMN key_generation INTEGER NOT NULL DEFAULT 0;
"""

# The possible-duplicate check at import reads only county youth born on an accepted youth's
# birth date (or with none recorded), through this index, instead of every county youth on
# every import: the cost per bundle no longer grows with the county (docs/performance.md).
COUNTY_V7 = """
CREATE INDEX county_records_born ON county_records(
    kind, json_extract(data, '$.profile.birth_date')
);
"""

# The county root offline (security finding 6): once ``csec county root init`` has run, the
# first private key in ``private_keys`` is intake's delegate key, not the root; ``delegation``
# is the root-signed delegation and ``root_public_key`` the root's public key. NULL: the root
# is still in the store (a county set up before, until it takes the root offline).
COUNTY_V8 = """
ALTER TABLE county_authority ADD COLUMN delegation BLOB;
ALTER TABLE county_authority ADD COLUMN root_public_key BLOB;
"""

# The same index, on youth rows only: as an index over every row, each imported encounter,
# duty and case item had its whole JSON text parsed to find a birth date it never has (a
# third of the insert's time). The possible-duplicate queries name ``kind = 'youth'``, so
# SQLite and PostgreSQL both answer them from this partial index (``kind`` stays its first
# column so that SQLite's planner, without statistics, prefers it to ``county_records_kind``).
COUNTY_V9 = """
DROP INDEX county_records_born;
CREATE INDEX county_records_born ON county_records(
    kind, json_extract(data, '$.profile.birth_date')
) WHERE kind = 'youth';
"""

COUNTY_MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "accounts, store metadata and audit", V1),
    (2, "county authority and intake", COUNTY_V2),
    (3, "possible-duplicate decisions", COUNTY_V3),
    (4, "receiving service: request nonces, service address", COUNTY_V4),
    (5, "record owners, superseded content, devices' audit heads", COUNTY_V5),
    (7, "youth by birth date for the possible-duplicate check", COUNTY_V7),
    (8, "offline county root: intake's delegation", COUNTY_V8),
    (9, "youth by birth date: the index on youth rows only", COUNTY_V9),
)

# Kept only in the encrypted county vault, never in an intake store elsewhere (PostgreSQL):
# the county's private keys and the service settings beside them.
VAULT_ONLY_TABLES = frozenset({"county_authority"})


class CountyVault(DeviceVault):
    """A DeviceVault with the county's files and schema; sign-in, key slots, lockout and
    the audit chain work exactly as on a laptop."""

    migrations = COUNTY_MIGRATIONS

    @property
    def db_path(self) -> Path:
        return self.data_dir / "county.db"

    @property
    def keys_path(self) -> Path:
        return self.data_dir / "county.keys"
