"""A county's instruments, signed by the county: ``csec-county-package/1``.

A DSSE envelope (the same Ed25519 envelope as trust files, ``dsse.py``) signed by the county's
root key, whose payload lists the instruments the county approved, each as its canonical
definition text with the content hash the county computed::

    {"format": "csec-county-package/1", "county_id": "alameda", "version": 3,
     "issued_at": "2026-03-01T00:00:00Z",
     "instruments": [{"id": "...", "version": "1.0.0", "content_hash": "<64 hex>",
                      "definition": "<canonical JSON text>"}],
     "policy": {...the county's screening policy: decision points, duties, clocks...},
     "translations": [{"language": "hy", "name": "Armenian", "words": {...}}]}

``policy`` is optional: a package that carries it replaces the screening policy laptops use
(its decision points may offer the package's instruments and the shipped ones).
``translations`` is optional: the county's translations of the youth's copy, one per language,
each exactly a translation file's content (``reports/translation_file.py``: checked against the
English copy's keys and placeholders), installed on the laptop with the package.

A laptop verifies it against the root pinned by its trust file, checks the county id, refuses
a package older than the one installed, and checks every definition's hash and validity, all
before anything is stored: a tampered package changes nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from csec_desktop.core.errors import CsecError
from csec_desktop.core.instruments import Instrument
from csec_desktop.core.reports.translation_file import Translation, translation_from_doc
from csec_desktop.core.screening_policy import ScreeningPolicy, load_screening_policy
from csec_desktop.core.sync.canonical import (
    canonical_json,
    format_time,
    parse_json_strict,
    req_const,
    req_int,
    req_str,
    req_time,
    require_object,
)
from csec_desktop.core.sync.dsse import parse_envelope, sign_envelope
from csec_desktop.core.sync.errors import FormatError, PayloadHashError

FORMAT = "csec-county-package/1"
PAYLOAD_TYPE = "application/vnd.csec.county-package+json"
MAX_PACKAGE_SIZE = 16 * 1024 * 1024
_WHAT = "county package"


@dataclass(frozen=True)
class CountyPackage:
    county_id: str
    version: int
    issued_at: datetime
    instruments: tuple[Instrument, ...]
    policy: ScreeningPolicy | None = None
    policy_data: dict[str, Any] | None = None  # the policy as signed, to store as it came
    sha256: str = ""  # of the signed bytes: one package, one fingerprint
    translations: tuple[Translation, ...] = ()  # youth-copy translations, one per language


def make_county_package(
    county_id: str,
    version: int,
    issued_at: datetime,
    instruments: list[Instrument],
    root_key: Ed25519PrivateKey,
    policy: Mapping[str, Any] | None = None,
    translations: Sequence[Translation] = (),
) -> bytes:
    """The signed package bytes: the one place a county package is signed (``csec county
    instrument publish`` and tests call it). ``policy``: the screening policy to carry;
    ``translations``: the youth-copy translations to carry (one per language)."""
    payload: dict[str, Any] = {
        "format": FORMAT,
        "county_id": county_id,
        "version": version,
        "issued_at": format_time(issued_at),
        "instruments": [
            {
                "id": i.id,
                "version": i.version,
                "content_hash": i.content_hash,
                "definition": i.definition_json(),
            }
            for i in instruments
        ],
    }
    if policy is not None:
        load_screening_policy(policy, f"{_WHAT} policy")
        payload["policy"] = dict(policy)
    if translations:
        docs = [t.to_doc() for t in translations]
        _translations(docs)  # what a laptop would refuse is not signed
        payload["translations"] = docs
    return sign_envelope(PAYLOAD_TYPE, canonical_json(payload, _WHAT), root_key)


def verify_county_package(
    data: bytes, root: Ed25519PublicKey, county_id: str, installed_version: int | None
) -> CountyPackage:
    """The verified package, or one error naming what does not verify."""
    envelope = parse_envelope(data, _WHAT, payload_type=PAYLOAD_TYPE, max_size=MAX_PACKAGE_SIZE)
    payload = envelope.verify(root, _WHAT)
    doc = require_object(
        parse_json_strict(payload, _WHAT),
        _WHAT,
        {"format", "county_id", "version", "issued_at", "instruments"},
        frozenset({"policy", "translations"}),
    )
    req_const(doc, "format", _WHAT, FORMAT)
    if req_str(doc, "county_id", _WHAT) != county_id:
        raise FormatError(f"{_WHAT} is for county '{doc['county_id']}', not '{county_id}'")
    version = req_int(doc, "version", _WHAT, minimum=1)
    if installed_version is not None and version < installed_version:
        raise FormatError(
            f"{_WHAT} version {version} is older than the installed version {installed_version}"
        )
    entries = doc["instruments"]
    if not isinstance(entries, list):
        raise FormatError(f"{_WHAT}: instruments must be a list")
    instruments = []
    for entry in entries:
        item = require_object(
            entry, f"{_WHAT} instrument", {"id", "version", "content_hash", "definition"}
        )
        text = req_str(item, "definition", f"{_WHAT} instrument", max_len=MAX_PACKAGE_SIZE)
        name = f"{req_str(item, 'id', _WHAT)} {req_str(item, 'version', _WHAT)}"
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        if digest != item["content_hash"]:
            raise PayloadHashError(f"{_WHAT}: instrument {name} does not match its stated hash")
        try:
            instrument = Instrument.from_json(text, name)
        except CsecError as exc:
            raise FormatError(f"{_WHAT}: instrument {name} is not sound ({exc.message})") from None
        if (instrument.id, instrument.version, instrument.content_hash) != (
            item["id"],
            item["version"],
            digest,
        ):
            raise FormatError(f"{_WHAT}: instrument {name} is not what its entry names")
        instruments.append(instrument)
    policy_data = doc.get("policy")
    policy = None
    if policy_data is not None:
        if not isinstance(policy_data, dict):
            raise FormatError(f"{_WHAT}: policy must be a JSON object")
        try:
            policy = load_screening_policy(policy_data, f"{_WHAT} policy")
        except CsecError as exc:
            raise FormatError(exc.message) from None
    return CountyPackage(
        county_id,
        version,
        req_time(doc, "issued_at", _WHAT),
        tuple(instruments),
        policy,
        policy_data,
        hashlib.sha256(data).hexdigest(),
        _translations(doc.get("translations", [])),
    )


def _translations(docs: Any) -> tuple[Translation, ...]:
    """Each carried translation checked as a translation file is; one language once."""
    if not isinstance(docs, list):
        raise FormatError(f"{_WHAT}: translations must be a list")
    found: dict[str, Translation] = {}
    for index, entry in enumerate(docs):
        try:
            translation = translation_from_doc(entry, f"{_WHAT} translation {index + 1}")
        except CsecError as exc:
            raise FormatError(exc.message) from None
        if translation.code in found:
            raise FormatError(f"{_WHAT}: translation {translation.code} is given twice")
        found[translation.code] = translation
    return tuple(found.values())
