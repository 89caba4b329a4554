"""The bundle payload: records → canonical JSON → zlib → AES-256-GCM, key wrapped with HPKE.

Only composition of `cryptography` primitives lives here: HPKE base mode with
DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM wraps a fresh 32-byte content key; the
content key encrypts the compressed records with AES-256-GCM. Decompression is bounded by the
manifest's declared plaintext length, so a compressed bomb cannot exhaust memory.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from csec_desktop.core.sync.canonical import canonical_json, parse_json_strict, require_object
from csec_desktop.core.sync.errors import (
    DecryptionError,
    FormatError,
    PayloadContentError,
    TooLargeError,
)
from csec_desktop.core.sync.manifest import KIND_RE, MAX_KINDS

SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
ENC_SIZE = 32
WRAPPED_KEY_SIZE = 48  # 32-byte content key + 16-byte tag
_WHAT = "bundle payload"


def encode_records(records: Sequence[Mapping[str, Any]]) -> tuple[bytes, dict[str, int]]:
    """Canonical ``{"records": [...]}`` and the count of records by ``kind``."""
    counts: Counter[str] = Counter()
    for index, record in enumerate(records):
        # ``type() is dict`` first: the abstract Mapping check is slow, and records are dicts.
        kind = record.get("kind") if type(record) is dict or isinstance(record, Mapping) else None
        if not isinstance(kind, str) or not KIND_RE.fullmatch(kind):
            raise PayloadContentError(f"record {index} has no valid 'kind' (e.g. 'screening')")
        counts[kind] += 1
    if len(counts) > MAX_KINDS:
        raise PayloadContentError(f"records have more than {MAX_KINDS} kinds")
    try:
        plaintext = canonical_json(
            {"records": [r if type(r) is dict else dict(r) for r in records]}, "the records"
        )
    except FormatError as exc:
        raise PayloadContentError(exc.message) from None
    return plaintext, dict(sorted(counts.items()))


def decode_records(plaintext: bytes, expected_counts: Mapping[str, int]) -> list[dict[str, Any]]:
    """Parse the decrypted records and check them against the manifest's counts."""
    try:
        doc = require_object(parse_json_strict(plaintext, _WHAT), _WHAT, {"records"})
    except FormatError as exc:
        raise PayloadContentError(exc.message) from None
    records = doc["records"]
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise PayloadContentError(f"{_WHAT} records must be a list of objects")
    counts: Counter[str] = Counter()
    for record in records:
        kind = record.get("kind")
        counts[kind if isinstance(kind, str) else "<none>"] += 1
    if dict(counts) != dict(expected_counts):
        raise PayloadContentError(f"{_WHAT} record counts differ from the signed manifest")
    return records


def compress(plaintext: bytes) -> bytes:
    return zlib.compress(plaintext, 6)


def decompress_bounded(data: bytes, declared: int, limit: int) -> bytes:
    """Inflate exactly ``declared`` bytes (≤ ``limit``); never produce more than that."""
    if declared > limit:
        raise TooLargeError(
            f"{_WHAT} declares {declared} bytes of records, more than the {limit} limit"
        )
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(data, declared + 1)
    except zlib.error:
        raise PayloadContentError(f"{_WHAT} is not valid zlib data") from None
    if len(out) > declared or inflater.unconsumed_tail:
        raise PayloadContentError(f"{_WHAT} inflates to more than the declared {declared} bytes")
    if not inflater.eof or inflater.unused_data:
        raise PayloadContentError(f"{_WHAT} compressed stream is incomplete or has trailing data")
    if len(out) != declared:
        raise PayloadContentError(
            f"{_WHAT} inflates to {len(out)} bytes, the manifest declares {declared}"
        )
    return out


def wrap_content_key(
    content_key: bytes, recipient: X25519PublicKey, info: bytes
) -> tuple[bytes, bytes]:
    """HPKE-seal the content key to ``recipient``; return (encapsulated key, wrapped key)."""
    sealed = SUITE.encrypt(content_key, recipient, info=info)
    return sealed[:ENC_SIZE], sealed[ENC_SIZE:]


def unwrap_content_key(
    enc: bytes, wrapped: bytes, private_key: X25519PrivateKey, info: bytes
) -> bytes:
    try:
        key = SUITE.decrypt(enc + wrapped, private_key, info=info)
    except (InvalidTag, ValueError):
        raise DecryptionError("bundle content key does not unwrap with this county key") from None
    if len(key) != 32:
        raise DecryptionError("bundle content key has the wrong length")
    return key


def encrypt(content_key: bytes, nonce: bytes, compressed: bytes, aad: bytes) -> bytes:
    return AESGCM(content_key).encrypt(nonce, compressed, aad)


def decrypt(content_key: bytes, nonce: bytes, ciphertext: bytes, aad: bytes) -> bytes:
    try:
        return AESGCM(content_key).decrypt(nonce, ciphertext, aad)
    except (InvalidTag, ValueError):
        raise DecryptionError(
            "bundle payload does not decrypt: it or its manifest was altered"
        ) from None
