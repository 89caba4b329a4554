"""Regenerate the sync format test vectors in this folder.

    python tests/vectors/generate.py

Keys come from fixed seeds (SHA-256 of a label), times and ids are fixed, and Ed25519 signatures
are deterministic, so the trust file and enrollment request come out byte-identical every time.
The bundle's HPKE wrap uses a fresh ephemeral key (the library offers no way to fix it), so
`sample-bundle.csb`, its manifest and hash differ on each run, and so does the receipt that
answers it; given the recorded bundle they are all reproducible, and the content key and nonce
are fixed so the AES-GCM layer can be recomputed from the recorded values. tests/core/sync/
test_vectors.py checks every value recorded here. Only regenerate on a deliberate format change.
"""

from __future__ import annotations

import hashlib
import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from csec_desktop.core.sync.bundle import BundleHeader, build_bundle
from csec_desktop.core.sync.container import Limits, read_frame
from csec_desktop.core.sync.dsse import pae
from csec_desktop.core.sync.enrollment import make_device_request
from csec_desktop.core.sync.keys import (
    CountyKeys,
    DeviceIdentity,
    PrivateKey,
    b64_public,
    ed25519_private_from_bytes,
    fingerprint,
    fingerprint_words,
    key_id,
    private_bytes,
    x25519_private_from_bytes,
)
from csec_desktop.core.sync.manifest import hpke_info
from csec_desktop.core.sync.receipt import RecordFate, make_receipt
from csec_desktop.core.sync.registry import DeviceEntry
from csec_desktop.core.sync.trust import make_trust

HERE = Path(__file__).resolve().parent
NOW = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)
DEVICE_ID = "5b0c8f1e-7d2a-4c3b-9e4f-0a1b2c3d4e5f"
BUNDLE_ID = "3d6f0a2b-1c4e-4f5a-8b7c-9d0e1f2a3b4c"
CONTENT_KEY = bytes(range(0x40, 0x60))
NONCE = bytes(range(0xA0, 0xAC))
RECORDS: list[dict[str, Any]] = [
    {"id": "0f8e7d6c-5b4a-4938-8271-605f4e3d2c1b", "kind": "youth", "version": 1,
     "base_version": 0, "chosen_name": "Sample Youth (fictional)", "language": "es"},
    {"id": "1a2b3c4d-5e6f-4a0b-8c1d-2e3f4a5b6c7d", "kind": "screening", "version": 2,
     "base_version": 1, "outcome": "possible concern", "answers": {"q1": "yes", "q2": 1}},
    {"id": "5e6f7a8b-9cad-4e4f-8a5b-6c7d8e9fa0b1", "kind": "encounter", "version": 1,
     "base_version": None, "youth_id": "0f8e7d6c-5b4a-4938-8271-605f4e3d2c1b",
     "decision_point": "placement_change", "status": "draft",
     "interpreter": {"mode": "phone", "language": "vi"}},
    {"id": "2b3c4d5e-6f7a-4b1c-9d2e-3f4a5b6c7d8e", "kind": "episode", "version": 2,
     "base_version": 1, "youth_id": "0f8e7d6c-5b4a-4938-8271-605f4e3d2c1b",
     "episode_kind": "missing", "started_at": "2025-03-13T22:10:00.000000Z",
     "ended_at": "2025-03-14T08:45:00.000000Z",
     "data": {"learned_at": "2025-03-13T22:10:00.000000Z", "learned_by": "Sample Worker",
              "reports": {"law_enforcement": {"at": "2025-03-13T23:00:00.000000Z",
                                              "ref": "SAMPLE-LE-1"},
                          "ncmec": {"at": "2025-03-13T23:20:00.000000Z", "ref": "SAMPLE-NC-1"}},
              "located": {"at": "2025-03-14T08:45:00.000000Z", "where": "Sample city",
                          "by": "Sample officer"},
              "debrief_encounter_id": None}},
    {"id": "3c4d5e6f-7a8b-4c2d-8e3f-4a5b6c7d8e9f", "kind": "case_item", "version": 2,
     "base_version": None, "youth_id": "0f8e7d6c-5b4a-4938-8271-605f4e3d2c1b",
     "item_kind": "safety_plan",
     "data": {"plan_version": 1, "exploiter_identifiers": [{"kind": "alias",
                                                            "value": "Sample alias"}],
              "safe_adults": ["Sample aunt"], "code_word": "sample word",
              "phone_online_safety": "", "if_contacted": "Call the worker",
              "supervision_plan": "", "runaway_prevention": "", "return_plan": "",
              "recovery_items": "", "youth_participated": True, "youth_participation": "",
              "signed_by": "Sample Worker", "signed_at": "2025-03-15T17:00:00.000000Z"}},
    {"id": "4d5e6f7a-8b9c-4d3e-9f4a-5b6c7d8e9fa0", "kind": "case_item", "version": 1,
     "base_version": None, "youth_id": "0f8e7d6c-5b4a-4938-8271-605f4e3d2c1b",
     "item_kind": "referral",
     "data": {"domain": "education", "agency": "Sample tutoring", "contact": "",
              "referred_on": "2025-03-15", "status": "declined", "note": "",
              "owner": "Sample Worker", "follow_up_on": None, "outcome": "declined",
              "youth_agreed": False, "reoffer_on": "2025-04-15"}},
]  # fmt: skip


