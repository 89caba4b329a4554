"""The county authority: its keys, the device registry and the signed trust files it issues.

The three private keys (root, receipt, encryption) are created once, at ``county init``, and
kept only inside the encrypted county vault (``county.db``). ``csec county root init`` then
takes the root out (security finding 6, see ``root_authority``): the store keeps a delegate
key in its place and the root's delegation, and signs trust files with the delegate key. The
device registry and the trust files it issues live in the county's *intake store*
(``store_backend``): the same vault by default, or PostgreSQL, which never sees a private key.
Every change to the registry (enrolling, revoking) issues a new trust file with the next
version; laptops refuse any version lower than theirs.
"""

from __future__ import annotations

import copy
import json
from datetime import datetime, timedelta
from typing import Any

from csec_desktop.core.clock import from_iso, to_iso
from csec_desktop.core.errors import CsecError, ValidationError
from csec_desktop.core.sync.canonical import has_hidden_characters
from csec_desktop.core.sync.enrollment import DeviceRequest, verify_device_request
from csec_desktop.core.sync.fingerprints import check_typed, fingerprint_text
from csec_desktop.core.sync.keys import (
    CountyKeys,
    ed25519_public_from_bytes,
    public_bytes,
)
from csec_desktop.core.sync.registry import DeviceEntry, Revocation
from csec_desktop.core.sync.trust import (
    COUNTY_ID_RE,
    Trust,
    TrustService,
    make_trust,
    verify_trust,
)
from csec_desktop.core.vault.audit import AuditLog
from csec_desktop.core.vault.database import Database

TRUST_VALID_DAYS = 365


