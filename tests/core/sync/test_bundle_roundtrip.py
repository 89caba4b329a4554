"""A bundle written by a laptop opens at the county with exactly the records it carried."""

from __future__ import annotations

import base64
import stat
from pathlib import Path

import pytest

from csec_desktop import __version__
from csec_desktop.core.errors import AtomicWriteError
from csec_desktop.core.sync.bundle import (
    BundleHeader,
    build_bundle,
    inspect_bundle,
    open_bundle,
    write_bundle,
)
from csec_desktop.core.sync.keys import CountyKeys, DeviceIdentity, key_id
from csec_desktop.core.sync.manifest import GENESIS, classify_sequence

from .helpers import NOW, lookup, sample_records


def test_round_trip_through_a_file(
    tmp_path: Path, device: DeviceIdentity, county: CountyKeys
) -> None:
    records = sample_records(5)
    path = tmp_path / "bundle-1.csb"
    info = write_bundle(path, BundleHeader(1), records, device, county.encryption_public, now=NOW)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert info.size == path.stat().st_size

    opened = open_bundle(path, lookup(device), county.encryption)
    assert opened.records == records
    assert opened.bundle_hash == info.bundle_hash
    manifest = opened.manifest
    assert manifest.device_id == device.device_id
    assert manifest.sequence == 1 and manifest.previous_bundle_hash == GENESIS
    assert manifest.record_counts == {"needs_assessment": 2, "screening": 2, "youth": 1}
    assert manifest.recipient_key_id == key_id(county.encryption_public)
    assert manifest.app_version == __version__
    assert manifest.created_at == NOW


def test_the_file_holds_no_record_content_in_the_clear(
    device: DeviceIdentity, county: CountyKeys
) -> None:
    records = [{"kind": "youth", "name": "Zyxwvut Fictional", "dob": "2010-01-01"}]
    data, _ = build_bundle(BundleHeader(1), records, device, county.encryption_public)
    assert b"Zyxwvut" not in data and b"2010-01-01" not in data
    envelope_payload = data[data.index(b'"payload":"') + 11 :].split(b'"')[0]
    assert b"Zyxwvut" not in base64.b64decode(envelope_payload)


def test_inspect_shows_the_manifest_without_the_county_key(
    bundle: bytes, device: DeviceIdentity
) -> None:
    unchecked = inspect_bundle(bundle)
    assert unchecked.signature_checked is False
    checked = inspect_bundle(bundle, device.public_key)
    assert checked.signature_checked is True
    assert checked.signer_key_id == device.key_id
    assert checked.manifest == unchecked.manifest
    assert checked.size == len(bundle)


def test_an_empty_export_is_a_valid_bundle(device: DeviceIdentity, county: CountyKeys) -> None:
    data, info = build_bundle(BundleHeader(1), [], device, county.encryption_public)
    assert info.manifest.record_counts == {}
    assert open_bundle(data, lookup(device), county.encryption).records == []


def test_bundles_chain_and_the_county_can_place_each_one(
    device: DeviceIdentity, county: CountyKeys
) -> None:
    first, one = build_bundle(BundleHeader(1), sample_records(1), device, county.encryption_public)
    second, two = build_bundle(
        BundleHeader(2, one.bundle_hash), sample_records(2), device, county.encryption_public
    )
    third, three = build_bundle(
        BundleHeader(3, two.bundle_hash), sample_records(1), device, county.encryption_public
    )
    forked, fork = build_bundle(
        BundleHeader(2, "f" * 64), sample_records(1), device, county.encryption_public
    )
    assert classify_sequence(0, GENESIS, one.manifest, one.bundle_hash) == "next"
    assert classify_sequence(1, one.bundle_hash, two.manifest, two.bundle_hash) == "next"
    assert classify_sequence(2, two.bundle_hash, two.manifest, two.bundle_hash) == "duplicate"
    assert classify_sequence(2, two.bundle_hash, one.manifest, one.bundle_hash) == "replay"
    assert classify_sequence(1, one.bundle_hash, three.manifest, three.bundle_hash) == "gap"
    assert classify_sequence(1, one.bundle_hash, fork.manifest, fork.bundle_hash) == "fork"
    assert classify_sequence(2, two.bundle_hash, fork.manifest, fork.bundle_hash) == "fork"
    assert len({first, second, third, forked}) == 4


def test_write_bundle_never_overwrites_an_earlier_bundle(
    tmp_path: Path, device: DeviceIdentity, county: CountyKeys
) -> None:
    path = tmp_path / "bundle.csb"
    write_bundle(path, BundleHeader(1), sample_records(1), device, county.encryption_public)
    before = path.read_bytes()
    with pytest.raises(AtomicWriteError, match="already exists"):
        write_bundle(path, BundleHeader(2), sample_records(1), device, county.encryption_public)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["bundle.csb"]
