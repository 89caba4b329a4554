"""Device-signed HTTP requests to the county's receiving service (``csec-request/1``).

Every request carries five headers; the service checks them before it reads a byte of the body:

- ``CSEC-Device``: the device id (as enrolled in the trust file);
- ``CSEC-Timestamp``: whole seconds since the Unix epoch, UTC;
- ``CSEC-Nonce``: 32 random hex digits, never reused (the service remembers each for the
  replay window);
- ``CSEC-Content-SHA256``: hex SHA-256 of the body (of the empty string for GET), checked by
  the service after the body has arrived;
- ``CSEC-Signature``: base64 of the device's Ed25519 signature over the signing string:

  ``csec-request/1\\n{METHOD}\\n{path?query}\\n{device}\\n{timestamp}\\n{nonce}\\n{content sha256}``

A signed timestamped header rather than RFC 9421: the same protection (method, target, time,
nonce and body bound to the enrolled key) with one fixed string to build and check, and no
component-selection rules for either side to get wrong. TLS is added protection; the bundle's
own signature and encryption remain the security of its content.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from csec_desktop.core.sync.errors import FormatError, SignatureError
from csec_desktop.core.sync.keys import DeviceIdentity

SCHEME = "csec-request/1"
REPLAY_WINDOW_SECONDS = 300  # either side of the service's clock
HEADERS = ("csec-device", "csec-timestamp", "csec-nonce", "csec-content-sha256", "csec-signature")
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HEX32 = re.compile(r"[0-9a-f]{32}")
_HEX64 = re.compile(r"[0-9a-f]{64}")


def signing_string(
    method: str, target: str, device: str, timestamp: int, nonce: str, content_sha256: str
) -> bytes:
    return "\n".join(
        (SCHEME, method.upper(), target, device, str(timestamp), nonce, content_sha256)
    ).encode("utf-8")


def sign_request(
    identity: DeviceIdentity, method: str, target: str, body_sha256: str, now: int
) -> dict[str, str]:
    """The headers for one request (``target``: path and query, e.g. ``/v1/receipts?since=3``)."""
    nonce = secrets.token_hex(16)
    message = signing_string(method, target, identity.device_id, now, nonce, body_sha256)
    return {
        "CSEC-Device": identity.device_id,
        "CSEC-Timestamp": str(now),
        "CSEC-Nonce": nonce,
        "CSEC-Content-SHA256": body_sha256,
        "CSEC-Signature": base64.b64encode(identity.signing_key.sign(message)).decode("ascii"),
    }


@dataclass(frozen=True)
class SignedRequest:
    """The signature headers of one request, parsed (not yet verified)."""

    device: str
    timestamp: int
    nonce: str
    content_sha256: str
    signature: bytes

    @classmethod
    def parse(cls, headers: Mapping[str, str]) -> SignedRequest:
        missing = [name for name in HEADERS if not headers.get(name)]
        if missing:
            raise FormatError(f"request is not signed (missing {', '.join(missing)})")
        device, stamp = headers["csec-device"], headers["csec-timestamp"]
        nonce, digest = headers["csec-nonce"], headers["csec-content-sha256"]
        if not _UUID.fullmatch(device):
            raise FormatError("CSEC-Device is not a device id")
        if not stamp.isdigit() or len(stamp) > 12:
            raise FormatError("CSEC-Timestamp is not a time in whole seconds")
        if not _HEX32.fullmatch(nonce) or not _HEX64.fullmatch(digest):
            raise FormatError("CSEC-Nonce or CSEC-Content-SHA256 is malformed")
        try:
            signature = base64.b64decode(headers["csec-signature"], validate=True)
        except (binascii.Error, ValueError):
            raise FormatError("CSEC-Signature is not base64") from None
        return cls(device, int(stamp), nonce, digest, signature)

    def skew(self, now: int) -> int:
        """Seconds the laptop's clock is ahead of the service's (negative: behind)."""
        return self.timestamp - now

    def verify(self, key: Ed25519PublicKey, method: str, target: str) -> None:
        message = signing_string(
            method, target, self.device, self.timestamp, self.nonce, self.content_sha256
        )
        try:
            key.verify(self.signature, message)
        except InvalidSignature:
            raise SignatureError(
                "request signature does not verify with the enrolled key"
            ) from None


def describe_skew(seconds: int) -> str:
    """``"9 minutes ahead of"`` — for "this laptop's clock is … the county's"."""
    way = "ahead of" if seconds > 0 else "behind"
    amount = abs(seconds)
    if amount >= 5400:
        return f"{round(amount / 3600)} hours {way}"
    if amount >= 90:
        return f"{round(amount / 60)} minutes {way}"
    return f"{amount} seconds {way}"
