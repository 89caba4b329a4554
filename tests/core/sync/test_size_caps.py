"""Size caps are checked before reading: a hostile or damaged file cannot exhaust memory."""

from __future__ import annotations

import struct
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from csec_desktop.core.sync.bundle import inspect_bundle, open_bundle
from csec_desktop.core.sync.container import MAGIC, Limits
from csec_desktop.core.sync.errors import TooLargeError
from csec_desktop.core.sync.keys import CountyKeys, DeviceIdentity

from .helpers import lookup

ONE_MIB = 1 << 20


def _peak_bytes(action: Callable[[], object]) -> int:
    tracemalloc.start()
    try:
        with pytest.raises(TooLargeError) as caught:
            action()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert str(caught.value).count("\n") == 0
    return peak


def test_a_huge_file_is_refused_from_its_size_alone(
    tmp_path: Path, bundle: bytes, device: DeviceIdentity, county: CountyKeys
) -> None:
    path = tmp_path / "huge.csb"
    with open(path, "wb") as out:
        out.write(bundle)
        out.truncate(600 * ONE_MIB)  # sparse: costs no disk, would cost 600 MiB to read
    peak = _peak_bytes(lambda: open_bundle(path, lookup(device), county.encryption))
    assert peak < ONE_MIB
    with pytest.raises(TooLargeError, match="bundle file is 629145600 bytes, more than the"):
        inspect_bundle(path)


def test_an_announced_payload_beyond_the_cap_is_refused_before_reading_it(
    bundle: bytes, device: DeviceIdentity, county: CountyKeys
) -> None:
    (env_len,) = struct.unpack(">I", bundle[12:16])
    head = bundle[: 16 + env_len]
    claim = head + struct.pack(">Q", 2**40) + b"x" * 64
    peak = _peak_bytes(lambda: open_bundle(claim, lookup(device), county.encryption))
    assert peak < ONE_MIB
    with pytest.raises(TooLargeError, match="bundle payload is 1099511627776 bytes, more than"):
        inspect_bundle(claim)


def test_an_announced_manifest_beyond_the_cap_is_refused_before_reading_it() -> None:
    claim = MAGIC + struct.pack(">I", 2**32 - 1) + b"{"
    peak = _peak_bytes(lambda: inspect_bundle(claim))
    assert peak < ONE_MIB


def test_configured_caps_apply(bundle: bytes, device: DeviceIdentity, county: CountyKeys) -> None:
    with pytest.raises(TooLargeError, match=r"bundle payload is \d+ bytes, more than the 20 limit"):
        open_bundle(bundle, lookup(device), county.encryption, limits=Limits(max_payload=20))
    with pytest.raises(
        TooLargeError, match=r"bundle manifest is \d+ bytes, more than the 100 limit"
    ):
        inspect_bundle(bundle, limits=Limits(max_manifest=100))
