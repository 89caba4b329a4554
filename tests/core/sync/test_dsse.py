"""DSSE envelopes: the PAE of the specification, Ed25519 signatures, strict parsing."""

from __future__ import annotations

import json

import pytest

from csec_desktop.core.sync.dsse import pae, parse_envelope, sign_envelope
from csec_desktop.core.sync.errors import FormatError, SignatureError, TooLargeError
from csec_desktop.core.sync.keys import DeviceIdentity

TYPE = "application/vnd.csec.test+json"


def test_pae_matches_the_dsse_specification_example() -> None:
    assert (
        pae("http://example.com/HelloWorld", b"hello world")
        == b"DSSEv1 29 http://example.com/HelloWorld 11 hello world"
    )


def test_a_signed_envelope_verifies_and_returns_its_payload() -> None:
    signer = DeviceIdentity.generate()
    data = sign_envelope(TYPE, b'{"a":1}', signer.signing_key)
    envelope = parse_envelope(data, "test", payload_type=TYPE, max_size=4096)
    assert envelope.keyid == signer.key_id
    assert envelope.verify(signer.public_key, "test") == b'{"a":1}'


def test_another_key_is_refused_by_key_id_then_by_signature() -> None:
    signer, other = DeviceIdentity.generate(), DeviceIdentity.generate()
    envelope = parse_envelope(
        sign_envelope(TYPE, b"x", signer.signing_key), "test", payload_type=TYPE, max_size=4096
    )
    with pytest.raises(SignatureError, match=f"signed by key {signer.key_id}, expected key"):
        envelope.verify(other.public_key, "test")
    # Same key id claimed, different signature: the signature itself fails.
    forged = parse_envelope(
        sign_envelope(TYPE, b"x", other.signing_key).replace(
            other.key_id.encode(), signer.key_id.encode()
        ),
        "test",
        payload_type=TYPE,
        max_size=4096,
    )
    with pytest.raises(SignatureError, match="test signature does not verify"):
        forged.verify(signer.public_key, "test")


def _doc(data: bytes) -> dict[str, object]:
    return json.loads(data)  # type: ignore[no-any-return]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(extra=1), "unexpected member extra"),
        (lambda d: d.pop("payloadType"), "missing payloadType"),
        (lambda d: d.update(payloadType="text/plain"), "payloadType must be"),
        (lambda d: d["signatures"].append(d["signatures"][0]), "exactly one signature"),
        (lambda d: d.update(signatures=[]), "exactly one signature"),
        (lambda d: d["signatures"][0].update(keyid="ABC"), "32 lowercase hex digits"),
        (lambda d: d["signatures"][0].update(sig="AAAA"), "must encode 64 bytes, not 3"),
        (lambda d: d.update(payload="e30"), "payload is not valid base64"),
        (lambda d: d.update(payload="e31="), "not canonical base64"),
    ],
)
def test_malformed_envelopes_are_refused_by_name(change: object, message: str) -> None:
    doc = _doc(sign_envelope(TYPE, b"{}", DeviceIdentity.generate().signing_key))
    change(doc)  # type: ignore[operator]
    data = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    with pytest.raises(FormatError, match=message):
        parse_envelope(data, "test", payload_type=TYPE, max_size=4096)


def test_non_canonical_spelling_of_a_valid_envelope_is_refused() -> None:
    data = sign_envelope(TYPE, b"{}", DeviceIdentity.generate().signing_key)
    spaced = json.dumps(_doc(data), sort_keys=True).encode()
    with pytest.raises(FormatError, match="not in canonical form"):
        parse_envelope(spaced, "test", payload_type=TYPE, max_size=4096)


def test_duplicate_members_and_oversized_envelopes_are_refused() -> None:
    with pytest.raises(FormatError, match="has a key that appears twice"):
        parse_envelope(b'{"payload":"","payload":""}', "test", payload_type=TYPE, max_size=99)
    with pytest.raises(TooLargeError, match="more than the 10 limit"):
        parse_envelope(b"{" + b" " * 20 + b"}", "test", payload_type=TYPE, max_size=10)
