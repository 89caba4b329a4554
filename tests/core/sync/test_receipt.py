"""Receipts: only the county's receipt key, answering a bundle this laptop sent, is believed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csec_desktop.core.errors import IntegrityError, ValidationError
from csec_desktop.core.sync.bundle import BundleHeader, BundleInfo, build_bundle
from csec_desktop.core.sync.errors import FormatError, ReceiptMismatchError, SignatureError
from csec_desktop.core.sync.keys import CountyKeys, DeviceIdentity, key_id
from csec_desktop.core.sync.receipt import (
    RecordFate,
    make_receipt,
    receipt_bundle_hash,
    verify_receipt,
)
from csec_desktop.core.sync.registry import DeviceEntry
from csec_desktop.core.sync.trust import Trust, make_trust, verify_trust

from .helpers import NOW, sample_records, tamper_envelope

FATES = [
    RecordFate("00000000-0000-4000-8000-000000000000", "screening", 1, "accepted"),
    RecordFate("00000000-0000-4000-8000-000000000001", "youth", 2, "duplicate"),
    RecordFate(
        "00000000-0000-4000-8000-000000000002",
        "needs_assessment",
        3,
        "conflict",
        "edited at the county since version 2; a supervisor will reconcile",
    ),
]


@pytest.fixture(scope="module")
def sent(device: DeviceIdentity, county: CountyKeys) -> BundleInfo:
    _, info = build_bundle(BundleHeader(1), sample_records(3), device, county.encryption_public)
    return info


@pytest.fixture(scope="module")
def trust(device: DeviceIdentity, county: CountyKeys) -> Trust:
    data = make_trust(
        county,
        county_id="example-county",
        county_name="Example County",
        devices=[DeviceEntry(device.device_id, device.public_key, NOW)],
        policy={},
        version=1,
        issued_at=NOW,
        expires=NOW + timedelta(days=90),
    )
    return verify_trust(data, county.root_public, None, NOW)


def _receipt(county: CountyKeys, sent: BundleInfo, signer: object = None) -> bytes:
    return make_receipt(
        signer or county.receipt,  # type: ignore[arg-type]
        county_id="example-county",
        manifest=sent.manifest,
        bundle_hash=sent.bundle_hash,
        records=FATES,
        received_at=NOW,
    )


def test_a_genuine_receipt_lists_each_record_fate(
    county: CountyKeys, sent: BundleInfo, trust: Trust, device: DeviceIdentity
) -> None:
    data = _receipt(county, sent)
    assert receipt_bundle_hash(data) == sent.bundle_hash
    receipt = verify_receipt(data, trust, sent.bundle_hash, device.device_id)
    assert receipt.resolve(f.record_id for f in FATES) == tuple(FATES)
    assert all(f.record_id.encode() not in data for f in FATES)  # finding 11: hashes only
    assert receipt.sequence == 1 and receipt.bundle_id == sent.manifest.bundle_id


def test_a_receipt_signed_by_another_key_is_a_forgery(
    county: CountyKeys, sent: BundleInfo, trust: Trust
) -> None:
    forger = CountyKeys.generate().receipt
    expected = key_id(county.receipt_public)
    with pytest.raises(
        SignatureError, match=f"receipt is signed by key .*, expected key {expected}"
    ):
        verify_receipt(_receipt(county, sent, forger), trust, sent.bundle_hash)
    # The root key must not double as the receipt key either.
    with pytest.raises(SignatureError):
        verify_receipt(_receipt(county, sent, county.root), trust, sent.bundle_hash)


def test_an_altered_receipt_fails_its_signature(
    county: CountyKeys, sent: BundleInfo, trust: Trust
) -> None:
    def accept_all(doc: dict[str, object]) -> None:
        for record in doc["records"]:  # type: ignore[attr-defined]
            record.update(fate="accepted", reason="")

    altered = tamper_envelope(_receipt(county, sent), accept_all)
    with pytest.raises(SignatureError, match="receipt signature does not verify"):
        verify_receipt(altered, trust, sent.bundle_hash)


def test_a_receipt_for_a_bundle_this_laptop_did_not_send(
    county: CountyKeys, sent: BundleInfo, trust: Trust, device: DeviceIdentity
) -> None:
    data = _receipt(county, sent)
    with pytest.raises(ReceiptMismatchError, match="not the bundle this device sent"):
        verify_receipt(data, trust, "0" * 64)
    with pytest.raises(ReceiptMismatchError, match="not this device"):
        verify_receipt(data, trust, sent.bundle_hash, DeviceIdentity.generate().device_id)


def test_a_conflict_or_rejection_must_say_why(county: CountyKeys, sent: BundleInfo) -> None:
    silent = RecordFate("00000000-0000-4000-8000-000000000009", "youth", 1, "rejected")
    with pytest.raises(FormatError, match="receipt record 0 is rejected without a reason"):
        make_receipt(
            county.receipt,
            county_id="example-county",
            manifest=sent.manifest,
            bundle_hash=sent.bundle_hash,
            records=[silent],
            received_at=NOW,
        )


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_any_flipped_byte_in_a_receipt_is_refused_cleanly(
    county: CountyKeys, sent: BundleInfo, trust: Trust, data: st.DataObject
) -> None:
    receipt = _receipt(county, sent)
    at = data.draw(st.integers(0, len(receipt) - 1))
    damaged = (
        receipt[:at] + bytes([receipt[at] ^ data.draw(st.integers(1, 255))]) + receipt[at + 1 :]
    )
    with pytest.raises((IntegrityError, ValidationError)):
        verify_receipt(damaged, trust, sent.bundle_hash)
