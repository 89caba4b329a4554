"""Every bad bundle is refused with its own message and leaves the county store unchanged."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csec_desktop.core.errors import CsecError
from csec_desktop.core.sync.bundle import BundleHeader, build_bundle
from csec_desktop.core.sync.keys import CountyKeys, DeviceIdentity
from tests.core.sync_service.world import World, digest, make_world, profile


@pytest.fixture(scope="module", params=["embedded", "postgresql"])
def setup(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, Any]]:
    """Laptop A: bundle 1 imported, bundles 2 and 3 written but not imported (on each of
    the two intake stores)."""
    database = None
    if request.param == "postgresql":
        from tests.pg_cluster import Cluster

        cluster = request.getfixturevalue("pg_cluster")
        assert isinstance(cluster, Cluster)
        database = cluster.fresh_database("refusals")
    world = make_world(tmp_path_factory.mktemp("refusals"), database=database)
    laptop = world.laptop("a")
    paths = []
    for first in ("Jordan", "Casey", "Riley"):
        laptop.caseload.add(profile(first=first))
        paths.append(laptop.sync.export(laptop.out).path)
    world.import_(paths[0])
    yield {"world": world, "laptop": laptop, "paths": paths}
    world.close()


def refused(world: World, path: Path, match: str, **kwargs: Any) -> None:
    receipt = path.with_name(path.stem + ".receipt.json")
    had = receipt.read_bytes() if receipt.exists() else None
    before = digest(world.county_db)
    with pytest.raises(CsecError, match=match):
        world.import_(path, **kwargs)
    assert digest(world.county_db) == before
    assert (receipt.read_bytes() if receipt.exists() else None) == had


PARTS = {  # part of the file → (start, end) given the envelope length E and the size
    "magic": lambda e, n: (0, 12),
    "envelope length": lambda e, n: (12, 16),
    "envelope": lambda e, n: (16, 16 + e),
    "payload length": lambda e, n: (16 + e, 24 + e),
    "payload": lambda e, n: (24 + e, n),
}


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(part=st.sampled_from(sorted(PARTS)), where=st.floats(0, 0.999), flip=st.integers(1, 255))
def test_a_flipped_byte_anywhere_is_refused(
    setup: dict[str, Any], tmp_path_factory: pytest.TempPathFactory, part: str, where: float,
    flip: int,
) -> None:  # fmt: skip
    world, good = setup["world"], setup["paths"][1]
    data = bytearray(good.read_bytes())
    envelope_length = int.from_bytes(data[12:16], "big")
    start, end = PARTS[part](envelope_length, len(data))
    data[start + int(where * (end - start))] ^= flip
    bad = tmp_path_factory.mktemp("flip") / "bad.csb"
    bad.write_bytes(bytes(data))
    refused(world, bad, ".")


@pytest.mark.parametrize("as_service", [False, True])
def test_a_damaged_copy_of_an_imported_bundle_is_refused_not_called_already_imported(
    setup: dict[str, Any], tmp_path: Path, as_service: bool
) -> None:
    """The bundle's hash is its signed manifest's, so a copy whose payload was altered after
    import has the same hash: it must still be refused, by folder and by the service."""
    world, imported = setup["world"], setup["paths"][0]
    data = bytearray(imported.read_bytes())
    start, end = PARTS["payload"](int.from_bytes(data[12:16], "big"), len(data))
    data[(start + end) // 2] ^= 0x40  # a byte in the encrypted payload
    bad = tmp_path / "copy.csb"
    bad.write_bytes(bytes(data))
    refused(world, bad, "payload hash differs", any_imported_is_duplicate=as_service)
    assert world.import_(imported, any_imported_is_duplicate=as_service).status == "duplicate"


@pytest.mark.parametrize("keep", [0, 11, 15, 200, -17, -1])
def test_a_truncated_bundle_is_refused(setup: dict[str, Any], tmp_path: Path, keep: int) -> None:
    data = setup["paths"][1].read_bytes()
    bad = tmp_path / "short.csb"
    bad.write_bytes(data[:keep])
    refused(setup["world"], bad, "ends before|too short|bytes|truncated|not a bundle|magic")


def _foreign_bundle(world: World, tmp_path: Path, device: DeviceIdentity, county_key: Any,
                    sequence: int = 1) -> Path:  # fmt: skip
    record = {"kind": "youth", "id": "00000000-0000-4000-8000-000000000001", "version": 1,
              "base_version": None}  # fmt: skip
    data, _ = build_bundle(BundleHeader(sequence), [record], device, county_key)
    path = tmp_path / "foreign.csb"
    path.write_bytes(data)
    return path


def test_an_unknown_device_is_refused(setup: dict[str, Any], tmp_path: Path) -> None:
    world = setup["world"]
    path = _foreign_bundle(world, tmp_path, DeviceIdentity.generate(),
                           world.authority.keys.encryption_public)  # fmt: skip
    refused(world, path, "which is not enrolled")


def test_a_bundle_for_another_county_is_refused(setup: dict[str, Any], tmp_path: Path) -> None:
    world, laptop = setup["world"], setup["laptop"]
    identity = laptop.sync.identity()
    other = CountyKeys.generate().encryption_public
    path = _foreign_bundle(world, tmp_path, identity, other, sequence=2)
    refused(world, path, "not this county's")


def test_a_replayed_older_bundle_is_refused(setup: dict[str, Any]) -> None:
    world, paths = setup["world"], setup["paths"]
    world.import_(paths[1])
    try:
        refused(world, paths[0], "older than bundle 2")
    finally:
        setup["imported_two"] = True


def test_a_gap_in_the_chain_is_refused_until_declared_lost(setup: dict[str, Any]) -> None:
    world, laptop = setup["world"], setup["laptop"]
    if not setup.get("imported_two"):
        world.import_(setup["paths"][1])
    laptop.caseload.add(profile(first="Avery"))
    four = laptop.sync.export(laptop.out).path  # bundle 3 is written but never imported
    refused(world, four, "bundle\\(s\\) 3 are missing")
    result = world.import_(four, accept_gap=True)
    assert result.status == "imported" and "declared lost" in result.note
    # No receipt reached the laptop, so bundle 4 re-sent everything: bundles 1 and 2's records
    # as duplicates, and the lost bundle 3's record with the new one, accepted. Nothing is lost.
    assert result.counts == {"accepted": 2, "duplicate": 2}


def test_a_revoked_device_past_its_cutoff_is_refused(tmp_path: Path) -> None:
    world = make_world(tmp_path)
    try:
        laptop = world.laptop("a")
        laptop.caseload.add(profile())
        first = laptop.sync.export(laptop.out).path
        laptop.caseload.add(profile(first="Casey"))
        second = laptop.sync.export(laptop.out).path
        world.clock.advance(hours=1)
        cutoff, _ = world.authority.revoke(laptop.session.device_id, 1, world.clock())
        assert cutoff == 1
        assert world.import_(first).status == "imported"  # sent before the cut-off
        refused(world, second, "was revoked after bundle 1; this is bundle 2")
    finally:
        world.close()


def test_a_laptop_with_an_expired_trust_file_exports_nothing(tmp_path: Path) -> None:
    world = make_world(tmp_path)
    try:
        laptop = world.laptop("a")
        world.clock.advance(days=366)  # the laptop's trust file has expired
        laptop.caseload.add(profile())
        with pytest.raises(CsecError, match="expired"):
            laptop.sync.export(laptop.out)
    finally:
        world.close()
