"""Keys round-trip through raw bytes; key ids and fingerprints are stable and comparable."""

from __future__ import annotations

import hashlib
import re

import pytest

from csec_desktop.core.sync.errors import FormatError
from csec_desktop.core.sync.keys import (
    CountyKeys,
    DeviceIdentity,
    ed25519_private_from_bytes,
    ed25519_public_from_bytes,
    fingerprint,
    fingerprint_words,
    key_id,
    proquints,
    public_bytes,
    x25519_public_from_bytes,
)


def test_device_identity_survives_storage_as_raw_bytes() -> None:
    device = DeviceIdentity.generate()
    restored = DeviceIdentity.from_private_bytes(device.device_id, device.private_bytes())
    assert public_bytes(restored.public_key) == public_bytes(device.public_key)
    assert restored.key_id == device.key_id
    signature = restored.signing_key.sign(b"bundle")
    device.public_key.verify(signature, b"bundle")


def test_county_keys_survive_storage_as_96_bytes() -> None:
    keys = CountyKeys.generate()
    raw = keys.to_bytes()
    assert len(raw) == 96
    restored = CountyKeys.from_bytes(raw)
    assert key_id(restored.root_public) == key_id(keys.root_public)
    assert key_id(restored.receipt_public) == key_id(keys.receipt_public)
    assert key_id(restored.encryption_public) == key_id(keys.encryption_public)
    # Three distinct keys, never one reused for two jobs.
    assert len({key_id(keys.root_public), key_id(keys.receipt_public)}) == 2


def test_key_id_is_the_first_16_bytes_of_sha256_of_the_raw_public_key() -> None:
    key = ed25519_private_from_bytes(bytes(range(32))).public_key()
    assert key_id(key) == hashlib.sha256(public_bytes(key)).hexdigest()[:32]


def test_fingerprints_show_the_key_id_for_people_to_compare() -> None:
    key = DeviceIdentity.generate().public_key
    shown = fingerprint(key)
    assert re.fullmatch(r"([0-9A-F]{4} ){7}[0-9A-F]{4}", shown)
    assert shown.replace(" ", "").lower() == key_id(key)
    words = fingerprint_words(key)
    assert re.fullmatch(r"([bdfghjklmnprstvz][aiou]){2}[bdfghjklmnprstvz](-|$)", words[:6])
    assert len(words.split("-")) == 8


def test_proquint_spelling_matches_the_published_examples() -> None:
    # From the proquint proposal: 127.0.0.1 is "lusab-babad", 63.84.220.193 "gutih-tugad".
    assert proquints(bytes([127, 0, 0, 1])) == "lusab-babad"
    assert proquints(bytes([63, 84, 220, 193])) == "gutih-tugad"


@pytest.mark.parametrize("size", [0, 31, 33])
def test_wrong_size_keys_are_refused_with_a_clear_message(size: int) -> None:
    with pytest.raises(FormatError, match=f"must be 32 bytes, not {size}"):
        ed25519_public_from_bytes(bytes(size))
    with pytest.raises(FormatError, match="must be 32 bytes"):
        x25519_public_from_bytes(bytes(size))
    with pytest.raises(FormatError, match="county key material must be 96 bytes"):
        CountyKeys.from_bytes(bytes(size))
