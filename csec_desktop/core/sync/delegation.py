"""The county root's delegation to intake (security finding 6: the root stays offline).

The county root key lives in its own passphrase-protected file, used only at ``csec county
root …`` (see ``core/county/root_key``). Intake (the county store, opened with an intake
account) holds a *delegate* key and this root-signed statement (format ``csec-delegation/1``,
a DSSE envelope over canonical JSON):

- ``county_id``, ``root_public_key``: whose root speaks;
- ``delegate_public_key``: the key intake signs trust files with;
- ``purposes``: ``["registry", "receipts"]``: intake may publish the device registry (enroll,
  revoke) and sign receipts, nothing else;
- ``config_sha256``: SHA-256 of the trust file's county-level content (every member but the
  registry, version and dates: name, encryption and receipt keys, policy, service, and any
  member added later), so a delegate-signed trust file cannot change what only the root
  decides;
- ``issued_at``, ``expires``.

A laptop checks it against the root it pinned at enrollment (``trust.verify_trust``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from csec_desktop.core.sync.canonical import (
    canonical_json,
    format_time,
    parse_json_strict,
    req_b64,
    req_const,
    req_hex,
    req_str,
    req_time,
    require_object,
)
from csec_desktop.core.sync.dsse import parse_envelope, sign_envelope
from csec_desktop.core.sync.errors import FormatError, TrustExpiredError, TrustRootMismatchError
from csec_desktop.core.sync.keys import b64_public, ed25519_public_from_bytes, key_id

FORMAT = "csec-delegation/1"
PAYLOAD_TYPE = "application/vnd.csec.delegation+json"
PURPOSES = ("registry", "receipts")
# Trust file members intake may change under a delegation; everything else is the root's.
DELEGATED_MEMBERS = frozenset(
    {"format", "devices", "version", "issued_at", "expires", "delegation"}
)
_WHAT = "county delegation"
_MEMBERS = {
    "format", "county_id", "root_public_key", "delegate_public_key", "purposes",
    "config_sha256", "issued_at", "expires",
}  # fmt: skip


def config_digest(trust_doc: Mapping[str, Any]) -> str:
    """SHA-256 (hex) of the root-decided part of a trust file's content."""
    config = {k: v for k, v in trust_doc.items() if k not in DELEGATED_MEMBERS}
    return hashlib.sha256(canonical_json(config, "trust file")).hexdigest()


@dataclass(frozen=True)
class Delegation:
    county_id: str
    root_public_key: Ed25519PublicKey
    delegate_public_key: Ed25519PublicKey
    config_sha256: str
    issued_at: datetime
    expires: datetime
    raw: bytes


def make_delegation(
    root: Ed25519PrivateKey,
    delegate: Ed25519PublicKey,
    *,
    county_id: str,
    config_sha256: str,
    issued_at: datetime,
    expires: datetime,
) -> bytes:
    doc = {
        "format": FORMAT,
        "county_id": county_id,
        "root_public_key": b64_public(root.public_key()),
        "delegate_public_key": b64_public(delegate),
        "purposes": list(PURPOSES),
        "config_sha256": config_sha256,
        "issued_at": format_time(issued_at),
        "expires": format_time(expires),
    }
    return sign_envelope(PAYLOAD_TYPE, canonical_json(doc, _WHAT), root)


def verify_delegation(data: bytes, root: Ed25519PublicKey, now: datetime) -> Delegation:
    """A delegation signed by ``root`` (the pinned county root), in force at ``now``.
    Raises a SyncError subclass naming what is wrong."""
    envelope = parse_envelope(data, _WHAT, payload_type=PAYLOAD_TYPE, max_size=64 * 1024)
    if envelope.keyid != key_id(root):
        raise TrustRootMismatchError(
            f"{_WHAT} is signed by key {envelope.keyid}, not the county root {key_id(root)}"
        )
    envelope.verify(root, _WHAT)
    doc = require_object(parse_json_strict(envelope.payload, _WHAT), _WHAT, _MEMBERS)
    req_const(doc, "format", _WHAT, FORMAT)
    if doc["purposes"] != list(PURPOSES):
        raise FormatError(f"{_WHAT} purposes must be {list(PURPOSES)}")
    named_root = ed25519_public_from_bytes(req_b64(doc, "root_public_key", _WHAT, 32))
    if key_id(named_root) != key_id(root):
        raise TrustRootMismatchError(f"{_WHAT} names another root key")
    delegation = Delegation(
        county_id=req_str(doc, "county_id", _WHAT, max_len=40),
        root_public_key=named_root,
        delegate_public_key=ed25519_public_from_bytes(
            req_b64(doc, "delegate_public_key", _WHAT, 32)
        ),
        config_sha256=req_hex(doc, "config_sha256", _WHAT, 32),
        issued_at=req_time(doc, "issued_at", _WHAT),
        expires=req_time(doc, "expires", _WHAT),
        raw=envelope.raw,
    )
    if now >= delegation.expires:
        raise TrustExpiredError(f"{_WHAT} expired at {format_time(delegation.expires)}")
    return delegation
