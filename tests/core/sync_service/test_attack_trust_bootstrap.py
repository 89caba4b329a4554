"""Finding 5 of the security review: spoofing the trust bootstrap.

Each test performs the attack through the product's API on real vaults (real SQLCipher files,
real signatures) and asserts it now fails and changes nothing.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from csec_desktop.core.errors import AuthError
from csec_desktop.core.sync.enrollment import make_device_request
from csec_desktop.core.sync.errors import (
    DeviceKeyMismatchError,
    FingerprintMismatchError,
    FingerprintRequiredError,
    KeyChangeError,
    ServiceChangeError,
)
from csec_desktop.core.sync.fingerprints import check_typed, fingerprint_text, parse_typed
from csec_desktop.core.sync.keys import CountyKeys, DeviceIdentity
from csec_desktop.core.sync.trust import TrustService, make_trust
from csec_desktop.core.sync_service.service import SyncService
from csec_desktop.core.sync_service.service_change import ServiceChange
from csec_desktop.core.vault.roles import Role

from .world import PASS, World, digest, make_world


@pytest.fixture
def world(tmp_path):
    made = make_world(tmp_path)
    yield made
    made.close()


def attacker_trust(world: World, devices=()) -> bytes:
    """A trust file signed by the attacker's own root, whose county name is rich text that
    draws the real county's fingerprint and hides the attacker's."""
    now = world.clock().replace(microsecond=0)
    real = world.authority.current_trust().root_fingerprint
    name = f"<b>Alameda County</b><br>County fingerprint: {real}<div style='display:none'>"
    return make_trust(CountyKeys.generate(), county_id="alameda", county_name=name[:120],
                      devices=list(devices), policy={}, version=50, issued_at=now,
                      expires=now + timedelta(days=30))  # fmt: skip


def test_a_spoofed_trust_file_cannot_be_pinned_even_by_a_supervisor_who_types_the_real_words(
    world: World,
) -> None:
    """Attack: hand a laptop a trust file signed by the attacker's root, whose county name shows
    the real county's fingerprint. The supervisor types the fingerprint the county read to
    them; the code compares it with the file's actual root and refuses. Without a typed
    fingerprint the first install is refused too."""
    laptop = world.laptop("a", enroll=False)
    data = attacker_trust(world)
    before = digest(laptop.session.db)
    real_words = world.authority.current_trust().root_fingerprint.split(" (")[0]
    with pytest.raises(FingerprintMismatchError):
        laptop.sync.install_trust(data, real_words)
    with pytest.raises(FingerprintRequiredError):
        laptop.sync.install_trust(data)
    assert laptop.sync.trust() is None and digest(laptop.session.db) == before


def test_a_field_worker_cannot_pin_the_county_root(world: World) -> None:
    """Attack: a field worker (not a supervisor) installs the first trust file, choosing which
    county this laptop sends youth records to. Refused: pinning is a supervisor's decision."""
    laptop = world.laptop("a", enroll=False)
    laptop.session.add_account("sam.ortiz", "Sam Ortiz", Role.FIELD_WORKER, PASS + " two")
    vault = laptop.session.vault
    laptop.session.sign_out()
    laptop.session = vault.sign_in("sam.ortiz", PASS + " two")
    laptop.sync = SyncService(laptop.session)
    real = world.authority.current_trust()
    with pytest.raises(AuthError):
        laptop.sync.install_trust(world.authority.current_trust_file(), real.root_fingerprint)
    assert laptop.sync.trust() is None


def test_a_trust_file_listing_another_key_for_this_laptop_is_refused_and_export_too(
    world: World,
) -> None:
    """Attack: someone enrols their own key under this laptop's device id (a request file made
    with the laptop's id), so the county registry speaks for the laptop with a key it never
    held. The laptop checks its own key against the registry: installing such a trust file is
    refused, the status does not say "enrolled", and nothing can be exported."""
    laptop = world.laptop("a", enroll=False)
    own = laptop.sync.enrollment_request()
    impostor = DeviceIdentity(own.device_id, Ed25519PrivateKey.generate())
    forged = make_device_request(impostor, world.clock())
    _, trust = world.authority.enroll(forged, world.clock(), fingerprint_text(impostor.public_key))
    root = world.authority.current_trust().root_fingerprint
    with pytest.raises(DeviceKeyMismatchError):
        laptop.sync.install_trust(trust, root)
    assert laptop.sync.trust() is None and not laptop.sync.status().enrolled


def test_the_county_will_not_enrol_a_swapped_request_file(world: World) -> None:
    """Attack: the request file on the USB stick is swapped for one with the attacker's key.
    The officer types the fingerprint the laptop's worker read to them; it does not match, so
    nothing is enrolled and no trust file is issued."""
    laptop = world.laptop("a", enroll=False)
    real = laptop.sync.enrollment_request()
    swapped = make_device_request(DeviceIdentity.generate(), world.clock())
    version = world.authority.current_trust().version
    with pytest.raises(FingerprintMismatchError):
        world.authority.enroll(swapped, world.clock(), real.fingerprint)
    with pytest.raises(FingerprintRequiredError):
        world.authority.enroll(swapped, world.clock(), None)
    assert world.authority.current_trust().version == version
    assert world.authority.devices() == []


