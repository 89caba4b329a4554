"""The device identity and the installed county trust, both kept inside the encrypted vault.

The Ed25519 device key is created on first use and never leaves the vault. The trust file is
pinned on first install (after a person compares the county root fingerprint); later files must
be signed by the same root and carry a version at least as high, or they are refused.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from csec_desktop.core.clock import to_iso
from csec_desktop.core.errors import CsecError
from csec_desktop.core.sync.errors import DeviceKeyMismatchError, KeyChangeError, TrustVersionError
from csec_desktop.core.sync.fingerprints import check_typed
from csec_desktop.core.sync.keys import (
    DeviceIdentity,
    ed25519_public_from_bytes,
    key_id,
    public_bytes,
)
from csec_desktop.core.sync.trust import Trust, verify_trust
from csec_desktop.core.sync_service.service_change import (
    ServiceChange,
    refuse_unaccepted,
    service_change,
)
from csec_desktop.core.vault.audit import AuditLog
from csec_desktop.core.vault.database import Database
from csec_desktop.core.vault.security_state import parse_security

# verify_trust checks expiry against "now"; a moment before any trust file was issued lets
# status screens show an expired file (exports still check the real time).
_BEFORE_ANY_EXPIRY = datetime(1970, 1, 1, tzinfo=UTC)


def load_identity(db: Database) -> DeviceIdentity | None:
    row = db.execute("SELECT device_id, private_key FROM sync_identity WHERE id = 1").fetchone()
    return DeviceIdentity.from_private_bytes(row[0], bytes(row[1])) if row else None


def ensure_identity(
    db: Database, audit: AuditLog, actor: str, device_id: str, now: datetime
) -> DeviceIdentity:
    """This laptop's signing identity, created (and audited) on first use."""
    with db.transaction():
        existing = load_identity(db)
        if existing is not None:
            return existing
        identity = DeviceIdentity(device_id, Ed25519PrivateKey.generate())
        db.execute(
            "INSERT INTO sync_identity VALUES (1, ?, ?, ?)",
            (identity.device_id, identity.private_bytes(), to_iso(now)),
        )
        audit.append("device_key_created", actor, identity.device_id, {"key": identity.key_id})
    return identity


@dataclass(frozen=True)
class TrustInstall:
    trust: Trust
    previous_version: int | None
    first_install: bool
    changed: bool  # False when the very same file was installed already
    service_change: ServiceChange | None = None  # the service before and after, if it moved


def _stored(db: Database) -> tuple[bytes, bytes, int] | None:
    row = db.execute("SELECT root_public_key, trust_file, version FROM sync_trust").fetchone()
    return (bytes(row[0]), bytes(row[1]), int(row[2])) if row else None


def installed_trust(db: Database, now: datetime | None = None) -> Trust | None:
    """The installed trust file, re-verified against the pinned root. With ``now`` an expired
    file is refused (TrustExpiredError); without it, it is returned for display."""
    stored = _stored(db)
    if stored is None:
        return None
    root, data, _ = stored
    return verify_trust(data, ed25519_public_from_bytes(root), None, now or _BEFORE_ANY_EXPIRY)


def require_trust(db: Database, now: datetime) -> Trust:
    trust = installed_trust(db, now)
    if trust is None:
        raise CsecError(
            "This laptop has no county trust file yet. Send an enrollment request to the county "
            "and install the trust file it returns."
        )
    return trust


def check_trust(db: Database, data: bytes, now: datetime) -> Trust:
    """Verify a trust file as ``install_trust`` would, without installing it, so a person can
    compare the county's fingerprint before the root is pinned."""
    stored = _stored(db)
    pinned = ed25519_public_from_bytes(stored[0]) if stored else None
    return verify_trust(data, pinned, stored[2] if stored else None, now)


def key_changes(old: Trust | None, new: Trust) -> list[str]:
    """Which of the county's working keys (encryption, receipt) ``new`` changes from ``old``."""
    if old is None:
        return []
    changed = []
    if key_id(old.encryption_public_key) != key_id(new.encryption_public_key):
        changed.append("encryption")
    if key_id(old.receipt_public_key) != key_id(new.receipt_public_key):
        changed.append("receipt")
    return changed


