"""Session-wide keys and one sample bundle for the sync format tests."""

from __future__ import annotations

import pytest

from csec_desktop.core.sync.bundle import BundleHeader, build_bundle
from csec_desktop.core.sync.keys import CountyKeys, DeviceIdentity

from .helpers import NOW, sample_records


@pytest.fixture(scope="session")
def device() -> DeviceIdentity:
    return DeviceIdentity.generate()


@pytest.fixture(scope="session")
def county() -> CountyKeys:
    return CountyKeys.generate()


@pytest.fixture(scope="session")
def bundle(device: DeviceIdentity, county: CountyKeys) -> bytes:
    data, _ = build_bundle(
        BundleHeader(sequence=1), sample_records(), device, county.encryption_public, now=NOW
    )
    return data
