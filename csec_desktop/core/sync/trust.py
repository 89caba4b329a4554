"""The county trust file: who the county is, its keys, its enrolled devices and its policy.

A DSSE envelope signed by the county root key over canonical JSON (format ``csec-trust/1``).
Two optional members name the county's receiving service: ``service_url`` (``https://…``)
and ``tls_spki_sha256`` (hex SHA-256 of the service certificate's SubjectPublicKeyInfo), so
a laptop talks only to its county's server, whatever CAs its operating system trusts.
A third, ``county_package`` (base64), carries the county's signed instrument package
(``county_package.py``), so a county's instruments and screening policy reach every laptop with
its trust updates, over a folder or online, and are verified again on their own before use.
A laptop pins the root key at enrollment (after a person compares its fingerprint) and from
then on refuses a trust file signed by another root, one older than the installed version (a
rollback could resurrect a revoked device) and an expired one.

With the county root offline (security finding 6), intake signs trust files with a delegate key
and puts the root's delegation in the member ``delegation`` (base64 of the ``csec-delegation/1``
envelope, see ``delegation``); the laptop checks the delegation against the pinned root, the
file against the delegate key, and that the county-level content is the one the root signed.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from csec_desktop.core.sync.canonical import (
    b64encode,
    canonical_json,
    format_time,
    parse_json_strict,
    req_b64,
    req_const,
    req_hex,
    req_int,
    req_str,
    req_time,
    require_object,
)
from csec_desktop.core.sync.delegation import config_digest, verify_delegation
from csec_desktop.core.sync.dsse import Envelope, parse_envelope, sign_envelope
from csec_desktop.core.sync.errors import (
    FormatError,
    RevokedDeviceError,
    TrustExpiredError,
    TrustRootMismatchError,
    TrustVersionError,
    UnknownDeviceError,
)
from csec_desktop.core.sync.fingerprints import fingerprint_text
from csec_desktop.core.sync.keys import (
    CountyKeys,
    b64_public,
    ed25519_public_from_bytes,
    key_id,
    x25519_public_from_bytes,
)
from csec_desktop.core.sync.manifest import BundleManifest
from csec_desktop.core.sync.registry import DeviceEntry, parse_devices

FORMAT = "csec-trust/1"
PAYLOAD_TYPE = "application/vnd.csec.trust+json"
MAX_TRUST_SIZE = 8 * 1024 * 1024
COUNTY_ID_RE = re.compile(r"[a-z0-9][a-z0-9-]{0,39}")
_WHAT = "trust file"
_MEMBERS = {
    "format", "county_id", "county_name", "root_key_id", "root_public_key",
    "encryption_public_key", "receipt_public_key", "devices", "policy", "version",
    "issued_at", "expires",
}  # fmt: skip
_SERVICE_MEMBERS = frozenset({"service_url", "tls_spki_sha256"})
_OPTIONAL = _SERVICE_MEMBERS | {"delegation", "county_package"}
SERVICE_URL_RE = re.compile(r"https://[A-Za-z0-9.-]+(:[0-9]{1,5})?(/[A-Za-z0-9._~/-]*)?")
PIN_RE = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class TrustService:
    """The county's receiving service: its HTTPS address and the SPKI SHA-256 pin (hex)."""

    url: str
    tls_spki_sha256: str

    def __post_init__(self) -> None:
        if not SERVICE_URL_RE.fullmatch(self.url) or len(self.url) > 200:
            raise FormatError(
                f"{_WHAT} service_url must be an https:// address (host, optional port and path)"
            )
        if not PIN_RE.fullmatch(self.tls_spki_sha256):
            raise FormatError(f"{_WHAT} tls_spki_sha256 must be 64 lower-case hex digits")