class CountyAuthority:
    """The keys (read once from the county vault ``db``) and the registry in ``store``
    (default: the vault itself)."""

    def __init__(
        self, db: Database, audit: AuditLog, actor: str, store: Database | None = None
    ) -> None:
        self.db = store or db
        self.audit = audit
        self.actor = actor
        row = db.execute(
            "SELECT county_id, county_name, private_keys, policy, service_url, tls_spki_sha256, "
            "delegation, root_public_key FROM county_authority"
        ).fetchone()
        if row is None:
            raise CsecError("This county store has no county keys (run 'csec county init').")
        self.county_id, self.county_name = str(row[0]), str(row[1])
        self.keys = CountyKeys.from_bytes(bytes(row[2]))
        self.policy: dict[str, Any] = json.loads(row[3])
        self.service_url: str | None = row[4]
        self.tls_pin: str | None = row[5]
        # With the root offline: the root's delegation and public key; keys.root is then
        # intake's delegate key (see root_authority).
        self.delegation: bytes | None = bytes(row[6]) if row[6] is not None else None
        self.root_public = (
            ed25519_public_from_bytes(bytes(row[7])) if row[7] is not None
            else self.keys.root_public
        )  # fmt: skip

    @property
    def root_offline(self) -> bool:
        return self.delegation is not None

    def bound_to(self, store: Database, audit: AuditLog) -> CountyAuthority:
        """The same authority working on another connection to its store (one per request
        in the receiving service); the keys are shared, never written anywhere."""
        other = copy.copy(self)
        other.db, other.audit = store, audit
        return other

    @classmethod
    def create(
        cls,
        db: Database,
        audit: AuditLog,
        actor: str,
        county_id: str,
        county_name: str,
        policy: dict[str, Any],
        now: datetime,
        store: Database | None = None,
    ) -> CountyAuthority:
        check_county_id(county_id)
        name = normalize_county_name(county_name)
        keys = CountyKeys.generate()
        with db.transaction():
            db.execute(
                "INSERT INTO county_authority (id, county_id, county_name, private_keys, policy, "
                "created_at) VALUES (1, ?, ?, ?, ?, ?)",
                (county_id, name, keys.to_bytes(), json.dumps(policy, sort_keys=True),
                 to_iso(now)),
            )  # fmt: skip
            audit.append("county_keys_created", actor, county_id)
            authority = cls(db, audit, actor, store)
            authority.issue_trust(now)
        return authority

    # -- registry ------------------------------------------------------------------------------
    def devices(self) -> list[DeviceEntry]:
        rows = self.db.execute(
            "SELECT device_id, public_key, enrolled_at, revoked_at, revoked_after_seq "
            "FROM county_devices ORDER BY enrolled_at, device_id"
        ).fetchall()
        return [
            DeviceEntry(
                r[0],
                ed25519_public_from_bytes(bytes(r[1])),
                from_iso(r[2]).replace(microsecond=0),
                Revocation(from_iso(r[3]).replace(microsecond=0), int(r[4])) if r[3] else None,
            )
            for r in rows
        ]

    def enroll(
        self, request_data: bytes, now: datetime, expected_fingerprint: str | None
    ) -> tuple[DeviceRequest, bytes]:
        """Add the device of a verified request; returns it and the new trust file.

        ``expected_fingerprint`` is what the laptop's worker read to the officer (by phone or in
        person); the request's key must match it (FingerprintRequiredError,
        FingerprintMismatchError), so a swapped request file cannot enrol another key.
        """
        request = verify_device_request(request_data)
        check_typed(request.public_key, expected_fingerprint, "the laptop's key")
        with self.db.transaction():
            known = self.db.execute(
                "SELECT device_id FROM county_devices WHERE device_id = ? OR public_key = ?",
                (request.device_id, public_bytes(request.public_key)),
            ).fetchone()
            if known is not None:
                raise CsecError(f"Device {known[0]} is already enrolled in this county.")
            self.db.execute(
                "INSERT INTO county_devices (device_id, public_key, enrolled_at) VALUES (?, ?, ?)",
                (request.device_id, public_bytes(request.public_key), to_iso(now)),
            )
            self.audit.append(
                "device_enrolled",
                self.actor,
                request.device_id,
                {"fingerprint": fingerprint_text(request.public_key)},
            )
            trust = self.issue_trust(now)
        return request, trust

    def revoke(self, device_id: str, after_seq: int | None, now: datetime) -> tuple[int, bytes]:
        """Revoke a device: bundles it numbered up to ``after_seq`` (default: the last one
        imported) are still accepted, later ones refused. Returns the cut-off and trust file."""
        with self.db.transaction():
            row = self.db.execute(
                "SELECT last_sequence, revoked_at FROM county_devices WHERE device_id = ?",
                (device_id,),
            ).fetchone()
            if row is None:
                raise CsecError(f"Device {device_id} is not enrolled in this county.")
            if row[1] is not None:
                raise CsecError(f"Device {device_id} is already revoked.")
            cutoff = int(row[0]) if after_seq is None else after_seq
            if cutoff < 0:
                raise ValidationError("--after-seq must be 0 or more.")
            self.db.execute(
                "UPDATE county_devices SET revoked_at = ?, revoked_after_seq = ? "
                "WHERE device_id = ?",
                (to_iso(now), cutoff, device_id),
            )
            self.audit.append("device_revoked", self.actor, device_id, {"after_seq": cutoff})
            trust = self.issue_trust(now)
        return cutoff, trust

    # -- trust files ---------------------------------------------------------------------------
    def issue_trust(self, now: datetime, county_package: bytes | None = None) -> bytes:
        """The next trust file, signed by the root (online) or by intake's delegate key with
        the root's delegation, carrying ``county_package`` (a newly published package) or else
        the package the latest trust file carries, so every update keeps delivering it.

        Under a delegation, settings staged since the root last signed (``set-service`` with
        the root offline) wait for ``csec county root delegate``: the file carries the
        settings of the latest trust file (which the root signed), so enrolling and revoking
        are never blocked by a staged change. A delegate-signed file the root's delegation
        does not cover is refused here (CsecError), before any laptop would refuse it."""
        with self.db.transaction():
            row = self.db.execute("SELECT coalesce(max(version), 0) FROM county_trust_files")
            version = int(row.fetchone()[0]) + 1
            content = self.trust_content(county_package)
            data = self._make_trust(content, version, now)
            if self.delegation is not None:
                try:
                    self._check_delegated(data, now)
                except CsecError:
                    if not version > 1:
                        raise
                    last = self.current_trust()
                    content.update(
                        county_name=last.county_name, policy=last.policy, service=last.service
                    )
                    data = self._make_trust(content, version, now)
                    self._check_delegated(data, now)
            self.db.execute(
                "INSERT INTO county_trust_files VALUES (?, ?, ?, ?)",
                (version, data, to_iso(now), self.actor),
            )
            self.audit.append("trust_issued", self.actor, self.county_id, {"version": version})
        return data

    def _make_trust(self, content: dict[str, Any], version: int, now: datetime) -> bytes:
        issued = now.replace(microsecond=0)
        return make_trust(
            self.keys, **content, version=version, issued_at=issued,
            expires=issued + timedelta(days=TRUST_VALID_DAYS), root_public=self.root_public,
            delegation=self.delegation,
        )  # fmt: skip

    def trust_content(self, county_package: bytes | None = None) -> dict[str, Any]:
        """What the next trust file says besides keys, version and dates. One place, so the
        root's delegation (``root_authority``) covers exactly what intake will sign; a new
        trust file member is added here. ``county_package``: the package to carry (default:
        the one the latest trust file carries)."""
        package = county_package if county_package is not None else self.current_package()
        return {
            "county_id": self.county_id,
            "county_name": self.county_name,
            "devices": self.devices(),
            "policy": self.policy,
            "service": self.service(),
            "county_package": package,
        }

    def _check_delegated(self, data: bytes, now: datetime) -> None:
        try:
            verify_trust(data, self.root_public, None, now)
        except CsecError as exc:
            raise CsecError(
                "The county root has not signed the county's current settings (or its "
                "delegation expired), so intake cannot issue a trust file: run 'csec county "
                f"root delegate' with the root key file. ({exc.message})"
            ) from None

    def service(self) -> TrustService | None:
        if self.service_url and self.tls_pin:
            return TrustService(self.service_url, self.tls_pin)
        return None

    def set_service(self, vault: Database, service: TrustService, now: datetime) -> bytes | None:
        """Name the receiving service and its TLS key pin in the next trust file (``vault``:
        the county vault, where the settings are kept beside the keys). With the root offline
        the settings are kept and None returned: only the root can sign them (``csec county
        root delegate`` issues the trust file)."""
        with vault.transaction():
            vault.execute(
                "UPDATE county_authority SET service_url = ?, tls_spki_sha256 = ?",
                (service.url, service.tls_spki_sha256),
            )
            self.service_url, self.tls_pin = service.url, service.tls_spki_sha256
            self.audit.append(
                "county_service_set", self.actor, self.county_id, {"url": service.url}
            )
            return None if self.root_offline else self.issue_trust(now)

    def current_trust_file(self) -> bytes:
        row = self.db.execute(
            "SELECT trust_file FROM county_trust_files ORDER BY version DESC LIMIT 1"
        ).fetchone()
        return bytes(row[0])

    def current_package(self) -> bytes | None:
        """The signed instrument package the latest trust file carries (None: none yet)."""
        row = self.db.execute("SELECT count(*) FROM county_trust_files").fetchone()
        return self.current_trust().county_package if row[0] else None

    def current_trust(self) -> Trust:
        """The latest trust file (its registry decides who may send bundles), verified with
        the county's own root. Expiry matters to laptops, not to intake."""
        data = self.current_trust_file()
        return verify_trust(data, self.root_public, None, from_iso("1970-01-01T00:00:00Z"))


def check_county_id(county_id: str) -> None:
    """Raises ``ValidationError`` unless ``county_id`` matches ``COUNTY_ID_RE``."""
    if not COUNTY_ID_RE.fullmatch(county_id):
        raise ValidationError(
            "The county id is 1 to 40 lower-case letters, digits and dashes (e.g. 'alameda')."
        )


def normalize_county_name(county_name: str) -> str:
    """The county name with runs of spaces made one; ``ValidationError`` if it is not 1 to
    120 characters or holds control or invisible formatting characters (it is shown on every
    laptop's trust screen, and the trust file refuses such text)."""
    name = " ".join(county_name.split())
    if not 1 <= len(name) <= 120:
        raise ValidationError("The county name must be 1 to 120 characters.")
    if has_hidden_characters(name):
        raise ValidationError(
            "The county name contains control or invisible formatting characters."
        )
    return name
