"""The bundle manifest: the plaintext, signed description of an encrypted bundle.

It holds no personal data: ids, counters, hashes, key ids, counts by record kind and versions.
Two derived byte strings bind the encryption to it:

- ``aad()``: the canonical manifest without ``payload_sha256`` (which is computed from the
  ciphertext and so cannot be an input to it). It is the AES-GCM associated data, so a change
  to any other manifest member makes the payload undecryptable; ``payload_sha256`` itself is
  covered by the signature.
- ``hpke_info()``: binds the wrapped content key to this bundle id, device, sequence and
  recipient, so a wrapped key moved into another manifest does not unwrap.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any, Literal

from csec_desktop.core.sync.canonical import (
    b64encode,
    canonical_json,
    format_time,
    req_b64,
    req_const,
    req_hex,
    req_int,
    req_str,
    req_time,
    req_uuid,
    require_object,
)
from csec_desktop.core.sync.errors import FormatError

FORMAT = "csec-bundle/1"
PAYLOAD_TYPE = "application/vnd.csec.bundle-manifest+json"
GENESIS = "genesis"
AUDIT_GENESIS = "0" * 64  # the audit chain's own genesis (core/vault/audit.py)
HPKE_SUITE = "DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM"
KIND_RE = re.compile(r"[a-z][a-z0-9_]{0,39}")
MAX_KINDS = 64
_WHAT = "bundle manifest"
_MEMBERS = {
    "format", "bundle_id", "device_id", "sequence", "previous_bundle_hash", "recipient_key_id",
    "hpke_enc", "wrapped_content_key", "payload_nonce", "payload_sha256", "payload_length",
    "plaintext_length", "record_counts", "schema_version", "app_version", "created_at",
    "audit_seq", "audit_hash", "key_generation",
}  # fmt: skip

SequenceClass = Literal["next", "duplicate", "replay", "gap", "fork"]


@dataclass(frozen=True)
class BundleManifest:
    bundle_id: str
    device_id: str
    sequence: int
    previous_bundle_hash: str
    recipient_key_id: str
    hpke_enc: bytes
    wrapped_content_key: bytes
    payload_nonce: bytes
    payload_sha256: str
    payload_length: int
    plaintext_length: int
    record_counts: dict[str, int]
    schema_version: int
    app_version: str
    created_at: datetime
    # The laptop's audit log head when the bundle was made (0 and 64 zeros before any entry):
    # the county checks each device's chain continues from the last head it saw.
    audit_seq: int = 0
    audit_hash: str = AUDIT_GENESIS
    # The laptop key file's generation: it only grows; a lower one means a restored key file.
    key_generation: int = 0
    format: str = FORMAT

    def to_json(self) -> dict[str, Any]:
        doc = asdict(self)
        for name in ("hpke_enc", "wrapped_content_key", "payload_nonce"):
            doc[name] = b64encode(doc[name])
        doc["created_at"] = format_time(self.created_at)
        doc["record_counts"] = dict(self.record_counts)
        return doc

    def to_bytes(self) -> bytes:
        return canonical_json(self.to_json(), _WHAT)

    def aad(self) -> bytes:
        doc = self.to_json()
        del doc["payload_sha256"]
        return canonical_json(doc, _WHAT)

    def hpke_info(self) -> bytes:
        return hpke_info(self.bundle_id, self.device_id, self.sequence, self.recipient_key_id)

    @classmethod
    def from_json(cls, value: object) -> BundleManifest:
        doc = require_object(value, _WHAT, _MEMBERS)
        req_const(doc, "format", _WHAT, FORMAT)
        previous = doc["previous_bundle_hash"]
        if previous != GENESIS:
            previous = req_hex(doc, "previous_bundle_hash", _WHAT, 32)

        return cls(
            bundle_id=req_uuid(doc, "bundle_id", _WHAT),
            device_id=req_uuid(doc, "device_id", _WHAT),
            sequence=req_int(doc, "sequence", _WHAT, minimum=1),
            previous_bundle_hash=previous,
            recipient_key_id=req_hex(doc, "recipient_key_id", _WHAT, 16),
            hpke_enc=req_b64(doc, "hpke_enc", _WHAT, 32),
            wrapped_content_key=req_b64(doc, "wrapped_content_key", _WHAT, 48),
            payload_nonce=req_b64(doc, "payload_nonce", _WHAT, 12),
            payload_sha256=req_hex(doc, "payload_sha256", _WHAT, 32),
            payload_length=req_int(doc, "payload_length", _WHAT, minimum=16),
            plaintext_length=req_int(doc, "plaintext_length", _WHAT, minimum=2),
            record_counts=_record_counts(doc["record_counts"]),
            schema_version=req_int(doc, "schema_version", _WHAT, minimum=1),
            app_version=req_str(doc, "app_version", _WHAT, max_len=40),
            created_at=req_time(doc, "created_at", _WHAT),
            audit_seq=req_int(doc, "audit_seq", _WHAT, minimum=0),
            audit_hash=req_hex(doc, "audit_hash", _WHAT, 32),
            key_generation=req_int(doc, "key_generation", _WHAT, minimum=0),
        )


def hpke_info(bundle_id: str, device_id: str, sequence: int, recipient_key_id: str) -> bytes:
    return canonical_json(
        {
            "format": FORMAT,
            "bundle_id": bundle_id,
            "device_id": device_id,
            "sequence": sequence,
            "recipient_key_id": recipient_key_id,
        }
    )


def _record_counts(value: object) -> dict[str, int]:
    what = f"{_WHAT} record_counts"
    if not isinstance(value, dict):
        raise FormatError(f"{what} must be a JSON object")
    if len(value) > MAX_KINDS:
        raise FormatError(f"{what} lists more than {MAX_KINDS} record kinds")
    counts: dict[str, int] = {}
    for kind in value:
        if not KIND_RE.fullmatch(kind):
            raise FormatError(f"{what} has an invalid record kind name")
        counts[kind] = req_int(value, kind, what, minimum=1)
    return counts


def classify_sequence(
    last_seq: int, last_hash: str, manifest: BundleManifest, bundle_hash: str
) -> SequenceClass:
    """Place a verified bundle in its device's chain, given the county's last imported one.

    ``last_seq`` is 0 and ``last_hash`` is ``"genesis"`` for a device never heard from.
    ``bundle_hash`` is the SHA-256 of this bundle's manifest envelope.

    - next: sequence is last + 1 and the bundle links to the last one: import it.
    - duplicate: the very bundle imported last, received again: answer idempotently.
    - replay: an older sequence number: already imported or superseded; import nothing.
    - gap: sequence is beyond last + 1: a bundle is missing; flag it.
    - fork: sequence last + 1 (or equal to last) but a different history: the device's chain
      split (restored backup, cloned disk or stolen key); a person must look.
    """
    if manifest.sequence == last_seq + 1:
        return "next" if manifest.previous_bundle_hash == last_hash else "fork"
    if manifest.sequence > last_seq + 1:
        return "gap"
    if manifest.sequence == last_seq:
        return "duplicate" if bundle_hash == last_hash else "fork"
    return "replay"