@dataclass(frozen=True)
class Trust:
    county_id: str
    county_name: str
    root_public_key: Ed25519PublicKey
    encryption_public_key: X25519PublicKey
    receipt_public_key: Ed25519PublicKey
    devices: tuple[DeviceEntry, ...]
    policy: dict[str, Any]
    version: int
    issued_at: datetime
    expires: datetime
    raw: bytes  # the exact signed file, to store and to pass on
    service: TrustService | None = None  # None: this county takes bundles as files only
    county_package: bytes | None = None  # the signed instrument package, verified on install

    @property
    def root_key_id(self) -> str:
        return key_id(self.root_public_key)

    @property
    def root_fingerprint(self) -> str:
        return fingerprint_text(self.root_public_key)

    @property
    def encryption_key_id(self) -> str:
        return key_id(self.encryption_public_key)

    def device(self, device_id: str) -> DeviceEntry | None:
        return next((d for d in self.devices if d.device_id == device_id), None)

    def device_public_key(self, device_id: str) -> Ed25519PublicKey | None:
        """For ``open_bundle``: the enrolled key, revoked or not (``authorize_bundle`` decides)."""
        entry = self.device(device_id)
        return entry.public_key if entry is not None else None

    def authorize_bundle(self, manifest: BundleManifest) -> None:
        """Refuse a bundle from an unknown device or numbered after the device's revocation."""
        entry = self.device(manifest.device_id)
        if entry is None:
            raise UnknownDeviceError(f"device {manifest.device_id} is not enrolled in this county")
        if entry.revoked is not None and manifest.sequence > entry.revoked.after_seq:
            raise RevokedDeviceError(
                f"device {manifest.device_id} was revoked after bundle {entry.revoked.after_seq}; "
                f"this is bundle {manifest.sequence}"
            )


def make_trust(
    keys: CountyKeys,
    *,
    county_id: str,
    county_name: str,
    devices: Sequence[DeviceEntry],
    policy: Mapping[str, Any],
    version: int,
    issued_at: datetime,
    expires: datetime,
    service: TrustService | None = None,
    county_package: bytes | None = None,
    root_public: Ed25519PublicKey | None = None,
    delegation: bytes | None = None,
) -> bytes:
    """A trust file, checked by the same parser that reads it. The one function that signs
    trust files: with the root in ``keys.root`` (root online, or ``csec county root
    sign-trust``), or with intake's delegate key there and the root's ``delegation`` (then
    ``root_public`` names the offline root). ``county_package``: the county's signed
    instrument package to carry, if any."""
    root_public = root_public or keys.root_public
    doc: dict[str, Any] = {
        "format": FORMAT,
        "county_id": county_id,
        "county_name": county_name,
        "root_key_id": key_id(root_public),
        "root_public_key": b64_public(root_public),
        "encryption_public_key": b64_public(keys.encryption_public),
        "receipt_public_key": b64_public(keys.receipt_public),
        "devices": [d.to_json() for d in devices],
        "policy": dict(policy),
        "version": version,
        "issued_at": format_time(issued_at),
        "expires": format_time(expires),
    }
    if service is not None:
        doc["service_url"] = service.url
        doc["tls_spki_sha256"] = service.tls_spki_sha256
    if county_package is not None:
        doc["county_package"] = b64encode(county_package)
    if delegation is not None:
        doc["delegation"] = base64.b64encode(delegation).decode("ascii")
    _parse(doc, b"")
    return sign_envelope(PAYLOAD_TYPE, canonical_json(doc, _WHAT), keys.root)