def check_own_key(trust: Trust, identity: DeviceIdentity | None) -> None:
    """Refuse when the registry holds a different key under this laptop's device id: bundles
    signed here would be refused, or worse, someone else's key speaks for this laptop."""
    if identity is None:
        return
    entry = trust.device(identity.device_id)
    if entry is not None and key_id(entry.public_key) != identity.key_id:
        raise DeviceKeyMismatchError(
            "The county's trust file lists a different key for this laptop than the one it "
            "holds. Nothing will be sent. Ask the county to check this laptop's enrollment."
        )


def install_trust(
    db: Database,
    audit: AuditLog,
    actor: str,
    data: bytes,
    now: datetime,
    expected_fingerprint: str | None = None,
    accept_key_change: bool = False,
    accept_service_change: bool = False,
) -> TrustInstall:
    """Verify and install a trust file: pin its root on first use, refuse rollbacks.

    The first install pins the county root only if ``expected_fingerprint`` (typed by a person
    from what the county read to them) matches it. A later file that changes the county's
    encryption or receipt key is installed only with ``accept_key_change``, and one that moves
    its sync service (address or certificate pin) only with ``accept_service_change`` (a
    person saw the old and new values and said so; ``service_change``).
    A trust file carrying the county's instrument package installs it in the same transaction
    (``county_instruments.apply_county_package``); a package that does not verify refuses the
    whole update. Raises FingerprintRequiredError, FingerprintMismatchError, KeyChangeError,
    ServiceChangeError and the trust file's and package's own verification errors; nothing
    changes then.
    """
    with db.transaction():
        stored = _stored(db)
        pinned = ed25519_public_from_bytes(stored[0]) if stored else None
        current = stored[2] if stored else None
        trust = verify_trust(data, pinned, current, now)
        if stored is None:
            check_typed(trust.root_public_key, expected_fingerprint, "the county's root key")
        prior = installed_trust(db) if stored else None
        changes = key_changes(prior, trust)
        if changes and not accept_key_change:
            raise KeyChangeError(
                f"This trust file changes the county's {' and '.join(changes)} key. Install it "
                "only if the county told you it changed its keys; a supervisor must confirm."
            )
        moved = service_change(prior, trust)
        if moved is not None and not accept_service_change:
            raise refuse_unaccepted(moved, trust.version)
        check_own_key(trust, load_identity(db))
        if stored is not None and trust.version == current:
            if stored[1] == data:
                return TrustInstall(trust, current, False, False)
            raise TrustVersionError(
                f"trust file version {trust.version} differs from the installed file of the "
                "same version; the county must issue a new version"
            )
        db.execute(
            "INSERT INTO sync_trust VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
            "version = excluded.version, trust_file = excluded.trust_file, "
            "installed_at = excluded.installed_at",
            (public_bytes(trust.root_public_key), trust.county_id, trust.version, data,
             to_iso(now)),
        )  # fmt: skip
        if trust.county_package is not None:  # refused as a whole when it does not verify
            from csec_desktop.core.records.county_instruments import apply_county_package

            apply_county_package(db, audit, actor, trust, trust.county_package, now)
        if moved is not None:  # shown by 'device trust' and 'sync status'
            db.execute(
                "INSERT INTO meta VALUES ('service_changed', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (json.dumps({"version": trust.version, "from": moved.old_url,
                             "to": moved.new_url, "from_pin": moved.old_pin,
                             "to_pin": moved.new_pin, "at": to_iso(now)}),),
            )  # fmt: skip
        county_security = parse_security(trust.policy.get("security"))
        if county_security is not None:  # lockout and idle rules from the verified trust file
            db.execute(
                "INSERT INTO meta VALUES ('county_security', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (county_security.model_dump_json(),),
            )
        audit.append(
            "trust_installed",
            actor,
            trust.county_id,
            {"version": trust.version, "root": trust.root_key_id, "previous": current,
             "key_changes": changes, "service_changed": moved is not None},
        )  # fmt: skip
    return TrustInstall(trust, current, stored is None, True, moved)


def service_change_note(db: Database) -> dict[str, Any] | None:
    """The last change of the county's sync service a trust update brought (for status)."""
    row = db.execute("SELECT value FROM meta WHERE key = 'service_changed'").fetchone()
    return dict(json.loads(row[0])) if row else None
