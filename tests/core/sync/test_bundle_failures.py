"""Every way a bundle can be wrong is refused with its own error class and one clear line."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path
from typing import Any

import pytest

from csec_desktop.core.sync import payload as pl
from csec_desktop.core.sync.bundle import BundleHeader, build_bundle, inspect_bundle, open_bundle
from csec_desktop.core.sync.container import MAGIC, Limits
from csec_desktop.core.sync.errors import (
    DecryptionError,
    FormatError,
    PayloadContentError,
    PayloadHashError,
    SignatureError,
    TooLargeError,
    TruncatedError,
    UnknownDeviceError,
    WrongRecipientError,
)
from csec_desktop.core.sync.keys import CountyKeys, DeviceIdentity, key_id
from csec_desktop.core.sync.manifest import BundleManifest

from .helpers import lookup, resign, sample_records, tamper


def _open(data: bytes, device: DeviceIdentity, county: CountyKeys, **kw: Any) -> object:
    return open_bundle(data, lookup(device), county.encryption, **kw)


def _payload_offset(data: bytes) -> int:
    (env_len,) = struct.unpack(">I", data[12:16])
    return 16 + env_len + 8


def test_a_file_that_is_not_a_bundle(device: DeviceIdentity, county: CountyKeys) -> None:
    with pytest.raises(FormatError, match="not a bundle file"):
        _open(b"PK\x03\x04 a zip file", device, county)


def test_a_short_payload_says_how_much_is_missing(
    bundle: bytes, device: DeviceIdentity, county: CountyKeys
) -> None:
    expected = len(bundle) - _payload_offset(bundle)
    with pytest.raises(
        TruncatedError,
        match=f"bundle is truncated: expected {expected} payload bytes, found {expected - 5}",
    ):
        _open(bundle[:-5], device, county)


def test_bytes_after_the_payload(bundle: bytes, device: DeviceIdentity, county: CountyKeys) -> None:
    with pytest.raises(FormatError, match="unexpected bytes after its payload"):
        _open(bundle + b"\0", device, county)


def test_an_announced_manifest_beyond_the_cap(device: DeviceIdentity, county: CountyKeys) -> None:
    data = MAGIC + struct.pack(">I", 65 * 1024) + b"{}"
    with pytest.raises(TooLargeError, match="bundle manifest is 66560 bytes, more than the 65536"):
        _open(data, device, county)


def test_a_device_the_county_never_enrolled(bundle: bytes, county: CountyKeys) -> None:
    stranger = DeviceIdentity.generate()
    with pytest.raises(UnknownDeviceError, match="which is not enrolled"):
        _open(bundle, stranger, county)


def test_an_altered_manifest_fails_its_signature(
    bundle: bytes, device: DeviceIdentity, county: CountyKeys
) -> None:
    altered = tamper(bundle, lambda m: m.update(sequence=7))
    with pytest.raises(SignatureError, match="bundle signature does not verify"):
        _open(altered, device, county)
    with pytest.raises(SignatureError, match="bundle signature does not verify"):
        inspect_bundle(altered, device.public_key)


def test_another_key_signing_for_an_enrolled_device(
    bundle: bytes, device: DeviceIdentity, county: CountyKeys
) -> None:
    impostor = DeviceIdentity.generate()
    forged = resign(bundle, impostor)
    with pytest.raises(SignatureError, match=f"signed by key {impostor.key_id}, expected key"):
        _open(forged, device, county)


def test_a_bundle_for_another_county(
    bundle: bytes, device: DeviceIdentity, county: CountyKeys
) -> None:
    other = CountyKeys.generate()
    addressed = key_id(county.encryption_public)
    with pytest.raises(
        WrongRecipientError, match=f"bundle is addressed to county key {addressed}, not this county"
    ):
        _open(bundle, device, other)


def test_a_swapped_payload_fails_the_signed_hash(
    bundle: bytes, device: DeviceIdentity, county: CountyKeys
) -> None:
    at = _payload_offset(bundle)
    swapped = bundle[:at] + bytes(len(bundle) - at)
    with pytest.raises(PayloadHashError, match="payload hash differs from the signed manifest"):
        _open(swapped, device, county)
    with pytest.raises(PayloadHashError, match="payload hash differs"):
        inspect_bundle(swapped, device.public_key)


def test_a_payload_length_that_disagrees_with_the_manifest(
    bundle: bytes, device: DeviceIdentity, county: CountyKeys
) -> None:
    lied = resign(bundle, device, lambda m: m.update(payload_length=m["payload_length"] + 1))
    with pytest.raises(PayloadHashError, match=r"payload is \d+ bytes, the manifest says \d+"):
        _open(lied, device, county)


def test_a_content_key_moved_from_another_bundle_does_not_unwrap(
    bundle: bytes, device: DeviceIdentity, county: CountyKeys
) -> None:
    # Same device, a different bundle id: the HPKE info no longer matches the wrap.
    moved = resign(bundle, device, lambda m: m.update(bundle_id="1" * 8 + m["bundle_id"][8:]))
    with pytest.raises(DecryptionError, match="content key does not unwrap"):
        _open(moved, device, county)


def test_any_manifest_change_breaks_decryption_even_when_re_signed(
    bundle: bytes, device: DeviceIdentity, county: CountyKeys
) -> None:
    changed = resign(bundle, device, lambda m: m.update(schema_version=m["schema_version"] + 1))
    with pytest.raises(DecryptionError, match="payload does not decrypt"):
        _open(changed, device, county)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda m: m.update(extra="x"), "manifest has unexpected member extra"),
        (lambda m: m.pop("sequence"), "manifest is missing sequence"),
        (lambda m: m.update(sequence=0), "manifest sequence must be between 1 and"),
        (lambda m: m.update(sequence=True), "manifest sequence must be an integer"),
        (lambda m: m.update(format="csec-bundle/2"), "manifest format must be 'csec-bundle/1'"),
        (lambda m: m.update(created_at="2025-03-14 09:30"), "created_at must be a UTC time"),
        (lambda m: m.update(previous_bundle_hash="x"), "previous_bundle_hash must be 64"),
        (lambda m: m.update(record_counts={"Bad Kind": 1}), "invalid record kind name"),
    ],
)
def test_a_signed_but_malformed_manifest(
    bundle: bytes, device: DeviceIdentity, county: CountyKeys, change: Any, message: str
) -> None:
    with pytest.raises(FormatError, match=message):
        _open(resign(bundle, device, change), device, county)


def test_declared_records_beyond_the_cap_are_refused_before_decryption(
    bundle: bytes, device: DeviceIdentity, county: CountyKeys
) -> None:
    with pytest.raises(TooLargeError, match=r"declares \d+ bytes of records, more than the 100"):
        _open(bundle, device, county, limits=Limits(max_plaintext=100))


def test_a_compressed_bomb_inflates_no_further_than_declared() -> None:
    bomb = zlib.compress(bytes(50 * 1024 * 1024), 9)  # 50 MiB of zeros in ~50 KiB
    with pytest.raises(PayloadContentError, match="inflates to more than the declared 1000"):
        pl.decompress_bounded(bomb, 1000, 10_000)
    with pytest.raises(PayloadContentError, match="inflates to 4 bytes, the manifest declares 9"):
        pl.decompress_bounded(zlib.compress(b"abcd"), 9, 100)
    with pytest.raises(PayloadContentError, match="not valid zlib data"):
        pl.decompress_bounded(b"\x00garbage", 9, 100)


def test_decrypted_records_must_match_the_manifest_counts() -> None:
    plaintext, counts = pl.encode_records(sample_records(3))
    assert pl.decode_records(plaintext, counts) == sample_records(3)
    with pytest.raises(PayloadContentError, match="record counts differ from the signed"):
        pl.decode_records(plaintext, {**counts, "youth": 9})
    with pytest.raises(PayloadContentError, match="payload is not valid JSON"):
        pl.decode_records(b"{not json", counts)
    with pytest.raises(PayloadContentError, match="records must be a list of objects"):
        pl.decode_records(b'{"records":[1]}', {})


def test_records_without_a_kind_are_refused_at_export(
    device: DeviceIdentity, county: CountyKeys
) -> None:
    with pytest.raises(PayloadContentError, match="record 1 has no valid 'kind'"):
        build_bundle(
            BundleHeader(1), [{"kind": "youth"}, {"id": "x"}], device, county.encryption_public
        )
    with pytest.raises(PayloadContentError, match="cannot be written as JSON"):
        build_bundle(
            BundleHeader(1), [{"kind": "youth", "x": object()}], device, county.encryption_public
        )


def test_the_caller_can_refuse_a_device_after_the_signature_checks(
    bundle: bytes, device: DeviceIdentity, county: CountyKeys
) -> None:
    seen: list[BundleManifest] = []

    def authorize(manifest: BundleManifest) -> None:
        seen.append(manifest)
        raise UnknownDeviceError("device is not in the registry")

    with pytest.raises(UnknownDeviceError, match="not in the registry"):
        _open(bundle, device, county, authorize=authorize)
    assert seen[0].device_id == device.device_id


def test_an_explicit_expected_recipient_is_enforced(
    bundle: bytes, device: DeviceIdentity, county: CountyKeys
) -> None:
    assert _open(bundle, device, county, expected_recipient=key_id(county.encryption_public))
    with pytest.raises(WrongRecipientError):
        _open(bundle, device, county, expected_recipient="0" * 32)


def test_a_missing_file_is_named(
    tmp_path: Path, device: DeviceIdentity, county: CountyKeys
) -> None:
    with pytest.raises(FormatError, match=r"cannot read bundle gone\.csb: No such file"):
        open_bundle(tmp_path / "gone.csb", lookup(device), county.encryption)