def _parse(value: object, raw: bytes) -> Trust:
    doc = require_object(value, _WHAT, _MEMBERS, _OPTIONAL)
    service = None
    if _SERVICE_MEMBERS & set(doc):
        if not set(doc) >= _SERVICE_MEMBERS:
            raise FormatError(f"{_WHAT} must name both service_url and tls_spki_sha256")
        service = TrustService(
            req_str(doc, "service_url", _WHAT, max_len=200),
            req_str(doc, "tls_spki_sha256", _WHAT, max_len=64),
        )
    req_const(doc, "format", _WHAT, FORMAT)
    county_id = req_str(doc, "county_id", _WHAT, max_len=40)
    if not COUNTY_ID_RE.fullmatch(county_id):
        raise FormatError(f"{_WHAT} county_id must be lowercase letters, digits and dashes")
    root = ed25519_public_from_bytes(req_b64(doc, "root_public_key", _WHAT, 32))
    if req_hex(doc, "root_key_id", _WHAT, 16) != key_id(root):
        raise FormatError(f"{_WHAT} root_key_id does not match root_public_key")
    if not isinstance(doc["policy"], dict):
        raise FormatError(f"{_WHAT} policy must be a JSON object")
    return Trust(
        county_id=county_id,
        county_name=req_str(doc, "county_name", _WHAT, max_len=120),
        root_public_key=root,
        encryption_public_key=x25519_public_from_bytes(
            req_b64(doc, "encryption_public_key", _WHAT, 32)
        ),
        receipt_public_key=ed25519_public_from_bytes(req_b64(doc, "receipt_public_key", _WHAT, 32)),
        devices=parse_devices(doc["devices"], _WHAT),
        policy=doc["policy"],
        version=req_int(doc, "version", _WHAT, minimum=1),
        issued_at=req_time(doc, "issued_at", _WHAT),
        expires=req_time(doc, "expires", _WHAT),
        raw=raw,
        service=service,
        county_package=req_b64(doc, "county_package", _WHAT) if "county_package" in doc else None,
    )


def verify_trust(
    data: bytes,
    pinned_root_public_key: Ed25519PublicKey | None,
    current_version: int | None,
    now: datetime,
) -> Trust:
    """Verify a trust file. With no pinned root (first enrollment) the file must be signed by
    the root key it names, or carry that root's delegation; show ``root_fingerprint`` to the
    person to compare before pinning."""
    envelope = parse_envelope(data, _WHAT, payload_type=PAYLOAD_TYPE, max_size=MAX_TRUST_SIZE)
    doc = parse_json_strict(envelope.payload, _WHAT)
    trust = _parse(doc, envelope.raw)
    root = pinned_root_public_key or trust.root_public_key
    if trust.root_key_id != key_id(root):
        raise TrustRootMismatchError(
            f"trust file names root key {trust.root_key_id}, not the pinned county root"
        )
    if envelope.keyid == key_id(root):
        envelope.verify(root, _WHAT)
    elif "delegation" in doc:
        _verify_delegated(envelope, doc, trust, root, now)
    else:
        raise TrustRootMismatchError(
            f"trust file is signed by key {envelope.keyid}, "
            f"not the pinned county root {key_id(root)}"
        )
    if current_version is not None and trust.version < current_version:
        raise TrustVersionError(
            f"trust file version {trust.version} is older than the installed version "
            f"{current_version}"
        )
    if now >= trust.expires:
        raise TrustExpiredError(f"trust file expired at {format_time(trust.expires)}")
    return trust


def _verify_delegated(
    envelope: Envelope, doc: dict[str, Any], trust: Trust, root: Ed25519PublicKey, now: datetime
) -> None:
    """A file signed by intake's delegate key: the root's delegation must name that key and
    this county, be in force, and cover exactly this county-level content."""
    delegation = verify_delegation(req_b64(doc, "delegation", _WHAT), root, now)
    if delegation.county_id != trust.county_id:
        raise FormatError(f"{_WHAT} delegation is for county {delegation.county_id}")
    if envelope.keyid != key_id(delegation.delegate_public_key):
        raise TrustRootMismatchError(
            f"trust file is signed by key {envelope.keyid}, neither the county root nor the "
            "key the root delegated to"
        )
    envelope.verify(delegation.delegate_public_key, _WHAT)
    if config_digest(doc) != delegation.config_sha256:
        raise TrustRootMismatchError(
            "trust file changes what only the county root may change (keys, policy, service); "
            "the root's delegation does not cover it"
        )
