"""Findings 2, 3 (local part) and 10 of the security review: the key file and lockout."""

from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import pytest

from csec_desktop.core.errors import (
    AccountLocked,
    AuthError,
    KeyFileMismatch,
    KeyFileRolledBack,
    VaultError,
)
from csec_desktop.core.policy import LockoutRelease, load_policy
from csec_desktop.core.vault.audit import AuditEntry
from csec_desktop.core.vault.database import open_database
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from csec_desktop.core.vault.keyslots import KeySlots

from .conftest import SUPERVISOR, SUPERVISOR_PASS, WORKER, WORKER_PASS


def _entries(vault: DeviceVault) -> list[AuditEntry]:
    session = vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)
    try:
        return list(session.audit.entries(500))
    finally:
        session.sign_out()


def _events(vault: DeviceVault) -> list[str]:
    return [e.event for e in _entries(vault)]


def _with_generation(path: Path, generation: int) -> None:
    """Hand-edit a key file's generation (plain JSON: anyone who can write the file can)."""
    raw = json.loads(path.read_text())
    raw["generation"] = generation
    path.write_text(json.dumps(raw))


# The audit reason of each change's re-key.
REASONS = {"own change": "passphrase_changed", "reset": "passphrase_reset",
           "recovery": "recovery_used"}  # fmt: skip


def _change(kind: str, vault: DeviceVault, recovery: str) -> tuple[str, str, str]:
    """One change of a secret, as the product makes it. Returns (user, old secret, new)."""
    new = "a brand new long phrase"
    if kind == "own change":
        session = vault.sign_in(WORKER, WORKER_PASS)
        session.change_passphrase(WORKER_PASS, new)
        session.sign_out()
        return WORKER, WORKER_PASS, new
    if kind == "reset":
        boss = vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)
        boss.reset_passphrase(WORKER, new)
        boss.sign_out()
        return WORKER, WORKER_PASS, new
    session, _ = vault.recover(recovery, SUPERVISOR, new)
    session.sign_out()
    return SUPERVISOR, SUPERVISOR_PASS, new


@pytest.mark.parametrize("kind", ["own change", "reset", "recovery"])
def test_an_old_key_file_even_with_its_generation_raised_opens_nothing_after_a_change(
    kind: str, setup_vault, data_dir: Path, tmp_path: Path
) -> None:
    """Attack: copy `vault.keys` aside. A worker changes their own passphrase, or a supervisor
    resets it, or the supervisor spends the recovery code. Put the old copy back with its
    `generation` edited above the vault's (the generation is plain JSON, so its refusal stopped
    a restored copy, not an edited one) and sign in with the old passphrase, or the spent
    recovery code; or skip the app and unwrap the old slot to open `vault.db` directly.
    Every change of a secret re-keys the vault (decisions.md 53): the old slot holds a
    retired data key, so neither the app nor SQLCipher opens anything with it, whatever the
    file's generation says; the current key file brings back only the new secret."""
    vault, recovery = setup_vault
    old, current = tmp_path / "vault.keys.old", tmp_path / "vault.keys.current"
    shutil.copy2(data_dir / "vault.keys", old)
    user, old_secret, new_secret = _change(kind, vault, recovery)
    shutil.copy2(data_dir / "vault.keys", current)
    _with_generation(old, KeySlots.load(current).generation + 100)
    shutil.copy2(old, data_dir / "vault.keys")

    with pytest.raises(KeyFileMismatch, match=r"older copy.*Put back the current key file"):
        vault.sign_in(user, old_secret)
    if kind == "recovery":
        with pytest.raises(KeyFileMismatch):
            vault.recover(recovery, SUPERVISOR, "yet another long phrase")
    stale = KeySlots.load(old)
    slot = stale.recovery() if kind == "recovery" else stale.find_user(user)
    assert slot is not None
    retired = stale.open(slot, recovery if kind == "recovery" else old_secret)
    assert retired is not None
    with pytest.raises(VaultError, match="cannot be opened with this key"):
        open_database(data_dir / "vault.db", retired)

    shutil.copy2(current, data_dir / "vault.keys")
    session = vault.sign_in(user, new_secret)
    rekeys = [e.detail["reason"] for e in session.audit.entries(500) if e.event == "vault_rekeyed"]
    session.sign_out()
    assert rekeys == [REASONS[kind]]


