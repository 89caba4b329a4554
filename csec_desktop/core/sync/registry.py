"""The device registry inside a trust file: enrolled laptops and their revocations.

A revocation carries ``after_seq``: bundles the device numbered up to and including it were
sent before the laptop was lost or retired and are still accepted; later ones are refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from csec_desktop.core.sync.canonical import (
    format_time,
    req_b64,
    req_int,
    req_time,
    req_uuid,
    require_object,
)
from csec_desktop.core.sync.errors import FormatError
from csec_desktop.core.sync.keys import b64_public, ed25519_public_from_bytes, public_bytes

MAX_DEVICES = 20_000


@dataclass(frozen=True)
class Revocation:
    at: datetime
    after_seq: int


@dataclass(frozen=True)
class DeviceEntry:
    device_id: str
    public_key: Ed25519PublicKey
    enrolled_at: datetime
    revoked: Revocation | None = None

    def to_json(self) -> dict[str, Any]:
        revoked = None
        if self.revoked is not None:
            revoked = {"at": format_time(self.revoked.at), "after_seq": self.revoked.after_seq}
        return {
            "device_id": self.device_id,
            "public_key": b64_public(self.public_key),
            "enrolled_at": format_time(self.enrolled_at),
            "revoked": revoked,
        }


def _entry(value: object, what: str) -> DeviceEntry:
    doc = require_object(value, what, {"device_id", "public_key", "enrolled_at", "revoked"})
    revoked = None
    if doc["revoked"] is not None:
        rev = require_object(doc["revoked"], f"{what} revoked", {"at", "after_seq"})
        revoked = Revocation(
            req_time(rev, "at", f"{what} revoked"),
            req_int(rev, "after_seq", f"{what} revoked"),
        )
    return DeviceEntry(
        device_id=req_uuid(doc, "device_id", what),
        public_key=ed25519_public_from_bytes(req_b64(doc, "public_key", what, 32)),
        enrolled_at=req_time(doc, "enrolled_at", what),
        revoked=revoked,
    )


def parse_devices(value: object, what: str) -> tuple[DeviceEntry, ...]:
    if not isinstance(value, list):
        raise FormatError(f"{what} devices must be a list")
    if len(value) > MAX_DEVICES:
        raise FormatError(f"{what} lists more than {MAX_DEVICES} devices")
    entries = tuple(_entry(item, f"{what} device {i}") for i, item in enumerate(value))
    ids = [e.device_id for e in entries]
    if len(set(ids)) != len(ids):
        raise FormatError(f"{what} lists a device more than once")
    keys = [public_bytes(e.public_key) for e in entries]
    if len(set(keys)) != len(keys):
        raise FormatError(f"{what} gives two devices the same key")
    return entries