def test_a_change_of_the_county_encryption_key_asks_a_supervisor(world: World) -> None:
    """Attack: with the county root (or a trust file replayed from a test county) a new trust
    file swaps the county's encryption key, so later bundles are readable by whoever holds the
    new key. Installing it needs a person's explicit acceptance, and only a supervisor's."""
    laptop = world.laptop("a")
    current = world.authority.current_trust()
    keys = world.authority.keys
    swapped = CountyKeys(keys.root, keys.receipt, X25519PrivateKey.generate())
    now = world.clock().replace(microsecond=0)
    data = make_trust(swapped, county_id="alameda", county_name="Alameda County",
                      devices=world.authority.devices(), policy={}, version=current.version + 1,
                      issued_at=now, expires=now + timedelta(days=30))  # fmt: skip
    before = digest(laptop.session.db)
    assert laptop.sync.key_changes(data) == ["encryption"]
    with pytest.raises(KeyChangeError):
        laptop.sync.install_trust(data)
    assert digest(laptop.session.db) == before
    installed = laptop.sync.install_trust(data, accept_key_change=True)
    assert installed.changed and installed.trust.version == current.version + 1


HOME, HOME_PIN = "https://sync.alameda.example:8443", "a" * 64
ELSEWHERE, ELSEWHERE_PIN = "https://sync.elsewhere.example", "b" * 64


def moved_service(world: World, url: str, pin: str) -> bytes:
    """A genuine, root-signed trust file naming another sync service."""
    world.authority.set_service(world.county_session.db, TrustService(url, pin), world.clock())
    return world.authority.current_trust_file()


def test_a_trust_file_that_moves_the_sync_service_names_it_and_asks_a_supervisor(
    world: World,
) -> None:
    """Attack: a trust file signed under the county root (a delegation signed without reading
    it, or a root in the wrong hands) moves the county's sync service to another address and
    certificate. Laptops installed it silently, then sent bundles there and purged records
    under receipts from there. Now the install is refused until a supervisor accepts it, the
    refusal names the old and new address and certificate pin in plain words, nothing changes
    before that, and a field worker cannot accept it."""
    laptop = world.laptop("a")
    laptop.sync.install_trust(moved_service(world, HOME, HOME_PIN), accept_service_change=True)
    data = moved_service(world, ELSEWHERE, ELSEWHERE_PIN)
    before = digest(laptop.session.db)
    with pytest.raises(ServiceChangeError) as refused:
        laptop.sync.install_trust(data)
    said = refused.value.message
    assert f"Address: {HOME} -> {ELSEWHERE}" in said
    assert f"Certificate (SHA-256 pin): {HOME_PIN} -> {ELSEWHERE_PIN}" in said
    assert "supervisor must confirm" in said and said.count("\n") == 0
    assert digest(laptop.session.db) == before

    laptop.session.add_account("sam.ortiz", "Sam Ortiz", Role.FIELD_WORKER, PASS + " two")
    vault = laptop.session.vault
    laptop.session.sign_out()
    worker = vault.sign_in("sam.ortiz", PASS + " two")
    with pytest.raises(AuthError, match="Only a supervisor"):
        SyncService(worker).install_trust(data, accept_service_change=True)
    worker.sign_out()
    laptop.session = vault.sign_in("kim.lee", PASS)
    laptop.sync = SyncService(laptop.session)
    installed = laptop.sync.install_trust(data, accept_service_change=True)
    assert installed.service_change == ServiceChange(HOME, HOME_PIN, ELSEWHERE, ELSEWHERE_PIN)
    assert laptop.sync.trust().service == TrustService(ELSEWHERE, ELSEWHERE_PIN)


def test_the_county_security_policy_in_the_trust_file_tightens_the_lockout_before_sign_in(
    world: World,
) -> None:
    """Attack (finding 10): the county's trust file sets a stricter lockout (3 failures, a
    supervisor-only release) and the laptop ignored it (only retention was read), so a
    program run with the shipped policy gave five guesses and a lock that expires. The
    verified trust file's security section is mirrored into the key file, so it holds before
    anyone signs in, in a fresh program with the shipped policy: the third wrong guess locks
    the account until a supervisor unlocks it."""
    from csec_desktop.core.errors import AccountLocked
    from csec_desktop.core.vault.device_vault import DeviceVault
    from csec_desktop.core.vault.kdf import MINIMUM_PARAMS

    laptop = world.laptop("a")
    current = world.authority.current_trust()
    now = world.clock().replace(microsecond=0)
    strict = {"security": {"lockout_failures": 3, "lockout_release": "supervisor_only"}}
    data = make_trust(world.authority.keys, county_id="alameda", county_name="Alameda County",
                      devices=world.authority.devices(), policy=strict,
                      version=current.version + 1, issued_at=now,
                      expires=now + timedelta(days=30))  # fmt: skip
    laptop.sync.install_trust(data)
    folder = laptop.session.vault.data_dir
    laptop.session.sign_out()
    world.laptops.remove(laptop)
    fresh = DeviceVault(folder, clock=world.clock, kdf_params=MINIMUM_PARAMS)
    for _ in range(2):
        with pytest.raises(AuthError) as failed:
            fresh.sign_in("kim.lee", "wrong guess")
        assert not isinstance(failed.value, AccountLocked)
    with pytest.raises(AccountLocked):
        fresh.sign_in("kim.lee", "wrong guess")
    world.clock.advance(days=2)
    with pytest.raises(AccountLocked, match="Ask a supervisor"):
        fresh.sign_in("kim.lee", PASS)


def test_one_fingerprint_format_and_typed_comparison_forgives_only_spacing_and_case(
    world: World,
) -> None:
    key = world.authority.keys.root_public
    text = fingerprint_text(key)
    words, hex_part = text.split(" (")
    assert world.authority.current_trust().root_fingerprint == text
    for typed in (words, words.upper().replace("-", " "), hex_part.rstrip(")"), text):
        check_typed(key, typed, "the county's root key")
    one_off = words[:-1] + ("b" if words[-1] != "b" else "d")
    for bad in (one_off, words[:-6], "", "hello"):
        with pytest.raises((FingerprintMismatchError, FingerprintRequiredError)):
            check_typed(key, bad, "the county's root key")
    assert parse_typed(words + " " + hex_part) is not None
