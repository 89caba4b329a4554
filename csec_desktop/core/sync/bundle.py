"""Write, inspect and open bundle files.

A bundle is one file (see ``container``): a signed manifest and an encrypted payload. The
caller supplies records as JSON-able dicts with a ``kind`` and persists the sequence number and
the returned ``bundle_hash``; everything cryptographic happens here.

Verification order in ``open_bundle`` (each failure is its own exception class and message):
framing and size caps → envelope form → device known → signature → manifest members →
caller's authorisation (registry, revocation) → recipient → payload length and hash → declared
size → key unwrap → decryption → decompressed size → record list shape and counts. Sequence and
chain checks need the county's state: ``manifest.classify_sequence`` after this returns.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from csec_desktop import __version__
from csec_desktop.core.atomicfile import atomic_write
from csec_desktop.core.sync import payload as pl
from csec_desktop.core.sync.canonical import (
    is_canonical_uuid,
    parse_json_strict,
    strings_are_nfc,
)
from csec_desktop.core.sync.container import (
    TAG_SIZE,
    Limits,
    Source,
    encode_frame,
    frame_size,
    read_source,
)
from csec_desktop.core.sync.dsse import Envelope, parse_envelope, sign_envelope
from csec_desktop.core.sync.errors import (
    FormatError,
    PayloadHashError,
    TooLargeError,
    UnknownDeviceError,
    WrongRecipientError,
)
from csec_desktop.core.sync.keys import DeviceIdentity, key_id
from csec_desktop.core.sync.manifest import (
    AUDIT_GENESIS,
    GENESIS,
    PAYLOAD_TYPE,
    BundleManifest,
    hpke_info,
)

DeviceKeyLookup = Callable[[str], Ed25519PublicKey | None]
Authorize = Callable[[BundleManifest], None]


@dataclass(frozen=True)
class BundleHeader:
    """What the export code knows: its chain position and versions."""

    sequence: int
    previous_bundle_hash: str = GENESIS
    schema_version: int = 1
    app_version: str = __version__
    audit_seq: int = 0  # the laptop's audit head (seq, hash) when the bundle is made
    audit_hash: str = AUDIT_GENESIS
    key_generation: int = 0  # the key file's generation (it only grows)


@dataclass(frozen=True)
class BundleInfo:
    manifest: BundleManifest
    bundle_hash: str  # SHA-256 hex of the manifest envelope: the next bundle's previous hash
    size: int


@dataclass(frozen=True)
class Inspection:
    manifest: BundleManifest
    bundle_hash: str
    signer_key_id: str
    signature_checked: bool  # True only when a key was given and the signature verified
    size: int


@dataclass(frozen=True)
class OpenedBundle:
    manifest: BundleManifest
    records: list[dict[str, Any]]
    bundle_hash: str
    # Every string in the records is already Unicode NFC (``canonical.strings_are_nfc`` of the
    # decrypted text); False when that could not be told from the text.
    strings_nfc: bool = False


def build_bundle(
    header: BundleHeader,
    records: Sequence[Mapping[str, Any]],
    device: DeviceIdentity,
    county_encryption_public_key: X25519PublicKey,
    *,
    now: datetime | None = None,
    limits: Limits = Limits(),  # noqa: B008 - immutable
    _content_key: bytes | None = None,
    _nonce: bytes | None = None,
    _bundle_id: str | None = None,
) -> tuple[bytes, BundleInfo]:
    """The complete bundle file in memory. Underscored arguments exist for test vectors."""
    plaintext, counts = pl.encode_records(records)
    if len(plaintext) > limits.max_plaintext:
        raise TooLargeError(f"records are {len(plaintext)} bytes, more than the bundle limit")
    compressed = pl.compress(plaintext)
    bundle_id = _bundle_id or str(uuid.uuid4())
    recipient = key_id(county_encryption_public_key)
    content_key = _content_key or secrets.token_bytes(32)
    enc, wrapped = pl.wrap_content_key(
        content_key,
        county_encryption_public_key,
        hpke_info(bundle_id, device.device_id, header.sequence, recipient),
    )
    draft = BundleManifest(
        bundle_id=bundle_id,
        device_id=device.device_id,
        sequence=header.sequence,
        previous_bundle_hash=header.previous_bundle_hash,
        recipient_key_id=recipient,
        hpke_enc=enc,
        wrapped_content_key=wrapped,
        payload_nonce=_nonce or secrets.token_bytes(12),
        payload_sha256="0" * 64,  # not part of the AAD; filled in below
        payload_length=len(compressed) + TAG_SIZE,
        plaintext_length=len(plaintext),
        record_counts=counts,
        schema_version=header.schema_version,
        app_version=header.app_version,
        created_at=(now or datetime.now(UTC)).replace(microsecond=0),
        audit_seq=header.audit_seq,
        audit_hash=header.audit_hash,
        key_generation=header.key_generation,
    )
    # Round-trip through the strict parser so we never sign a manifest we would refuse.
    BundleManifest.from_json(draft.to_json())
    ciphertext = pl.encrypt(content_key, draft.payload_nonce, compressed, draft.aad())
    if len(ciphertext) > limits.max_payload:
        raise TooLargeError(f"encrypted records are {len(ciphertext)} bytes, more than the limit")
    manifest = replace(draft, payload_sha256=hashlib.sha256(ciphertext).hexdigest())
    envelope = sign_envelope(PAYLOAD_TYPE, manifest.to_bytes(), device.signing_key)
    if len(envelope) > limits.max_manifest:
        raise TooLargeError("bundle manifest is larger than its limit")
    data = encode_frame(envelope, ciphertext)
    return data, BundleInfo(manifest, hashlib.sha256(envelope).hexdigest(), len(data))


def write_bundle(
    path: str | os.PathLike[str],
    header: BundleHeader,
    records: Sequence[Mapping[str, Any]],
    device: DeviceIdentity,
    county_encryption_public_key: X25519PublicKey,
    *,
    now: datetime | None = None,
    limits: Limits = Limits(),  # noqa: B008 - immutable
    verify: bool = True,
) -> BundleInfo:
    """Build a bundle and write it atomically (never overwriting), read back if ``verify``."""
    data, info = build_bundle(
        header, records, device, county_encryption_public_key, now=now, limits=limits
    )
    atomic_write(path, data, overwrite=False, verify=verify)
    return info


def _device_id_of(envelope: Envelope) -> str:
    """The device id, read before verification only to choose the key to verify with."""
    doc = parse_json_strict(envelope.payload, "bundle manifest")
    device_id = doc.get("device_id") if isinstance(doc, dict) else None
    if not isinstance(device_id, str) or not is_canonical_uuid(device_id):
        raise FormatError("bundle manifest device_id must be a lowercase UUID")
    return device_id


def _verified_manifest(envelope: Envelope, public_key: Ed25519PublicKey) -> BundleManifest:
    payload = envelope.verify(public_key, "bundle")
    return BundleManifest.from_json(parse_json_strict(payload, "bundle manifest"))


def _check_payload(manifest: BundleManifest, length: int, digest: str) -> None:
    if length != manifest.payload_length:
        raise PayloadHashError(
            f"bundle payload is {length} bytes, the manifest says {manifest.payload_length}"
        )
    if digest != manifest.payload_sha256:
        raise PayloadHashError("bundle payload hash differs from the signed manifest")


def inspect_bundle(
    source: Source,
    device_public_key: Ed25519PublicKey | None = None,
    *,
    limits: Limits = Limits(),  # noqa: B008 - immutable
) -> Inspection:
    """Manifest and checks that need no county key: framing, signature (if a key is given),
    payload length and hash. Without a key the manifest shown is unauthenticated."""
    frame = read_source(source, limits, keep_payload=False)
    envelope = parse_envelope(
        frame.envelope, "bundle", payload_type=PAYLOAD_TYPE, max_size=limits.max_manifest
    )
    if device_public_key is not None:
        manifest = _verified_manifest(envelope, device_public_key)
    else:
        manifest = BundleManifest.from_json(parse_json_strict(envelope.payload, "bundle manifest"))
    _check_payload(manifest, frame.payload_length, frame.payload_sha256)
    return Inspection(
        manifest,
        hashlib.sha256(frame.envelope).hexdigest(),
        envelope.keyid,
        device_public_key is not None,
        frame_size(len(frame.envelope), frame.payload_length),
    )


def open_bundle(
    source: Source,
    trusted_device_keys: DeviceKeyLookup,
    county_encryption_private_key: X25519PrivateKey,
    *,
    expected_recipient: str | None = None,
    authorize: Authorize | None = None,
    limits: Limits = Limits(),  # noqa: B008 - immutable
) -> OpenedBundle:
    """Verify everything and decrypt. ``trusted_device_keys(device_id)`` returns the enrolled
    key or None; ``authorize(manifest)`` raises if the device may not send this bundle."""
    frame = read_source(source, limits, keep_payload=True)
    envelope = parse_envelope(
        frame.envelope, "bundle", payload_type=PAYLOAD_TYPE, max_size=limits.max_manifest
    )
    device_id = _device_id_of(envelope)
    public_key = trusted_device_keys(device_id)
    if public_key is None:
        raise UnknownDeviceError(f"bundle comes from device {device_id}, which is not enrolled")
    manifest = _verified_manifest(envelope, public_key)
    if authorize is not None:
        authorize(manifest)
    ours = key_id(county_encryption_private_key.public_key())
    if manifest.recipient_key_id != (expected_recipient or ours):
        raise WrongRecipientError(
            f"bundle is addressed to county key {manifest.recipient_key_id}, not this county"
        )
    _check_payload(manifest, frame.payload_length, frame.payload_sha256)
    if manifest.plaintext_length > limits.max_plaintext:
        raise TooLargeError(
            f"bundle declares {manifest.plaintext_length} bytes of records, "
            f"more than the {limits.max_plaintext} limit"
        )
    assert frame.payload is not None
    content_key = pl.unwrap_content_key(
        manifest.hpke_enc, manifest.wrapped_content_key, county_encryption_private_key,
        manifest.hpke_info(),
    )  # fmt: skip
    compressed = pl.decrypt(content_key, manifest.payload_nonce, frame.payload, manifest.aad())
    plaintext = pl.decompress_bounded(compressed, manifest.plaintext_length, limits.max_plaintext)
    records = pl.decode_records(plaintext, manifest.record_counts)
    # Decoded already by the strict parser, so valid UTF-8.
    strings_nfc = strings_are_nfc(plaintext.decode("utf-8"))
    return OpenedBundle(manifest, records, hashlib.sha256(frame.envelope).hexdigest(), strings_nfc)
