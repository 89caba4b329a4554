"""Every file the product reads from a person, a county or a USB stick, mutated at random:
byte flips, truncation, insertion and JSON-aware value swaps (re-signed where the format is
signed, so the content parser itself is reached). The only acceptable answer to a bad file is
one of the product's own refusals (a CsecError), quickly and in bounded memory; never another
exception type, never a hang."""

from __future__ import annotations

import base64
import json
import time
import tracemalloc
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csec_desktop.core.errors import CsecError
from csec_desktop.core.instruments import load_instrument_file, shipped_registry
from csec_desktop.core.language_guide import LanguageGuide
from csec_desktop.core.paths import read_resource_text
from csec_desktop.core.policy import load_policy
from csec_desktop.core.sync.bundle import BundleHeader, build_bundle
from csec_desktop.core.sync.dsse import sign_envelope
from csec_desktop.core.sync.enrollment import PAYLOAD_TYPE as REQUEST_TYPE
from csec_desktop.core.sync.enrollment import make_device_request, verify_device_request
from csec_desktop.core.sync.keys import CountyKeys, DeviceIdentity
from csec_desktop.core.sync.receipt import PAYLOAD_TYPE as RECEIPT_TYPE
from csec_desktop.core.sync.receipt import RecordFate, make_receipt, verify_receipt
from csec_desktop.core.sync.registry import DeviceEntry
from csec_desktop.core.sync.trust import PAYLOAD_TYPE as TRUST_TYPE
from csec_desktop.core.sync.trust import make_trust, verify_trust
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from csec_desktop.core.vault.keyslots import KeySlots
from tests.core.sync.helpers import NOW, sample_records
from tests.fuzz_scale import examples

# A hang shows up as a blown deadline; the budget is generous for a loaded 2-core machine.
FUZZ = settings(
    max_examples=examples(150),
    deadline=5000,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

WEIRD = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(),  # NaN and the infinities are written as bare Infinity/NaN tokens
    st.text(max_size=30),
    st.sampled_from(["", "\u0000", "x" * 5000, "🙂" * 50, "1e999", "../../etc/passwd"]),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
    st.just([[[[[[[[[[[]]]]]]]]]]]),
)


def _paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


@st.composite
def json_mutation(draw: st.DrawFn, doc: Any) -> Any:
    """``doc`` with one value swapped for an odd one, a member removed, or an extra member."""
    doc = json.loads(json.dumps(doc))
    path = draw(st.sampled_from(_paths(doc)))
    if not path:
        return draw(WEIRD)
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    action = draw(st.sampled_from(["swap", "swap", "drop", "extra"]))
    if action == "drop":
        del parent[path[-1]]
    elif action == "extra" and isinstance(parent, dict):
        parent[draw(st.text(min_size=1, max_size=8))] = draw(WEIRD)
    else:
        parent[path[-1]] = draw(WEIRD)
    return doc


@st.composite
def byte_mutation(draw: st.DrawFn, data: bytes) -> bytes:
    kind = draw(st.sampled_from(["flip", "truncate", "insert", "repeat"]))
    at = draw(st.integers(0, len(data) - 1))
    if kind == "flip":
        return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1 :]
    if kind == "truncate":
        return data[:at]
    if kind == "insert":
        return data[:at] + draw(st.binary(min_size=1, max_size=16)) + data[at:]
    end = draw(st.integers(at, min(len(data), at + 64)))
    return data[:at] + data[at:end] * draw(st.integers(2, 200)) + data[end:]


def refused_cleanly(parse: Callable[[], object]) -> None:
    """The call either accepts the input or refuses it with the product's own error."""
    try:
        parse()
    except CsecError as exc:
        assert exc.message and "\n" not in exc.message
    # Any other exception type propagates and fails the test, with hypothesis's minimal input.


def _signed_doc(data: bytes) -> dict[str, Any]:
    return json.loads(base64.b64decode(json.loads(data)["payload"]))


def _resign(doc: Any, payload_type: str, key: Any) -> bytes:
    body = json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()
    return sign_envelope(payload_type, body, key)


