"""A bundle reader written from docs/bundle-format.md alone, without the product's sync code.

It proves the document is enough for a county to verify and decrypt bundles with its own
tools: it uses only the standard library and `cryptography`. docs/bundle-format.md quotes it.
"""

from __future__ import annotations

import base64
import hashlib
import json
import struct
import zlib
from typing import Any

from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

MAGIC = b"\x89CSEC-B1\r\n\x1a\n"
MANIFEST_TYPE = b"application/vnd.csec.bundle-manifest+json"


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def read_bundle(data: bytes, device_public: bytes, county_private: bytes) -> dict[str, Any]:
    # 1. Framing.
    assert data[:12] == MAGIC, "not a bundle"
    (env_len,) = struct.unpack(">I", data[12:16])
    envelope_bytes = data[16 : 16 + env_len]
    (payload_len,) = struct.unpack(">Q", data[16 + env_len : 24 + env_len])
    ciphertext = data[24 + env_len :]
    assert len(ciphertext) == payload_len, "truncated or trailing bytes"
    # 2. DSSE signature over PAE(payloadType, payload).
    envelope = json.loads(envelope_bytes)
    body = base64.b64decode(envelope["payload"])
    pae = b"DSSEv1 %d %s %d %s" % (len(MANIFEST_TYPE), MANIFEST_TYPE, len(body), body)
    signature = base64.b64decode(envelope["signatures"][0]["sig"])
    Ed25519PublicKey.from_public_bytes(device_public).verify(signature, pae)
    manifest = json.loads(body)
    # 3. Payload hash and length, as signed.
    assert hashlib.sha256(ciphertext).hexdigest() == manifest["payload_sha256"]
    assert len(ciphertext) == manifest["payload_length"]
    # 4. Unwrap the content key (HPKE base mode, info binds the bundle).
    info = canonical({k: manifest[k] for k in ("bundle_id", "device_id", "format", "sequence",
                                              "recipient_key_id")})  # fmt: skip
    suite = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)
    sealed = base64.b64decode(manifest["hpke_enc"]) + base64.b64decode(
        manifest["wrapped_content_key"]
    )
    content_key = suite.decrypt(sealed, X25519PrivateKey.from_private_bytes(county_private), info)
    # 5. Decrypt with the manifest minus payload_sha256 as associated data, then inflate.
    aad = canonical({k: v for k, v in manifest.items() if k != "payload_sha256"})
    nonce = base64.b64decode(manifest["payload_nonce"])
    compressed = AESGCM(content_key).decrypt(nonce, ciphertext, aad)
    plaintext = zlib.decompress(compressed)
    assert len(plaintext) == manifest["plaintext_length"]
    return {"manifest": manifest, "records": json.loads(plaintext)["records"]}
