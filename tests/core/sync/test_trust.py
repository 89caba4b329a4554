"""The county trust file: pinned root, no rollback, expiry, and device revocation."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csec_desktop.core.errors import IntegrityError, ValidationError
from csec_desktop.core.sync.bundle import BundleHeader, build_bundle, open_bundle
from csec_desktop.core.sync.errors import (
    FormatError,
    RevokedDeviceError,
    SignatureError,
    TrustExpiredError,
    TrustRootMismatchError,
    TrustVersionError,
    UnknownDeviceError,
)
from csec_desktop.core.sync.keys import CountyKeys, DeviceIdentity
from csec_desktop.core.sync.registry import DeviceEntry, Revocation
from csec_desktop.core.sync.trust import make_trust, verify_trust

from .helpers import NOW, sample_records, tamper_envelope

LATER = NOW + timedelta(days=365)


def _trust(keys: CountyKeys, devices: list[DeviceEntry], version: int = 4) -> bytes:
    return make_trust(
        keys,
        county_id="example-county",
        county_name="Example County Child Welfare",
        devices=devices,
        policy={"retention_days": 30, "idle_lock_minutes": 10},
        version=version,
        issued_at=NOW,
        expires=LATER,
    )


def _entry(device: DeviceIdentity, revoked_after: int | None = None) -> DeviceEntry:
    revoked = None if revoked_after is None else Revocation(NOW, revoked_after)
    return DeviceEntry(device.device_id, device.public_key, NOW, revoked)


def test_first_install_trusts_the_root_it_names_for_a_person_to_confirm(
    county: CountyKeys, device: DeviceIdentity
) -> None:
    trust = verify_trust(_trust(county, [_entry(device)]), None, None, NOW)
    assert trust.county_name == "Example County Child Welfare"
    hex_part = trust.root_fingerprint.split(" (")[1].rstrip(")")
    assert hex_part.replace(" ", "").lower() == trust.root_key_id
    assert trust.policy == {"retention_days": 30, "idle_lock_minutes": 10}
    assert trust.device_public_key(device.device_id) is not None
    # Pinned from then on, and an update at a higher version installs.
    newer = _trust(county, [_entry(device)], version=5)
    assert verify_trust(newer, trust.root_public_key, trust.version, NOW).version == 5


def test_a_file_from_another_root_is_refused(county: CountyKeys) -> None:
    impostor = CountyKeys.generate()
    with pytest.raises(TrustRootMismatchError, match="not the pinned county root"):
        verify_trust(_trust(impostor, []), county.root_public, 1, NOW)


def test_a_lower_version_is_a_rollback(county: CountyKeys) -> None:
    with pytest.raises(
        TrustVersionError, match="trust file version 3 is older than the installed version 4"
    ):
        verify_trust(_trust(county, [], version=3), county.root_public, 4, NOW)


def test_an_expired_file_is_refused(county: CountyKeys) -> None:
    with pytest.raises(TrustExpiredError, match="trust file expired at 2026-03-14T09:30:00Z"):
        verify_trust(_trust(county, []), county.root_public, None, LATER)


def test_an_altered_file_fails_its_signature(county: CountyKeys) -> None:
    altered = tamper_envelope(_trust(county, []), lambda d: d.update(version=99))
    with pytest.raises(SignatureError, match="trust file signature does not verify"):
        verify_trust(altered, county.root_public, None, NOW)
    with pytest.raises(SignatureError, match="trust file signature does not verify"):
        verify_trust(altered, None, None, NOW)


def test_a_registry_naming_a_device_twice_is_refused(
    county: CountyKeys, device: DeviceIdentity
) -> None:
    with pytest.raises(FormatError, match="lists a device more than once"):
        _trust(county, [_entry(device), _entry(device)])


def test_bundles_after_revocation_are_refused_and_earlier_ones_accepted(
    county: CountyKeys,
) -> None:
    laptop = DeviceIdentity.generate()
    trust = verify_trust(_trust(county, [_entry(laptop, revoked_after=2)]), None, None, NOW)
    for sequence, allowed in ((2, True), (3, False)):
        data, _ = build_bundle(
            BundleHeader(sequence, "a" * 64), sample_records(1), laptop, county.encryption_public
        )

        def opened(data: bytes = data) -> object:
            return open_bundle(
                data,
                trust.device_public_key,
                county.encryption,
                expected_recipient=trust.encryption_key_id,
                authorize=trust.authorize_bundle,
            )

        if allowed:
            assert opened()
        else:
            with pytest.raises(
                RevokedDeviceError, match="was revoked after bundle 2; this is bundle 3"
            ):
                opened()


def test_the_trust_object_knows_enrolled_and_unlisted_devices(
    county: CountyKeys, device: DeviceIdentity
) -> None:
    trust = verify_trust(_trust(county, [_entry(device)]), None, None, NOW)
    _, enrolled = build_bundle(BundleHeader(9), [], device, county.encryption_public)
    trust.authorize_bundle(enrolled.manifest)  # enrolled, never revoked: no objection
    laptop = DeviceIdentity.generate()
    _, info = build_bundle(BundleHeader(1), [], laptop, county.encryption_public)
    with pytest.raises(UnknownDeviceError, match="is not enrolled in this county"):
        trust.authorize_bundle(info.manifest)
    assert trust.device_public_key(laptop.device_id) is None


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_flipped_byte_is_refused_cleanly(county: CountyKeys, data: st.DataObject) -> None:
    trust_file = _trust(county, [])
    at = data.draw(st.integers(0, len(trust_file) - 1))
    mask = data.draw(st.integers(1, 255))
    damaged = trust_file[:at] + bytes([trust_file[at] ^ mask]) + trust_file[at + 1 :]
    with pytest.raises((IntegrityError, ValidationError)):
        verify_trust(damaged, county.root_public, None, NOW)
