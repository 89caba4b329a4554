"""The county's keys and the trust files they sign: reading the keys from the county vault,
issuing the next trust file (root online, or intake's delegate key under the root's
delegation), the receiving service it names, and the latest trust file and package.

A trust file lists the device registry (``devices``); changing the registry is
``authority.CountyAuthority``'s job.
"""

from __future__ import annotations

import copy
import json
from datetime import datetime, timedelta
from typing import Any, Self

from csec_desktop.core.clock import from_iso, to_iso
from csec_desktop.core.errors import CsecError
from csec_desktop.core.sync.keys import CountyKeys, ed25519_public_from_bytes
from csec_desktop.core.sync.registry import DeviceEntry, Revocation
from csec_desktop.core.sync.trust import Trust, TrustService, make_trust, verify_trust
from csec_desktop.core.vault.audit import AuditLog
from csec_desktop.core.vault.database import Database

TRUST_VALID_DAYS = 365


class TrustIssuer:
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

    def bound_to(self, store: Database, audit: AuditLog) -> Self:
        """The same authority working on another connection to its store (one per request
        in the receiving service); the keys are shared, never written anywhere."""
        other = copy.copy(self)
        other.db, other.audit = store, audit
        return other

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