def test_a_restored_key_file_from_before_a_lock_is_refused_for_every_role(
    setup_vault, data_dir: Path, tmp_path: Path
) -> None:
    """Attack: copy `vault.keys` aside; the worker's account is locked by wrong guesses and a
    supervisor signs in afterwards (the vault records the key file's newer generation); put
    the old copy back so the lock and the failures vanish. An older file is refused for every
    role (the supervisor too: signing in used to adopt the old file as current), never saved
    as current, and audited (`key_file_rollback`, reaching the county in the next bundle) once
    the current file is back. (Editing the lock out of the current file is not stopped: see
    security.md, "Not defended".)"""
    vault, _ = setup_vault
    saved, current = tmp_path / "vault.keys.old", tmp_path / "vault.keys.current"
    shutil.copy2(data_dir / "vault.keys", saved)
    for _ in range(4):
        with pytest.raises(AuthError):
            vault.sign_in(WORKER, "wrong guess")
    with pytest.raises(AccountLocked):
        vault.sign_in(WORKER, "wrong guess")
    vault.sign_in(SUPERVISOR, SUPERVISOR_PASS).sign_out()
    shutil.copy2(data_dir / "vault.keys", current)
    shutil.copy2(saved, data_dir / "vault.keys")
    with pytest.raises(KeyFileRolledBack, match="older than the vault"):
        vault.sign_in(WORKER, WORKER_PASS)
    with pytest.raises(KeyFileRolledBack, match=r"Put back the current vault\.keys"):
        vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)
    assert (data_dir / "vault.keys").read_bytes() == saved.read_bytes()  # never adopted
    shutil.copy2(current, data_dir / "vault.keys")
    assert "key_file_rollback" in _events(vault)
    with pytest.raises(AccountLocked):
        vault.sign_in(WORKER, WORKER_PASS)


def test_a_vault_copied_back_after_viewing_is_noticed(setup_vault, data_dir: Path, tmp_path):
    """Attack: copy `vault.db` aside, sign in, view and print, sign out, copy the old
    `vault.db` back so the viewing is erased. The audit head mirrored in the key file is not
    in the restored log: the next sign-in audits `audit_rollback`."""
    vault, _ = setup_vault
    saved = tmp_path / "vault.db.old"
    shutil.copy2(data_dir / "vault.db", saved)
    session = vault.sign_in(WORKER, WORKER_PASS)
    session.audit.append("record_viewed", WORKER, "some-youth-id")
    session.sign_out()
    (data_dir / "vault.db").write_bytes(saved.read_bytes())
    assert "audit_rollback" in _events(vault)


def test_a_lenient_caller_policy_cannot_loosen_the_lockout(data_dir: Path, clock) -> None:
    """Attack: run `csec ... --policy lenient.json` with a 1-minute failure window, guessing
    once every two minutes (about 5,400 guesses a day). The lockout uses the strictest of the
    shipped policy and the caller's, so the failures still count over 15 minutes."""
    shipped = load_policy()
    lenient = shipped.model_copy(
        update={"security": shipped.security.model_copy(update={"lockout_window_minutes": 1})}
    )
    vault = DeviceVault(data_dir, policy=lenient, clock=clock, kdf_params=MINIMUM_PARAMS)
    vault.initialize(SUPERVISOR, "Maria Lopez", SUPERVISOR_PASS)[0].sign_out()
    with pytest.raises(AccountLocked):
        for _ in range(5):
            clock.advance(minutes=2)
            with pytest.raises(AuthError):
                vault.sign_in(SUPERVISOR, "wrong guess")
        vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)


def test_a_supervisor_only_lock_does_not_expire_under_another_policy(data_dir, clock) -> None:
    """Attack: an account locked under a county `supervisor_only` rule is opened later by a
    program run with the shipped policy (timeout release), waiting for the lock to expire.
    The lock records no end, so it holds until a supervisor unlocks it."""
    shipped = load_policy()
    strict = shipped.model_copy(
        update={"security": shipped.security.model_copy(
            update={"lockout_release": LockoutRelease.SUPERVISOR_ONLY})}
    )  # fmt: skip
    vault = DeviceVault(data_dir, policy=strict, clock=clock, kdf_params=MINIMUM_PARAMS)
    vault.initialize(SUPERVISOR, "Maria Lopez", SUPERVISOR_PASS)[0].sign_out()
    for _ in range(5):
        with pytest.raises(AuthError):
            vault.sign_in(SUPERVISOR, "wrong guess")
    later = DeviceVault(data_dir, clock=clock, kdf_params=MINIMUM_PARAMS)
    clock.advance(days=2)
    with pytest.raises(AccountLocked, match="Ask a supervisor"):
        later.sign_in(SUPERVISOR, SUPERVISOR_PASS)


@pytest.mark.usefixtures("setup_vault")
def test_parallel_guessers_do_not_lose_each_others_failures(data_dir) -> None:
    """Attack: delete `vault.lock` and guess in parallel so each guesser overwrites the
    others' failure counts (4 of 24 failures were counted). Attempts now hold a lock on the
    key file itself: every failure is counted."""
    (data_dir / "vault.lock").unlink(missing_ok=True)
    errors: list[Exception] = []

    def guess() -> None:
        try:
            DeviceVault(data_dir, kdf_params=MINIMUM_PARAMS).sign_in(WORKER, "wrong guess")
        except AuthError as exc:
            errors.append(exc)

    threads = [threading.Thread(target=guess) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(errors) == 4
    keys = KeySlots.load(data_dir / "vault.keys")
    counted = max(len(s.failures) for s in keys.slots)
    assert counted == 4


def test_a_vault_lock_symlink_is_not_followed(data_dir: Path, tmp_path: Path, clock) -> None:
    """Attack (finding 11): replace `vault.lock` with a link to another file of the user; the
    app used to open, chmod and lock the link's target. Now the link is refused with one
    clear message and the target is untouched."""
    vault = DeviceVault(data_dir, clock=clock, kdf_params=MINIMUM_PARAMS)
    vault.initialize(SUPERVISOR, "Maria Lopez", SUPERVISOR_PASS)[0].sign_out()
    target = tmp_path / "notes.txt"
    target.write_text("mine")
    target.chmod(0o644)
    (data_dir / "vault.lock").unlink(missing_ok=True)
    (data_dir / "vault.lock").symlink_to(target)
    with pytest.raises(VaultError, match="cannot be used"):
        vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)
    assert target.stat().st_mode & 0o777 == 0o644 and target.read_text() == "mine"


