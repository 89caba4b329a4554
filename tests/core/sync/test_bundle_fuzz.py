"""Damage anywhere in a bundle file is always caught, and always as a clean, named error.

A single flipped bit or a file cut short (a yanked USB stick, a failing disk) must never import,
and must never surface as a crash: only IntegrityError or ValidationError with one line.
"""

from __future__ import annotations

import struct

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csec_desktop.core.errors import IntegrityError, ValidationError
from csec_desktop.core.sync.bundle import inspect_bundle, open_bundle
from csec_desktop.core.sync.container import MAGIC
from csec_desktop.core.sync.keys import CountyKeys, DeviceIdentity
from tests.fuzz_scale import examples

from .helpers import lookup

CLEAN = (IntegrityError, ValidationError)
FUZZ = settings(
    max_examples=examples(60),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)


def parts(data: bytes) -> dict[str, tuple[int, int]]:
    """Byte ranges [start, end) of each part of a bundle file."""
    (env_len,) = struct.unpack(">I", data[12:16])
    env_end = 16 + env_len
    envelope = data[16:env_end]
    sig_at = 16 + envelope.index(b'"sig":"') + 7
    keyid_at = 16 + envelope.index(b'"keyid":"') + 9
    type_at = 16 + envelope.index(b'"payloadType":"') + 15
    return {
        "magic": (0, len(MAGIC)),
        "manifest length": (12, 16),
        "manifest payload": (16, type_at),
        "payload type": (type_at, keyid_at),
        "key id": (keyid_at, sig_at),
        "signature": (sig_at, env_end),
        "payload length": (env_end, env_end + 8),
        "ciphertext": (env_end + 8, len(data) - 16),
        "tag": (len(data) - 16, len(data)),
    }


def _flip(data: bytes, at: int, mask: int) -> bytes:
    return data[:at] + bytes([data[at] ^ mask]) + data[at + 1 :]


@pytest.mark.parametrize(
    "part",
    [
        "magic",
        "manifest length",
        "manifest payload",
        "payload type",
        "key id",
        "signature",
        "payload length",
        "ciphertext",
        "tag",
    ],
)
def test_a_flipped_byte_in_any_part_is_refused_cleanly(
    part: str, bundle: bytes, device: DeviceIdentity, county: CountyKeys
) -> None:
    start, end = parts(bundle)[part]

    @FUZZ
    @given(at=st.integers(start, end - 1), mask=st.integers(1, 255))
    def check(at: int, mask: int) -> None:
        damaged = _flip(bundle, at, mask)
        with pytest.raises(CLEAN):
            open_bundle(damaged, lookup(device), county.encryption)
        with pytest.raises(CLEAN):
            inspect_bundle(damaged, device.public_key)

    check()


def test_a_file_cut_short_anywhere_is_refused_cleanly(
    bundle: bytes, device: DeviceIdentity, county: CountyKeys
) -> None:
    for length in range(len(bundle)):
        with pytest.raises(CLEAN):
            open_bundle(bundle[:length], lookup(device), county.encryption)


@FUZZ
@given(junk=st.binary(max_size=400))
def test_arbitrary_bytes_after_a_valid_magic_are_refused_cleanly(
    junk: bytes, device: DeviceIdentity, county: CountyKeys
) -> None:
    for data in (junk, MAGIC + junk):
        with pytest.raises(CLEAN):
            open_bundle(data, lookup(device), county.encryption)
        with pytest.raises(CLEAN):
            inspect_bundle(data)
