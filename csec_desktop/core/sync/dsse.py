"""DSSE envelopes (secure-systems-lab/dsse v1.0) signed with Ed25519.

The signature covers PAE(payloadType, payload) =
    "DSSEv1" SP LEN(type) SP type SP LEN(payload) SP payload
with lengths as ASCII decimal byte counts, so neither the type nor the payload can be swapped.

The envelope itself is JSON with exactly ``payload`` (standard base64), ``payloadType`` and
``signatures`` (exactly one ``{keyid, sig}``). We only accept the canonical serialisation: the
envelope's bytes are then a function of its content, so the SHA-256 of the envelope bytes is a
stable identity (the bundle hash that chains bundles and that receipts answer).
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from csec_desktop.core.sync.canonical import (
    b64encode,
    canonical_json,
    parse_json_strict,
    req_b64,
    req_hex,
    require_object,
)
from csec_desktop.core.sync.errors import FormatError, SignatureError, TooLargeError
from csec_desktop.core.sync.keys import key_id

SIGNATURE_SIZE = 64


def pae(payload_type: str, payload: bytes) -> bytes:
    """DSSE pre-authentication encoding: what the signature actually covers."""
    type_bytes = payload_type.encode("utf-8")
    return b"DSSEv1 %d %b %d %b" % (len(type_bytes), type_bytes, len(payload), payload)


@dataclass(frozen=True)
class Envelope:
    """A parsed, not yet verified envelope. ``raw`` is its exact (canonical) bytes."""

    payload_type: str
    payload: bytes
    keyid: str
    sig: bytes
    raw: bytes

    def verify(self, public_key: Ed25519PublicKey, what: str) -> bytes:
        """Return the payload if ``public_key`` signed it; otherwise raise SignatureError."""
        expected = key_id(public_key)
        if self.keyid != expected:
            raise SignatureError(f"{what} is signed by key {self.keyid}, expected key {expected}")
        try:
            public_key.verify(self.sig, pae(self.payload_type, self.payload))
        except InvalidSignature:
            raise SignatureError(f"{what} signature does not verify") from None
        return self.payload


def sign_envelope(payload_type: str, payload: bytes, signing_key: Ed25519PrivateKey) -> bytes:
    """The canonical envelope bytes for ``payload`` signed by ``signing_key``."""
    sig = signing_key.sign(pae(payload_type, payload))
    envelope = {
        "payload": b64encode(payload),
        "payloadType": payload_type,
        "signatures": [{"keyid": key_id(signing_key.public_key()), "sig": b64encode(sig)}],
    }
    return canonical_json(envelope, "envelope")


def parse_envelope(data: bytes, what: str, *, payload_type: str, max_size: int) -> Envelope:
    """Parse ``data`` strictly as a one-signature envelope of ``payload_type``."""
    if len(data) > max_size:
        raise TooLargeError(f"{what} envelope is {len(data)} bytes, more than the {max_size} limit")
    doc = require_object(
        parse_json_strict(data, f"{what} envelope", max_depth=3),
        f"{what} envelope",
        {"payload", "payloadType", "signatures"},
    )
    if doc["payloadType"] != payload_type:
        raise FormatError(f"{what} envelope payloadType must be {payload_type!r}")
    payload = req_b64(doc, "payload", f"{what} envelope")
    signatures = doc["signatures"]
    if not isinstance(signatures, list) or len(signatures) != 1:
        raise FormatError(f"{what} envelope must carry exactly one signature")
    entry = require_object(signatures[0], f"{what} signature", {"keyid", "sig"})
    keyid = req_hex(entry, "keyid", f"{what} signature", 16)
    sig = req_b64(entry, "sig", f"{what} signature", SIGNATURE_SIZE)
    if canonical_json(doc, f"{what} envelope") != data:
        # Same content, other spelling (spaces, key order, escapes): refuse, so the bytes hash
        # the same everywhere.
        raise FormatError(f"{what} envelope is not in canonical form")
    return Envelope(payload_type, payload, keyid, sig, bytes(data))
