"""The county's signed receipt for one bundle (format ``csec-receipt/2``).

It lists each record's fate. Only a receipt that verifies against the trust file's receipt key
and answers a bundle this laptop sent may mark records delivered.

Records are named by ``id_sha256``, SHA-256 of ``csec-receipt-id|<bundle hash>|<record id>``,
not by their ids (security finding 11): a receipt file found on a USB stick does not list
which records a laptop sent; only someone who already knows an id can tell whether it is
there, and the same record has another name in every receipt. The laptop finds each record
among those it sent in that bundle (``resolve``). Format 1 receipts (ids in the clear, from a
county not yet upgraded) are still read.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, Literal, cast

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from csec_desktop.core.sync.canonical import (
    canonical_json,
    format_time,
    parse_json_strict,
    req_const,
    req_hex,
    req_int,
    req_str,
    req_time,
    req_uuid,
    require_object,
)
from csec_desktop.core.sync.dsse import parse_envelope, sign_envelope
from csec_desktop.core.sync.errors import FormatError, ReceiptMismatchError
from csec_desktop.core.sync.manifest import KIND_RE, BundleManifest
from csec_desktop.core.sync.trust import Trust

FORMAT = "csec-receipt/2"
FORMATS = ("csec-receipt/1", FORMAT)
PAYLOAD_TYPE = "application/vnd.csec.receipt+json"
MAX_RECEIPT_SIZE = 64 * 1024 * 1024
MAX_RECORDS = 1_000_000
Fate = Literal["accepted", "duplicate", "conflict", "rejected"]
FATES: tuple[Fate, ...] = ("accepted", "duplicate", "conflict", "rejected")
_WHAT = "receipt"
_MEMBERS = {
    "format", "county_id", "bundle_id", "bundle_hash", "device_id", "sequence", "received_at",
    "records",
}  # fmt: skip


@dataclass(frozen=True)
class RecordFate:
    record_id: str
    kind: str
    version: int
    fate: Fate
    reason: str = ""  # required for conflict and rejected: a person reads it
    # In a parsed receipt the id is unknown ("") until ``Receipt.resolve`` finds it by this.
    id_sha256: str = field(default="", compare=False)

    def to_json(self, bundle_hash: str) -> dict[str, Any]:
        return {"id_sha256": record_id_hash(bundle_hash, self.record_id), "kind": self.kind,
                "version": self.version, "fate": self.fate, "reason": self.reason}  # fmt: skip


def record_id_hash(bundle_hash: str, record_id: str) -> str:
    """How a receipt names a record (see the module docstring)."""
    return hashlib.sha256(f"csec-receipt-id|{bundle_hash}|{record_id}".encode()).hexdigest()


@dataclass(frozen=True)
class Receipt:
    county_id: str
    bundle_id: str
    bundle_hash: str
    device_id: str
    sequence: int
    received_at: datetime
    records: tuple[RecordFate, ...]

    def resolve(self, record_ids: Iterable[str]) -> tuple[RecordFate, ...]:
        """The fates with their record ids, found among ``record_ids`` (those the bundle
        carried). Raises ReceiptMismatchError for a record that is none of them."""
        known = {record_id_hash(self.bundle_hash, rid): rid for rid in record_ids}
        out = []
        for fate in self.records:
            if fate.id_sha256 not in known:
                raise ReceiptMismatchError(
                    f"receipt lists a {fate.kind} record that bundle {self.sequence} did not carry"
                )
            out.append(replace(fate, record_id=known[fate.id_sha256]))
        return tuple(out)


def _fate(value: object, what: str, bundle_hash: str) -> RecordFate:
    legacy = isinstance(value, dict) and "id" in value
    name = "id" if legacy else "id_sha256"
    doc = require_object(value, what, {name, "kind", "version", "fate", "reason"})
    kind = req_str(doc, "kind", what, max_len=40)
    if not KIND_RE.fullmatch(kind):
        raise FormatError(f"{what} kind is not a valid record kind")
    fate = doc["fate"]
    if fate not in FATES:
        raise FormatError(f"{what} fate must be one of {', '.join(FATES)}")
    reason = req_str(doc, "reason", what, max_len=500)
    if fate in ("conflict", "rejected") and not reason.strip():
        raise FormatError(f"{what} is {fate} without a reason")
    version = req_int(doc, "version", what)
    if legacy:
        record_id = req_uuid(doc, "id", what)
        digest = record_id_hash(bundle_hash, record_id)
        return RecordFate(record_id, kind, version, cast(Fate, fate), reason, digest)
    digest = req_hex(doc, "id_sha256", what, 32)
    return RecordFate("", kind, version, cast(Fate, fate), reason, digest)


def _parse(value: object) -> Receipt:
    doc = require_object(value, _WHAT, _MEMBERS)
    if doc["format"] not in FORMATS:
        req_const(doc, "format", _WHAT, FORMAT)
    records = doc["records"]
    bundle_hash = req_hex(doc, "bundle_hash", _WHAT, 32)
    if not isinstance(records, list) or len(records) > MAX_RECORDS:
        raise FormatError(f"{_WHAT} records must be a list of at most {MAX_RECORDS}")
    return Receipt(
        county_id=req_str(doc, "county_id", _WHAT, max_len=40),
        bundle_id=req_uuid(doc, "bundle_id", _WHAT),
        bundle_hash=bundle_hash,
        device_id=req_uuid(doc, "device_id", _WHAT),
        sequence=req_int(doc, "sequence", _WHAT, minimum=1),
        received_at=req_time(doc, "received_at", _WHAT),
        records=tuple(
            _fate(item, f"{_WHAT} record {i}", bundle_hash) for i, item in enumerate(records)
        ),
    )


def make_receipt(
    receipt_key: Ed25519PrivateKey,
    *,
    county_id: str,
    manifest: BundleManifest,
    bundle_hash: str,
    records: Sequence[RecordFate],
    received_at: datetime,
) -> bytes:
    doc = {
        "format": FORMAT,
        "county_id": county_id,
        "bundle_id": manifest.bundle_id,
        "bundle_hash": bundle_hash,
        "device_id": manifest.device_id,
        "sequence": manifest.sequence,
        "received_at": format_time(received_at),
        "records": [r.to_json(bundle_hash) for r in records],
    }
    _parse(doc)
    return sign_envelope(PAYLOAD_TYPE, canonical_json(doc, _WHAT), receipt_key)


def verify_receipt(
    data: bytes, trust: Trust, expected_bundle_hash: str, expected_device_id: str | None = None
) -> Receipt:
    """A receipt signed by this county's receipt key for the bundle with this hash."""
    envelope = parse_envelope(data, _WHAT, payload_type=PAYLOAD_TYPE, max_size=MAX_RECEIPT_SIZE)
    payload = envelope.verify(trust.receipt_public_key, _WHAT)
    receipt = _parse(parse_json_strict(payload, _WHAT))
    if receipt.county_id != trust.county_id:
        raise ReceiptMismatchError(f"receipt comes from county {receipt.county_id}, not this one")
    if receipt.bundle_hash != expected_bundle_hash:
        raise ReceiptMismatchError(
            f"receipt answers bundle {receipt.bundle_hash[:16]}…, "
            f"not the bundle this device sent ({expected_bundle_hash[:16]}…)"
        )
    if expected_device_id is not None and receipt.device_id != expected_device_id:
        raise ReceiptMismatchError(f"receipt answers device {receipt.device_id}, not this device")
    return receipt


def receipt_bundle_hash(data: bytes) -> str:
    """UNVERIFIED: the bundle hash a receipt claims to answer, only to find which sent bundle
    to verify it against. Always follow with ``verify_receipt``."""
    envelope = parse_envelope(data, _WHAT, payload_type=PAYLOAD_TYPE, max_size=MAX_RECEIPT_SIZE)
    doc = require_object(parse_json_strict(envelope.payload, _WHAT), _WHAT, _MEMBERS)
    return req_hex(doc, "bundle_hash", _WHAT, 32)
