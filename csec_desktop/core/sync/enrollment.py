"""The enrollment request a laptop hands to its county (format ``csec-device-request/1``).

Self-signed with the key it enrols, so the county knows the requester holds that key; the
fingerprint inside is what a person compares with the laptop's screen before enrolling it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from csec_desktop.core.sync.canonical import (
    canonical_json,
    format_time,
    parse_json_strict,
    req_b64,
    req_const,
    req_str,
    req_time,
    req_uuid,
    require_object,
)
from csec_desktop.core.sync.dsse import parse_envelope, sign_envelope
from csec_desktop.core.sync.errors import FormatError
from csec_desktop.core.sync.keys import (
    DeviceIdentity,
    b64_public,
    ed25519_public_from_bytes,
    fingerprint,
)
from csec_desktop.core.sync.registry import DeviceEntry

FORMAT = "csec-device-request/1"
PAYLOAD_TYPE = "application/vnd.csec.device-request+json"
MAX_REQUEST_SIZE = 4096
_WHAT = "enrollment request"


@dataclass(frozen=True)
class DeviceRequest:
    device_id: str
    public_key: Ed25519PublicKey
    fingerprint: str
    created_at: datetime

    def to_entry(self, enrolled_at: datetime) -> DeviceEntry:
        """The registry entry the county adds once a person has compared the fingerprint."""
        return DeviceEntry(self.device_id, self.public_key, enrolled_at)


def make_device_request(identity: DeviceIdentity, now: datetime) -> bytes:
    doc = {
        "format": FORMAT,
        "device_id": identity.device_id,
        "public_key": b64_public(identity.public_key),
        "fingerprint": identity.fingerprint,
        "created_at": format_time(now),
    }
    return sign_envelope(PAYLOAD_TYPE, canonical_json(doc, _WHAT), identity.signing_key)


def verify_device_request(data: bytes) -> DeviceRequest:
    envelope = parse_envelope(data, _WHAT, payload_type=PAYLOAD_TYPE, max_size=MAX_REQUEST_SIZE)
    members = {"format", "device_id", "public_key", "fingerprint", "created_at"}
    doc = require_object(parse_json_strict(envelope.payload, _WHAT), _WHAT, members)
    req_const(doc, "format", _WHAT, FORMAT)
    public_key = ed25519_public_from_bytes(req_b64(doc, "public_key", _WHAT, 32))
    envelope.verify(public_key, _WHAT)  # proves possession of the key being enrolled
    shown = req_str(doc, "fingerprint", _WHAT, max_len=39)
    if shown != fingerprint(public_key):
        raise FormatError(f"{_WHAT} fingerprint does not match its public key")
    return DeviceRequest(
        device_id=req_uuid(doc, "device_id", _WHAT),
        public_key=public_key,
        fingerprint=shown,
        created_at=req_time(doc, "created_at", _WHAT),
    )