def test_loose_modes_on_an_existing_data_folder_are_tightened(setup_vault, data_dir) -> None:
    """Attack (finding 11): a data folder copied or made by an older version with loose modes
    (0755 folder, 0644 files) lets other local users copy the encrypted files for offline
    guessing. Signing in now tightens the folder to 0700 and its files to 0600."""
    vault, _ = setup_vault
    data_dir.chmod(0o755)
    for name in ("vault.db", "vault.keys"):
        (data_dir / name).chmod(0o644)
    vault.sign_in(WORKER, WORKER_PASS).sign_out()
    assert data_dir.stat().st_mode & 0o777 == 0o700
    for name in ("vault.db", "vault.keys"):
        assert (data_dir / name).stat().st_mode & 0o777 == 0o600


def test_an_invented_user_name_locks_like_a_real_one(setup_vault) -> None:
    """Attack (finding 11): try a name five times; only real names used to end "locked", so
    the answer told which workers have accounts. An unknown name now collects failures and
    locks the same way, with the same message."""
    vault, _ = setup_vault
    answers = {}
    for name in (WORKER, "no.such.person"):
        for _ in range(4):
            with pytest.raises(AuthError) as first:
                vault.sign_in(name, "wrong guess")
            assert not isinstance(first.value, AccountLocked)
        with pytest.raises(AccountLocked) as locked:
            vault.sign_in(name, "wrong guess")
        answers[name] = locked.value.message
    assert answers[WORKER] == answers["no.such.person"]
    keys_text = (vault.keys_path).read_text()
    assert "no.such.person" not in keys_text


def test_a_dictionary_of_names_against_a_copied_key_file_costs_an_argon2id_per_guess(
    setup_vault, data_dir: Path
) -> None:
    """Attack: copy `vault.keys` and run a dictionary of likely user names against the slot
    lookups (format 1's salted SHA-256 fell in 0.05 s). A lookup is now Argon2id (19 MiB,
    2 passes) of the name under a per-vault salt: SHA-256 of the name, salted or not, matches
    no slot; only the Argon2id of the exact name does, so each guess costs a key derivation."""
    import base64
    import hashlib
    import json

    from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

    raw = json.loads((data_dir / "vault.keys").read_text())
    salt = base64.b64decode(raw["lookup_salt"])
    lookups = {slot["lookup"] for slot in raw["slots"] if slot["kind"] == "user"}
    assert all(slot["lookup_salt"] == "" for slot in raw["slots"] if slot["kind"] == "user")
    for guess in (WORKER, "maria.lopez", "admin"):
        for digest in (hashlib.sha256(guess.encode()), hashlib.sha256(salt + guess.encode())):
            assert digest.hexdigest() not in lookups
    argon = Argon2id(salt=salt, length=32, iterations=2, lanes=1, memory_cost=19 * 1024)
    assert argon.derive(WORKER.encode()).hex() in lookups


def test_an_unknown_name_costs_the_key_derivation_of_a_real_slot(
    setup_vault, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Attack (finding 11): time the answers. A vault whose slots use other Argon2id
    parameters than the program's default (here made with 64 MiB, opened by a program whose
    default is 128 MiB) answered an unknown name at another speed than a real name with a
    wrong passphrase. An unknown name now derives a key with a real slot's parameters: the
    same work either way (the work is recorded, not timed, so the test cannot be flaky)."""
    from csec_desktop.core.vault import keyslots, slot_opening
    from csec_desktop.core.vault.kdf import KdfParams, derive_key

    worked: list[KdfParams] = []

    def recorded(secret: str, salt: bytes, params: KdfParams) -> bytes:
        worked.append(params)
        return derive_key(secret, salt, params)

    monkeypatch.setattr(slot_opening, "derive_key", recorded)
    monkeypatch.setattr(keyslots, "derive_key", recorded)
    program = DeviceVault(data_dir)
    assert program.kdf_params != MINIMUM_PARAMS
    with pytest.raises(AuthError):
        program.sign_in(WORKER, "wrong guess")
    real_name, worked[:] = list(worked), []
    with pytest.raises(AuthError):
        program.sign_in("no.such.person", "wrong guess")
    assert real_name == worked == [MINIMUM_PARAMS]