def seed(label: str) -> bytes:
    return hashlib.sha256(f"csec test vector: {label}".encode()).digest()


def keys() -> tuple[DeviceIdentity, CountyKeys]:
    device = DeviceIdentity(DEVICE_ID, ed25519_private_from_bytes(seed("device")))
    county = CountyKeys(
        ed25519_private_from_bytes(seed("county root")),
        ed25519_private_from_bytes(seed("county receipt")),
        x25519_private_from_bytes(seed("county encryption")),
    )
    return device, county


def describe(name: str, private: PrivateKey) -> dict[str, str]:
    public = private.public_key()
    return {
        "name": name,
        "seed_label": f"csec test vector: {name}",
        "private_hex": private_bytes(private).hex(),
        "public_b64": b64_public(public),
        "key_id": key_id(public),
        "fingerprint": fingerprint(public),
        "fingerprint_words": fingerprint_words(public),
    }


def main() -> None:
    device, county = keys()
    trust = make_trust(
        county,
        county_id="example-county",
        county_name="Example County (test vectors)",
        devices=[DeviceEntry(DEVICE_ID, device.public_key, NOW)],
        policy={"retention_days": 30},
        version=1,
        issued_at=NOW,
        expires=NOW + timedelta(days=3650),
    )
    data, info = build_bundle(
        BundleHeader(1, app_version="0.1.0", audit_seq=3, audit_hash=seed("audit head").hex(),
                     key_generation=2),
        RECORDS, device, county.encryption_public,
        now=NOW, _content_key=CONTENT_KEY, _nonce=NONCE, _bundle_id=BUNDLE_ID,
    )  # fmt: skip
    frame = read_frame(io.BytesIO(data), Limits(), keep_payload=True)
    receipt = make_receipt(
        county.receipt,
        county_id="example-county",
        manifest=info.manifest,
        bundle_hash=info.bundle_hash,
        records=[RecordFate(r["id"], r["kind"], r["version"], "accepted") for r in RECORDS],
        received_at=NOW,
    )
    (HERE / "sample-bundle.csb").write_bytes(data)
    (HERE / "sample-trust.dsse.json").write_bytes(trust)
    (HERE / "sample-request.dsse.json").write_bytes(make_device_request(device, NOW))
    (HERE / "sample-receipt.dsse.json").write_bytes(receipt)
    manifest = info.manifest
    vectors = {
        "keys": [
            describe("device", device.signing_key),
            describe("county root", county.root),
            describe("county receipt", county.receipt),
            describe("county encryption", county.encryption),
        ],
        "pae": {
            "payload_type": "application/vnd.csec.bundle-manifest+json",
            "payload": '{"example":true}',
            "pae": pae("application/vnd.csec.bundle-manifest+json", b'{"example":true}').decode(),
        },
        "bundle": {
            "file": "sample-bundle.csb",
            "device_id": DEVICE_ID,
            "records": RECORDS,
            "plaintext": records_plaintext(RECORDS),
            "content_key_hex": CONTENT_KEY.hex(),
            "nonce_hex": NONCE.hex(),
            "hpke_info": hpke_info(BUNDLE_ID, DEVICE_ID, 1, manifest.recipient_key_id).decode(),
            "manifest": manifest.to_bytes().decode(),
            "aad": manifest.aad().decode(),
            "envelope": frame.envelope.decode(),
            "bundle_hash": info.bundle_hash,
            "payload_sha256": manifest.payload_sha256,
            "ciphertext_hex": (frame.payload or b"").hex(),
        },
        "trust_file": "sample-trust.dsse.json",
        "request_file": "sample-request.dsse.json",
        "receipt_file": "sample-receipt.dsse.json",
    }
    text = json.dumps(vectors, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    (HERE / "sync-vectors.json").write_text(text, encoding="utf-8")


def records_plaintext(records: list[dict[str, Any]]) -> str:
    return json.dumps({"records": records}, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False)  # fmt: skip


if __name__ == "__main__":
    main()
