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

import json
from datetime import datetime
from typing import Any

from csec_desktop.core.clock import to_iso
from csec_desktop.core.county.trust_issuer import TrustIssuer
from csec_desktop.core.errors import CsecError, ValidationError
from csec_desktop.core.sync.canonical import has_hidden_characters
from csec_desktop.core.sync.enrollment import DeviceRequest, verify_device_request
from csec_desktop.core.sync.fingerprints import check_typed, fingerprint_text
from csec_desktop.core.sync.keys import CountyKeys, public_bytes
from csec_desktop.core.sync.trust import COUNTY_ID_RE
from csec_desktop.core.vault.audit import AuditLog
from csec_desktop.core.vault.database import Database


class CountyAuthority(TrustIssuer):
    """The county's keys and trust files (``TrustIssuer``) and the changes to the device
    registry and the county itself that issue a new trust file."""

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
