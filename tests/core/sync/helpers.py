"""Records, a clock and bundle surgery shared by the sync format tests."""

from __future__ import annotations

import base64
import io
import json
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from csec_desktop.core.sync.container import Limits, encode_frame, read_frame
from csec_desktop.core.sync.dsse import parse_envelope, sign_envelope
from csec_desktop.core.sync.keys import DeviceIdentity
from csec_desktop.core.sync.manifest import PAYLOAD_TYPE

NOW = datetime(2025, 3, 14, 9, 30, tzinfo=UTC)


def sample_records(n: int = 3) -> list[dict[str, Any]]:
    """Fictional records shaped like the record store's: id, kind, version, content."""
    kinds = ["screening", "needs_assessment", "youth"]
    return [
        {
            "id": f"00000000-0000-4000-8000-{i:012d}",
            "kind": kinds[i % len(kinds)],
            "version": 1,
            "base_version": 0,
            "answers": {"q1": "yes", "q2": i, "note": "Fictional youth — «ejemplo»"},
        }
        for i in range(n)
    ]


def lookup(device: DeviceIdentity) -> Callable[[str], Any]:
    return {device.device_id: device.public_key}.get


def resign(
    data: bytes,
    signer: DeviceIdentity,
    mutate: Callable[[dict[str, Any]], None] | None = None,
    payload: bytes | None = None,
) -> bytes:
    """Rebuild a bundle with a changed manifest and/or payload, validly signed by ``signer``:
    what a malicious but enrolled device (or a stolen key) could produce."""
    frame = read_frame(io.BytesIO(data), Limits(), keep_payload=True)
    envelope = parse_envelope(frame.envelope, "bundle", payload_type=PAYLOAD_TYPE, max_size=1 << 16)
    manifest = json.loads(envelope.payload)
    if mutate is not None:
        mutate(manifest)
    body = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    new_payload = frame.payload if payload is None else payload
    assert new_payload is not None
    return encode_frame(sign_envelope(PAYLOAD_TYPE, body, signer.signing_key), new_payload)


def tamper(data: bytes, mutate: Callable[[dict[str, Any]], None]) -> bytes:
    """Change the manifest but keep the original signature: what an attacker without the
    device key can do."""
    frame = read_frame(io.BytesIO(data), Limits(), keep_payload=True)
    envelope = json.loads(frame.envelope)
    manifest = json.loads(base64.b64decode(envelope["payload"]))
    mutate(manifest)
    body = json.dumps(manifest, sort_keys=True, separators=(",", ":")).encode()
    envelope["payload"] = base64.b64encode(body).decode()
    raw = json.dumps(envelope, sort_keys=True, separators=(",", ":")).encode()
    assert frame.payload is not None
    return encode_frame(raw, frame.payload)


def tamper_envelope(data: bytes, mutate: Callable[[dict[str, Any]], None]) -> bytes:
    """Change the JSON inside any signed envelope, keeping the original signature."""
    envelope = json.loads(data)
    doc = json.loads(base64.b64decode(envelope["payload"]))
    mutate(doc)
    body = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    envelope["payload"] = base64.b64encode(body).decode()
    return json.dumps(envelope, sort_keys=True, separators=(",", ":")).encode()
