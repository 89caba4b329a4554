"""Enrollment requests prove possession of the key and carry the fingerprint to compare."""

from __future__ import annotations

import pytest

from csec_desktop.core.sync.canonical import canonical_json
from csec_desktop.core.sync.dsse import sign_envelope
from csec_desktop.core.sync.enrollment import (
    PAYLOAD_TYPE,
    make_device_request,
    verify_device_request,
)
from csec_desktop.core.sync.errors import FormatError, SignatureError, TooLargeError
from csec_desktop.core.sync.keys import DeviceIdentity, b64_public

from .helpers import NOW, tamper_envelope


def test_a_request_carries_what_the_county_needs_to_enrol() -> None:
    laptop = DeviceIdentity.generate()
    request = verify_device_request(make_device_request(laptop, NOW))
    assert request.device_id == laptop.device_id
    assert request.fingerprint == laptop.fingerprint
    assert request.created_at == NOW
    entry = request.to_entry(NOW)
    assert entry.device_id == laptop.device_id and entry.revoked is None


def test_a_request_for_a_key_the_sender_does_not_hold_is_refused() -> None:
    laptop, someone_else = DeviceIdentity.generate(), DeviceIdentity.generate()
    swapped = tamper_envelope(
        make_device_request(someone_else, NOW),
        lambda d: d.update(public_key=b64_public(laptop.public_key)),
    )
    with pytest.raises(SignatureError, match="enrollment request is signed by key"):
        verify_device_request(swapped)


def test_a_fingerprint_that_does_not_match_the_key_is_refused() -> None:
    laptop = DeviceIdentity.generate()
    doc = {
        "format": "csec-device-request/1",
        "device_id": laptop.device_id,
        "public_key": b64_public(laptop.public_key),
        "fingerprint": "0000 0000 0000 0000 0000 0000 0000 0000",
        "created_at": "2025-03-14T09:30:00Z",
    }
    data = sign_envelope(PAYLOAD_TYPE, canonical_json(doc), laptop.signing_key)
    with pytest.raises(FormatError, match="fingerprint does not match its public key"):
        verify_device_request(data)


def test_oversized_requests_are_refused() -> None:
    with pytest.raises(TooLargeError, match="enrollment request envelope is 5000 bytes"):
        verify_device_request(b" " * 5000)
