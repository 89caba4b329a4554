"""Finding 2 of the security review: re-key when an account is turned off or reset."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from csec_desktop.core.errors import VaultError
from csec_desktop.core.vault import rekey as rekey_module
from csec_desktop.core.vault.database import open_database
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.keyslots import KeySlots

from .conftest import SUPERVISOR, SUPERVISOR_PASS, WORKER, WORKER_PASS

MARK = "row-written-before-the-rekey"


def _old_worker_key(keys_copy: Path) -> bytes:
    keys = KeySlots.load(keys_copy)
    slot = keys.find_user(WORKER)
    assert slot is not None
    key = keys.open(slot, WORKER_PASS)
    assert key is not None
    return key


def test_a_turned_off_accounts_old_slot_no_longer_opens_the_vault(
    setup_vault, data_dir: Path, tmp_path: Path
) -> None:
    """Attack: a worker copies `vault.keys` while their account is on. A supervisor turns the
    account off. The worker puts the old key file back (or just unwraps their old slot from
    the copy) and opens `vault.db` with the data key it holds. The turn-off re-keyed the
    vault: the old slot's data key no longer opens the database, the restored file signs no
    one in, and the re-key is audited; the remaining accounts sign in as before."""
    vault, _ = setup_vault
    stolen = tmp_path / "vault.keys.copy"
    shutil.copy2(data_dir / "vault.keys", stolen)
    boss = vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)
    boss.set_active(WORKER, False)
    boss.audit.append("record_viewed", SUPERVISOR, MARK)
    boss.sign_out()

    with pytest.raises(VaultError, match="cannot be opened with this key"):
        open_database(data_dir / "vault.db", _old_worker_key(stolen))
    current = data_dir / "vault.keys.current"
    shutil.copy2(data_dir / "vault.keys", current)
    shutil.copy2(stolen, data_dir / "vault.keys")
    with pytest.raises(VaultError, match="older copy"):
        vault.sign_in(WORKER, WORKER_PASS)
    shutil.copy2(current, data_dir / "vault.keys")
    boss = vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)
    events = [(e.event, e.subject) for e in boss.audit.entries(500)]
    boss.sign_out()
    assert ("vault_rekeyed", WORKER) in events
    assert ("record_viewed", MARK) in events


def test_a_passphrase_reset_after_a_compromise_retires_the_old_passphrase_and_key(
    setup_vault, data_dir: Path, tmp_path: Path
) -> None:
    """Attack: someone learned a worker's passphrase and copied `vault.keys`. A supervisor
    resets that passphrase. The old passphrase on the copied key file unwraps only the old
    data key, which no longer opens `vault.db`; the worker signs in with the new one."""
    vault, _ = setup_vault
    stolen = tmp_path / "vault.keys.copy"
    shutil.copy2(data_dir / "vault.keys", stolen)
    boss = vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)
    boss.reset_passphrase(WORKER, "a brand new long phrase")
    boss.sign_out()
    with pytest.raises(VaultError, match="cannot be opened with this key"):
        open_database(data_dir / "vault.db", _old_worker_key(stolen))
    vault.sign_in(WORKER, "a brand new long phrase").sign_out()


class Killed(BaseException):
    """The program dies here: nothing after this line runs, no clean-up."""


def _kill_before_swap(*_args: object) -> None:
    raise Killed


def _kill_after_rename(real):  # type: ignore[no-untyped-def]
    def swap(*args: object) -> None:
        real(*args)
        raise Killed

    return swap


def _kill_before_rename(*_args: object) -> None:
    raise Killed


@pytest.mark.parametrize(
    "point", ["before the key file", "key file saved", "copy made, not renamed", "renamed"]
)
def test_a_rekey_killed_at_any_step_loses_nothing_and_finishes_at_next_sign_in(
    setup_vault, data_dir: Path, tmp_path: Path, monkeypatch, point: str
) -> None:
    """Failure: the program is killed during a re-key (before anything is saved, after the key
    file carries both keys,
    after the re-keyed copy is written but before the rename, after the rename but before the
    key file drops the old key). The next sign-in (by a worker, with their own passphrase)
    opens the vault with everything in it, finishes the re-key, and the turned-off account's
    old data key opens nothing."""
    vault, _ = setup_vault
    stolen = tmp_path / "vault.keys.copy"
    shutil.copy2(data_dir / "vault.keys", stolen)
    boss = vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)
    boss.add_account("lee.chan", "Lee Chan", boss.account.role, "another long phrase")
    boss.audit.append("record_viewed", SUPERVISOR, MARK)
    with monkeypatch.context() as patch:
        if point == "before the key file":
            patch.setattr(KeySlots, "seal_next", _kill_before_swap)
        elif point == "key file saved":
            patch.setattr(rekey_module, "swap_database", _kill_before_swap)
        elif point == "copy made, not renamed":
            patch.setattr(rekey_module, "publish", _kill_before_rename)
        else:
            patch.setattr(
                rekey_module, "swap_database", _kill_after_rename(rekey_module.swap_database)
            )
        with pytest.raises(Killed):
            boss.set_active(WORKER, False)
    boss.db.close()  # the dead program's files close with it
    boss._release()

    if point == "key file saved":
        assert KeySlots.load(data_dir / "vault.keys").pending_rekey()
    worker = vault.sign_in("lee.chan", "another long phrase")
    events = [e.subject for e in worker.audit.entries(500)]
    worker.sign_out()
    assert MARK in events
    assert not KeySlots.load(data_dir / "vault.keys").pending_rekey()
    assert not (data_dir / "vault.db.rekey").exists()
    with pytest.raises(VaultError):
        open_database(data_dir / "vault.db", _old_worker_key(stolen))
    vault.sign_in(SUPERVISOR, SUPERVISOR_PASS).sign_out()


def test_an_empty_vault_file_is_called_damaged_not_a_wrong_passphrase(setup_vault, data_dir):
    """Failure: `vault.db` is truncated to nothing (a failed copy). Sign-in says the vault file
    is empty and points to a backup, instead of blaming the passphrase."""
    vault, _ = setup_vault
    (data_dir / "vault.db").write_bytes(b"")
    with pytest.raises(VaultError, match=r"is empty .*backup"):
        vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)


def test_format_1_slots_upgrade_at_sign_in_and_a_rekey_lists_those_that_did_not(
    tmp_path: Path,
) -> None:
    """Key files written before re-keying existed (the schema-1 fixture) wrap the data key
    under each passphrase and find slots by a salted SHA-256 of the name. Signing in gives the
    slot a key pair and the Argon2id name lookup; a re-key cannot reach a slot that has not
    signed in since, so it names that account for a new passphrase instead of locking it out
    silently."""
    fixture = Path(__file__).parents[2] / "fixtures" / "vaults" / "v1"
    data = tmp_path / "v1"
    shutil.copytree(fixture, data)
    vault = DeviceVault(data)
    boss = vault.sign_in("fixture.supervisor", "fixture vault passphrase one")
    upgraded = KeySlots.load(data / "vault.keys").find_user("fixture.supervisor")
    assert upgraded is not None and not upgraded.legacy and not upgraded.lookup_salt
    assert boss.rekey("test") == ["fixture.worker"]
    boss.reset_passphrase("fixture.worker", "a brand new long phrase")
    boss.sign_out()
    vault.sign_in("fixture.worker", "a brand new long phrase").sign_out()
