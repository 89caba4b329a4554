"""The county's instruments and screening policy arrive inside its signed trust updates: the
county publishes once, every laptop (enrolled before or after) installs the package with its
next trust file; a tampered update or a policy naming a missing instrument is refused with one
line naming the decision point, and the laptop keeps what it had."""

from __future__ import annotations

import base64
import json

import pytest

from csec_desktop.core.county.instrument_publish import publish_instruments
from csec_desktop.core.errors import CsecError
from csec_desktop.core.records.county_instruments import laptop_registry
from csec_desktop.core.sync.county_package import make_county_package
from tests.county_example import DECISION_POINT, EXAMPLE_ID, county_policy_data, example_instrument

from .world import digest


def screening(offer: str = EXAMPLE_ID) -> dict:
    return county_policy_data(offer)["screening"]


def test_a_published_package_reaches_laptops_with_their_trust_updates(world) -> None:
    early = world.laptop("a")
    assert early.session.policy.screening.instruments_for(DECISION_POINT)[0] != EXAMPLE_ID
    done = publish_instruments(world.authority, [example_instrument()], screening(), world.clock())
    assert done.package_version == 1
    installed = early.sync.install_trust(done.trust)
    assert installed.trust.county_package == done.package
    assert laptop_registry(early.session.db).get(EXAMPLE_ID).version == "1.0.0"
    # The county's signed policy now decides what the decision point offers, first its own.
    assert early.session.policy.screening.instruments_for(DECISION_POINT)[0] == EXAMPLE_ID
    # A laptop enrolled later gets the package with its first trust file.
    late = world.laptop("b")
    assert late.session.policy.screening.instruments_for(DECISION_POINT)[0] == EXAMPLE_ID
    assert laptop_registry(late.session.db).get(EXAMPLE_ID).version == "1.0.0"
    # A later update (a revocation) carries the same package; installing it changes nothing.
    _, revoked = world.authority.revoke(late.session.device_id, 0, world.clock())
    again = early.sync.install_trust(revoked)
    assert again.changed and again.trust.county_package == done.package


def canonical(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def tampered(trust: bytes) -> bytes:
    envelope = json.loads(trust)
    payload = json.loads(base64.b64decode(envelope["payload"]))
    package = json.loads(base64.b64decode(payload["county_package"]))
    inner = json.loads(base64.b64decode(package["payload"]))
    inner["instruments"][0]["definition"] = inner["instruments"][0]["definition"].replace(
        "Follow up this week", "Nothing to do"
    )
    package["payload"] = base64.b64encode(canonical(inner)).decode()
    payload["county_package"] = base64.b64encode(canonical(package)).decode()
    envelope["payload"] = base64.b64encode(canonical(payload)).decode()
    return canonical(envelope)


def test_a_tampered_update_is_refused_and_the_laptop_keeps_its_package(world) -> None:
    laptop = world.laptop("a")
    first = publish_instruments(world.authority, [example_instrument()], screening(), world.clock())
    laptop.sync.install_trust(first.trust)
    second = publish_instruments(world.authority, [example_instrument()], None, world.clock())
    before = digest(laptop.session.db)
    with pytest.raises(CsecError, match="trust file signature does not verify") as caught:
        laptop.sync.install_trust(tampered(second.trust))
    assert "\n" not in str(caught.value)
    assert digest(laptop.session.db) == before
    assert laptop.sync.trust().county_package == first.package


def test_a_policy_naming_a_missing_instrument_is_refused_at_the_county(world) -> None:
    with pytest.raises(CsecError) as caught:
        publish_instruments(world.authority, [], screening("placement_check"), world.clock())
    assert f"decision point '{DECISION_POINT}'" in caught.value.message
    assert "'placement_check'" in caught.value.message
    assert world.authority.current_package() is None


def test_a_policy_naming_a_missing_instrument_is_refused_at_install(world) -> None:
    """A package the county tools would not sign (made by hand): the laptop refuses it."""
    laptop = world.laptop("a")
    before = digest(laptop.session.db)
    package = make_county_package(
        "alameda", 1, world.clock(), [], world.authority.keys.root, screening("placement_check")
    )
    trust = world.authority.issue_trust(world.clock(), package)
    with pytest.raises(CsecError) as caught:
        laptop.sync.install_trust(trust)
    message = caught.value.message
    assert message.startswith("county package version 1: county policy: decision point ")
    assert f"'{DECISION_POINT}'" in message and "'placement_check'" in message
    assert digest(laptop.session.db) == before


def test_with_the_root_offline_the_package_keeps_travelling_but_only_the_root_publishes(
    world, tmp_path
) -> None:
    """Attack: an intake account, with the county root offline, publishes instruments signed
    by its delegate key. Refused at the county; the package the root signed keeps reaching
    laptops under the root's delegation, which covers it like every county setting."""
    from csec_desktop.core.county.root_authority import take_root_offline
    from csec_desktop.core.vault.kdf import MINIMUM_PARAMS

    done = publish_instruments(world.authority, [example_instrument()], screening(), world.clock())
    take_root_offline(
        world.authority, world.county_session.db, tmp_path / "root.key", "root long phrase",
        world.clock(), MINIMUM_PARAMS,
    )  # fmt: skip
    late = world.laptop("late")
    assert late.sync.trust().county_package == done.package
    assert laptop_registry(late.session.db).get(EXAMPLE_ID).version == "1.0.0"
    with pytest.raises(CsecError, match="root key offline") as caught:
        publish_instruments(world.authority, [example_instrument()], None, world.clock())
    assert "nothing was published" in str(caught.value)
    assert world.authority.current_package() == done.package


def test_with_the_root_offline_its_key_file_publishes_under_a_fresh_delegation(
    world, tmp_path
) -> None:
    """Before, with the root offline nothing could publish instruments again. Attack kept out:
    intake alone still cannot (above). With the root key file (`csec county instrument
    publish --key-file`), the root signs the package and a fresh delegation covering it; a
    laptop installs the trust file and uses the new package; a later delegate-signed update
    keeps carrying it."""
    from csec_desktop.core.county.root_authority import open_root, take_root_offline
    from csec_desktop.core.vault.kdf import MINIMUM_PARAMS

    key_file = tmp_path / "root.key"
    first = publish_instruments(world.authority, [example_instrument()], None, world.clock())
    take_root_offline(
        world.authority, world.county_session.db, key_file, "root long phrase",
        world.clock(), MINIMUM_PARAMS,
    )  # fmt: skip
    laptop = world.laptop("a")
    root = open_root(world.authority, key_file, "root long phrase")
    done = publish_instruments(
        world.authority, [example_instrument()], screening(), world.clock(), root,
        world.county_session.db,
    )  # fmt: skip
    assert done.package_version == 2 and done.package != first.package
    laptop.sync.install_trust(done.trust)
    assert laptop.sync.trust().county_package == done.package
    assert laptop.session.policy.screening.instruments_for(DECISION_POINT)[0] == EXAMPLE_ID
    later = world.authority.issue_trust(world.clock())
    laptop.sync.install_trust(later)
    assert laptop.sync.trust().county_package == done.package