# Signed sync files -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def signed() -> dict[str, Any]:
    device, county = DeviceIdentity.generate(), CountyKeys.generate()
    _, sent = build_bundle(BundleHeader(1), sample_records(2), device, county.encryption_public)
    trust_file = make_trust(
        county,
        county_id="example-county",
        county_name="Example County",
        devices=[DeviceEntry(device.device_id, device.public_key, NOW)],
        policy={"sync": {"retention_days": 30}},
        version=1,
        issued_at=NOW,
        expires=NOW + timedelta(days=90),
    )
    fates = [
        RecordFate(r["id"], r["kind"], r["version"], "accepted") for r in sample_records(2)
    ]  # the fate list only has to be well formed here; matching is the service's job
    receipt = make_receipt(
        county.receipt,
        county_id="example-county",
        manifest=sent.manifest,
        bundle_hash=sent.bundle_hash,
        records=fates,
        received_at=NOW,
    )
    return {
        "device": device,
        "county": county,
        "sent": sent,
        "trust_file": trust_file,
        "trust": verify_trust(trust_file, None, None, NOW),
        "receipt": receipt,
        "request": make_device_request(device, NOW),
    }


def _check_receipt(s: dict[str, Any], data: bytes) -> None:
    refused_cleanly(lambda: verify_receipt(data, s["trust"], s["sent"].bundle_hash))


def _check_trust(s: dict[str, Any], data: bytes) -> None:
    refused_cleanly(lambda: verify_trust(data, None, None, NOW))
    refused_cleanly(lambda: verify_trust(data, s["county"].root_public, 1, NOW))


@FUZZ
@given(data=st.data())
def test_mutated_receipts_are_refused_cleanly(signed: dict[str, Any], data: st.DataObject) -> None:
    _check_receipt(signed, data.draw(byte_mutation(signed["receipt"])))
    doc = data.draw(json_mutation(_signed_doc(signed["receipt"])))
    _check_receipt(signed, _resign(doc, RECEIPT_TYPE, signed["county"].receipt))


@FUZZ
@given(data=st.data())
def test_mutated_trust_files_are_refused_cleanly(
    signed: dict[str, Any], data: st.DataObject
) -> None:
    _check_trust(signed, data.draw(byte_mutation(signed["trust_file"])))
    doc = data.draw(json_mutation(_signed_doc(signed["trust_file"])))
    _check_trust(signed, _resign(doc, TRUST_TYPE, signed["county"].root))


@FUZZ
@given(data=st.data())
def test_mutated_device_requests_are_refused_cleanly(
    signed: dict[str, Any], data: st.DataObject
) -> None:
    refused_cleanly(lambda: verify_device_request(data.draw(byte_mutation(signed["request"]))))
    doc = data.draw(json_mutation(_signed_doc(signed["request"])))
    resigned = _resign(doc, REQUEST_TYPE, signed["device"].signing_key)
    refused_cleanly(lambda: verify_device_request(resigned))


# Files read from a path ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    data_dir = tmp_path_factory.mktemp("fuzzkeys") / "data"
    vault = DeviceVault(data_dir, kdf_params=MINIMUM_PARAMS)
    session, _ = vault.initialize("kim.lee", "Kim Lee", "morning fog over the bay")
    session.sign_out()
    (keys,) = [p for p in data_dir.iterdir() if p.name.endswith(".keys")]
    brief = shipped_registry().get("csec_identification_brief")
    return {
        "instrument": brief.definition_json().encode(),
        "policy": read_resource_text("policy", "california.json").encode(),
        "guide": read_resource_text("language", "terms.json").encode(),
        "keys": keys.read_bytes(),
    }


LOADERS: dict[str, Callable[[Path], object]] = {
    "instrument": load_instrument_file,
    "policy": load_policy,
    "guide": LanguageGuide.load,
    "keys": KeySlots.load,
}


@FUZZ
@given(data=st.data(), kind=st.sampled_from(sorted(LOADERS)))
def test_mutated_files_are_refused_cleanly(
    originals: dict[str, bytes], tmp_path: Path, data: st.DataObject, kind: str
) -> None:
    original = originals[kind]
    path = tmp_path / f"fuzzed.{kind}"
    if data.draw(st.booleans()):
        path.write_bytes(data.draw(byte_mutation(original)))
    else:
        doc = data.draw(json_mutation(json.loads(original)))
        path.write_text(json.dumps(doc, ensure_ascii=data.draw(st.booleans())), "utf-8")
    refused_cleanly(lambda: LOADERS[kind](path))


