"""The published test vectors still describe what the code produces and accepts.

A county verifies bundles with its own tools from docs/bundle-format.md and these vectors; if
the code drifted from them, county tooling would break silently. Regenerating the vectors is a
deliberate format change (tests/vectors/generate.py).
"""

from __future__ import annotations

import base64
import hashlib
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from csec_desktop.core.sync import payload as pl
from csec_desktop.core.sync.bundle import inspect_bundle, open_bundle
from csec_desktop.core.sync.dsse import pae, sign_envelope
from csec_desktop.core.sync.enrollment import make_device_request, verify_device_request
from csec_desktop.core.sync.keys import (
    CountyKeys,
    DeviceIdentity,
    b64_public,
    ed25519_private_from_bytes,
    fingerprint,
    fingerprint_words,
    key_id,
    x25519_private_from_bytes,
)
from csec_desktop.core.sync.manifest import PAYLOAD_TYPE, BundleManifest, hpke_info
from csec_desktop.core.sync.receipt import RecordFate, make_receipt, verify_receipt
from csec_desktop.core.sync.registry import DeviceEntry
from csec_desktop.core.sync.trust import make_trust, verify_trust

from .independent_reader import read_bundle

VECTORS = Path(__file__).resolve().parents[2] / "vectors"
NOW = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def vectors() -> dict[str, Any]:
    return json.loads((VECTORS / "sync-vectors.json").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def _keys(vectors: dict[str, Any]) -> tuple[DeviceIdentity, CountyKeys]:
    raw = {k["name"]: bytes.fromhex(k["private_hex"]) for k in vectors["keys"]}
    device = DeviceIdentity(
        vectors["bundle"]["device_id"], ed25519_private_from_bytes(raw["device"])
    )
    county = CountyKeys(
        ed25519_private_from_bytes(raw["county root"]),
        ed25519_private_from_bytes(raw["county receipt"]),
        x25519_private_from_bytes(raw["county encryption"]),
    )
    return device, county


def test_keys_derive_from_their_seeds_with_the_recorded_ids(vectors: dict[str, Any]) -> None:
    for entry in vectors["keys"]:
        seed = hashlib.sha256(entry["seed_label"].encode()).digest()
        assert seed.hex() == entry["private_hex"]
        make = (
            x25519_private_from_bytes
            if "encryption" in entry["name"]
            else ed25519_private_from_bytes
        )
        public = make(seed).public_key()
        assert b64_public(public) == entry["public_b64"]
        assert key_id(public) == entry["key_id"]
        assert fingerprint(public) == entry["fingerprint"]
        assert fingerprint_words(public) == entry["fingerprint_words"]


def test_pae_vector(vectors: dict[str, Any]) -> None:
    v = vectors["pae"]
    assert pae(v["payload_type"], v["payload"].encode()).decode() == v["pae"]


def test_manifest_layers_are_reproducible(vectors: dict[str, Any]) -> None:
    v = vectors["bundle"]
    device, county = _keys(vectors)
    manifest = BundleManifest.from_json(json.loads(v["manifest"]))
    assert manifest.to_bytes().decode() == v["manifest"]
    assert manifest.aad().decode() == v["aad"]
    assert manifest.hpke_info().decode() == v["hpke_info"]
    assert hpke_info(manifest.bundle_id, device.device_id, 1, key_id(county.encryption_public)) == (
        v["hpke_info"].encode()
    )
    # Ed25519 is deterministic: signing the recorded manifest again gives the recorded envelope.
    assert (
        sign_envelope(PAYLOAD_TYPE, v["manifest"].encode(), device.signing_key).decode()
        == (v["envelope"])
    )
    assert hashlib.sha256(v["envelope"].encode()).hexdigest() == v["bundle_hash"]


def test_payload_layers_are_reproducible(vectors: dict[str, Any]) -> None:
    v = vectors["bundle"]
    _, county = _keys(vectors)
    manifest = BundleManifest.from_json(json.loads(v["manifest"]))
    key = bytes.fromhex(v["content_key_hex"])
    assert (
        pl.unwrap_content_key(
            manifest.hpke_enc, manifest.wrapped_content_key, county.encryption, manifest.hpke_info()
        )
        == key
    )
    ciphertext = bytes.fromhex(v["ciphertext_hex"])
    assert hashlib.sha256(ciphertext).hexdigest() == v["payload_sha256"]
    nonce = bytes.fromhex(v["nonce_hex"])
    assert base64.b64decode(json.loads(v["manifest"])["payload_nonce"]) == nonce
    compressed = AESGCM(key).decrypt(nonce, ciphertext, v["aad"].encode())
    # AES-GCM is deterministic for a fixed key and nonce: re-encrypting gives the same bytes.
    assert AESGCM(key).encrypt(nonce, compressed, v["aad"].encode()) == ciphertext
    plaintext = pl.decompress_bounded(compressed, manifest.plaintext_length, 1 << 20)
    assert plaintext.decode() == v["plaintext"]
    assert json.loads(plaintext) == {"records": v["records"]}


def test_the_sample_bundle_opens_with_the_product_and_with_the_spec_alone(
    vectors: dict[str, Any],
) -> None:
    v = vectors["bundle"]
    device, county = _keys(vectors)
    data = (VECTORS / v["file"]).read_bytes()
    opened = open_bundle(data, {device.device_id: device.public_key}.get, county.encryption)
    assert opened.records == v["records"]
    assert opened.bundle_hash == v["bundle_hash"]
    assert inspect_bundle(data, device.public_key).manifest.to_bytes().decode() == v["manifest"]
    raw_device = base64.b64decode(b64_public(device.public_key))
    raw_county = bytes.fromhex(
        next(k for k in vectors["keys"] if k["name"] == "county encryption")["private_hex"]
    )
    independent = read_bundle(data, raw_device, raw_county)
    assert independent["records"] == v["records"]
    assert independent["manifest"] == json.loads(v["manifest"])


def test_trust_request_and_receipt_files_are_byte_for_byte_reproducible(
    vectors: dict[str, Any],
) -> None:
    device, county = _keys(vectors)
    trust_file = (VECTORS / vectors["trust_file"]).read_bytes()
    assert trust_file == make_trust(
        county,
        county_id="example-county",
        county_name="Example County (test vectors)",
        devices=[DeviceEntry(device.device_id, device.public_key, NOW)],
        policy={"retention_days": 30},
        version=1,
        issued_at=NOW,
        expires=NOW + timedelta(days=3650),
    )
    trust = verify_trust(trust_file, county.root_public, None, NOW)
    request = (VECTORS / vectors["request_file"]).read_bytes()
    assert request == make_device_request(device, NOW)
    assert verify_device_request(request).fingerprint == device.fingerprint
    v = vectors["bundle"]
    manifest = BundleManifest.from_json(json.loads(v["manifest"]))
    receipt = (VECTORS / vectors["receipt_file"]).read_bytes()
    fates = [RecordFate(r["id"], r["kind"], r["version"], "accepted") for r in v["records"]]
    assert receipt == make_receipt(
        county.receipt,
        county_id="example-county",
        manifest=manifest,
        bundle_hash=v["bundle_hash"],
        records=fates,
        received_at=NOW,
    )
    resolved = verify_receipt(receipt, trust, v["bundle_hash"]).resolve(
        r["id"] for r in v["records"]
    )
    assert [(f.record_id, f.kind, f.version, f.fate) for f in resolved] == [
        (f.record_id, f.kind, f.version, f.fate) for f in fates
    ]
    # Finding 11: the receipt names records by a hash, never by their ids.
    assert not any(r["id"].encode() in receipt for r in v["records"])


def test_the_python_recipe_in_the_format_document_decrypts_the_sample(
    vectors: dict[str, Any], tmp_path: Path
) -> None:
    doc = (VECTORS.parents[1] / "docs" / "bundle-format.md").read_text(encoding="utf-8")
    recipe = doc.split("```python\n", 1)[1].split("```", 1)[0]
    keys = {k["name"]: k for k in vectors["keys"]}
    prelude = (
        "import base64, json\n"
        f"data = open({str(VECTORS / 'sample-bundle.csb')!r}, 'rb').read()\n"
        f"device_public = base64.b64decode({keys['device']['public_b64']!r})\n"
        f"county_private = bytes.fromhex({keys['county encryption']['private_hex']!r})\n"
    )
    script = tmp_path / "recipe.py"
    script.write_text(prelude + recipe + "print(json.dumps(records, sort_keys=True))\n")
    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == vectors["bundle"]["records"]