@pytest.mark.parametrize("head", [[4], [], ["x"], 7, {"a": 1}])
def test_a_key_file_with_a_short_or_odd_audit_head_is_refused_cleanly(
    originals: dict[str, bytes], tmp_path: Path, head: object
) -> None:
    # Found by the fuzz test above: an audit head of [4] escaped as an IndexError.
    doc = json.loads(originals["keys"])
    doc["audit_head"] = head
    path = tmp_path / "odd.keys"
    path.write_text(json.dumps(doc), "utf-8")
    refused_cleanly(lambda: KeySlots.load(path))


def test_the_unmutated_files_load(originals: dict[str, bytes], tmp_path: Path) -> None:
    # The fuzz tests above would pass vacuously if the originals were refused too.
    for kind, loader in LOADERS.items():
        path = tmp_path / f"original.{kind}"
        path.write_bytes(originals[kind])
        assert loader(path) is not None


# Hostile sizes and depths --------------------------------------------------------------------


HOSTILE = {
    "10 MB of nested arrays": b"[" * 10_000_000,
    "nesting just under every size cap": b"[" * 400_000,
    "a deep object": b'{"a":' * 200_000,
    "not UTF-8": b'{"format": "\xff\xfe"}',
    "a UTF-16 file": json.dumps({"format": "x"}).encode("utf-16"),
}


@pytest.mark.parametrize("hostile", sorted(HOSTILE))
def test_hostile_files_are_refused_quickly_in_bounded_memory(
    hostile: str, tmp_path: Path, signed: dict[str, Any]
) -> None:
    content = HOSTILE[hostile]
    path = tmp_path / "hostile.json"
    path.write_bytes(content)
    checks: list[Callable[[], object]] = [partial(loader, path) for loader in LOADERS.values()]
    checks += [
        lambda: verify_receipt(content, signed["trust"], signed["sent"].bundle_hash),
        lambda: verify_trust(content, None, None, NOW),
        lambda: verify_device_request(content),
    ]
    for check in checks:
        tracemalloc.start()
        started = time.monotonic()
        try:
            with pytest.raises(CsecError):
                check()
            elapsed = time.monotonic() - started
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert elapsed < 5
        assert peak < 8 * len(content) + 20_000_000  # a few copies of the input, never a blow-up


def test_a_hostile_member_name_cannot_add_lines_to_a_message(
    originals: dict[str, bytes], tmp_path: Path, signed: dict[str, Any]
) -> None:
    name = "x\ncsec: all records deleted" + "y" * 5000
    for kind, loader in LOADERS.items():
        if kind == "keys":
            continue  # a key file's refusal never names members
        doc = json.loads(originals[kind])
        doc[name] = 1
        path = tmp_path / f"named.{kind}"
        path.write_text(json.dumps(doc), "utf-8")
        with pytest.raises(CsecError) as caught:
            loader(path)
        assert "\n" not in caught.value.message and len(caught.value.message) < 400
    doc = _signed_doc(signed["request"])
    doc[name] = 1
    with pytest.raises(CsecError) as caught:
        verify_device_request(_resign(doc, REQUEST_TYPE, signed["device"].signing_key))
    assert "\n" not in caught.value.message and len(caught.value.message) < 400


@pytest.mark.parametrize(
    ("member", "value"),
    [("memory_kib", 2**40), ("memory_kib", 2**32 - 1), ("iterations", 2**31), ("lanes", 2**24)],
)
def test_a_key_file_asking_for_absurd_key_derivation_is_refused_at_once(
    tmp_path: Path, member: str, value: int
) -> None:
    # An edited key file must not hang sign-in, exhaust memory or crash with OverflowError.
    data_dir = tmp_path / "data"
    vault = DeviceVault(data_dir, kdf_params=MINIMUM_PARAMS)
    vault.initialize("kim.lee", "Kim Lee", "morning fog over the bay")[0].sign_out()
    keys = next(p for p in data_dir.iterdir() if p.name.endswith(".keys"))
    doc = json.loads(keys.read_bytes())
    for slot in doc["slots"]:
        slot["kdf"][member] = value
    keys.write_text(json.dumps(doc), "utf-8")
    started = time.monotonic()
    with pytest.raises(CsecError, match="beyond the allowed maximum"):
        vault.sign_in("kim.lee", "morning fog over the bay")
    assert time.monotonic() - started < 5
