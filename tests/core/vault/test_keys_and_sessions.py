from __future__ import annotations

import json
from pathlib import Path

import pytest

from csec_desktop.core.errors import AuthError, CsecError, VaultError
from csec_desktop.core.vault import schema
from csec_desktop.core.vault.database import open_database

from .conftest import SUPERVISOR, SUPERVISOR_PASS, WORKER, WORKER_PASS


def slots(data_dir: Path) -> dict[str, dict]:
    return {s["id"]: s for s in json.loads((data_dir / "vault.keys").read_text())["slots"]}


def test_changing_a_passphrase_rewraps_one_slot_and_rekeys_the_vault(setup_vault, data_dir):
    """Only the worker's slot gets a new secret and key pair; every slot keeps its key pair
    but receives the vault's new data key (decisions.md 53), and the database is re-encrypted
    under it."""
    vault, _ = setup_vault
    before_slots = slots(data_dir)
    before_db = (data_dir / "vault.db").read_bytes()[:4096]
    session = vault.sign_in(WORKER, WORKER_PASS)
    worker_slot = session.account.slot_id
    session.change_passphrase(WORKER_PASS, "a brand new worker phrase")
    session.sign_out()
    after = slots(data_dir)
    changed = [sid for sid in after if after[sid]["wrapped"] != before_slots[sid]["wrapped"]]
    assert changed == [worker_slot]
    assert all(after[sid]["sealed"] != before_slots[sid]["sealed"] for sid in after)
    assert (data_dir / "vault.db").read_bytes()[:4096] != before_db
    with pytest.raises(AuthError):
        vault.sign_in(WORKER, WORKER_PASS)
    vault.sign_in(WORKER, "a brand new worker phrase").sign_out()


def test_the_key_file_names_no_user(setup_vault, data_dir) -> None:
    text = (data_dir / "vault.keys").read_text()
    assert SUPERVISOR not in text and WORKER not in text


def test_the_recovery_code_sets_a_new_passphrase(setup_vault) -> None:
    vault, recovery = setup_vault
    # Typed from paper: lower case, spaces instead of dashes.
    typed = recovery.lower().replace("-", " ")
    session, new_code = vault.recover(typed, SUPERVISOR, "remembered nothing but paper")
    assert session.account.username == SUPERVISOR and new_code != recovery
    assert "recovery_used" in [e.event for e in session.audit.entries()]
    session.sign_out()
    vault.sign_in(SUPERVISOR, "remembered nothing but paper").sign_out()


def test_a_wrong_recovery_code_is_refused(setup_vault) -> None:
    vault, _ = setup_vault
    with pytest.raises(AuthError, match="recovery code"):
        vault.recover("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH", SUPERVISOR, "whatever long phrase")


def test_lock_closes_the_database_and_unlock_reopens_it(setup_vault) -> None:
    vault, _ = setup_vault
    session = vault.sign_in(WORKER, WORKER_PASS)
    session.lock("idle")
    assert session.is_locked
    with pytest.raises(VaultError, match="locked"):
        session.db.execute("SELECT 1")
    with pytest.raises(AuthError):
        session.unlock("not my passphrase at all")
    assert session.is_locked
    session.unlock(WORKER_PASS)
    events = [e.event for e in session.audit.entries()]
    assert events[:3] == ["session_unlocked", "sign_in_failed", "session_locked"]
    session.sign_out()


def test_a_turned_off_account_cannot_sign_in_and_the_last_supervisor_stays(setup_vault) -> None:
    vault, _ = setup_vault
    supervisor = vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)
    supervisor.set_active(WORKER, False)
    with pytest.raises(CsecError, match="own account"):
        supervisor.set_active(SUPERVISOR, False)
    supervisor.sign_out()
    with pytest.raises(AuthError):
        vault.sign_in(WORKER, WORKER_PASS)
    supervisor = vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)
    supervisor.set_active(WORKER, True, "welcome back long phrase")
    supervisor.sign_out()
    vault.sign_in(WORKER, "welcome back long phrase").sign_out()


def test_migrating_takes_an_encrypted_backup_first_and_removes_it_after(
    setup_vault, data_dir, monkeypatch
) -> None:
    """Finding 8: the pre-upgrade backup was kept for ever (mode 0644), so youth purged later
    could be read back from it. It is now owner-only, kept only while an upgrade failed, and
    deleted after a good upgrade."""
    vault, _ = setup_vault
    session = vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)
    key = bytes(session._key())
    session.sign_out()
    nxt = schema.LATEST + 1
    failing = (nxt, "a step that fails", "CREATE TABLE accounts (x INTEGER);")
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS, failing))
    monkeypatch.setattr(schema, "LATEST", nxt)
    with pytest.raises(Exception, match="could not save"):
        vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)
    backup = data_dir / f"vault.db.v{nxt - 1}.bak"
    assert backup.stat().st_mode & 0o777 == 0o600
    assert backup.read_bytes()[:16] != b"SQLite format 3\x00"
    conn = open_database(backup, key)
    assert schema.current_version(conn) == nxt - 1
    assert conn.execute("SELECT count(*) FROM accounts").fetchone()[0] == 2
    conn.close()

    extra = (nxt, "a test table", "CREATE TABLE test_next (x INTEGER);")
    monkeypatch.setattr(schema, "MIGRATIONS", (*schema.MIGRATIONS[:-1], extra))
    session = vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)
    assert schema.current_version(session.db.conn) == nxt
    session.sign_out()
    assert not list(data_dir.glob("vault.db.v*.bak*"))


def test_a_vault_from_a_newer_app_is_not_opened(setup_vault, monkeypatch) -> None:
    vault, _ = setup_vault
    monkeypatch.setattr(schema, "LATEST", 0)
    with pytest.raises(VaultError, match="newer version"):
        vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)


def test_the_schema_1_fixture_vault_upgrades_and_keeps_its_accounts(tmp_path) -> None:
    import shutil

    from csec_desktop.core.vault.device_vault import DeviceVault
    from csec_desktop.core.vault.integrity import check_vault

    fixture = Path(__file__).parents[2] / "fixtures" / "vaults" / "v1"
    data = tmp_path / "v1"
    shutil.copytree(fixture, data)
    session = DeviceVault(data).sign_in("fixture.worker", "fixture vault passphrase two")
    assert schema.current_version(session.db.conn) == schema.LATEST
    assert {a.username for a, _ in session.list_accounts()} == {
        "fixture.supervisor",
        "fixture.worker",
    }
    assert check_vault(session).ok
    session.sign_out()
    assert not (data / "vault.db.v1.bak").exists()  # removed after the good upgrade


def test_a_second_program_on_the_same_vault_is_refused(setup_vault, data_dir) -> None:
    import subprocess
    import sys

    vault, _ = setup_vault
    session = vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from csec_desktop.core.errors import VaultError\n"
        "from csec_desktop.core.vault.device_vault import DeviceVault\n"
        "try:\n"
        f"    DeviceVault(Path(sys.argv[1])).sign_in({WORKER!r}, {WORKER_PASS!r})\n"
        "except VaultError as exc:\n"
        "    print(exc)\n"
    )
    held = subprocess.run(
        [sys.executable, "-c", probe, str(data_dir)], capture_output=True, text=True, check=True
    )
    assert "already open in another window or program" in held.stdout
    # The refused attempt counted nothing against the worker's account.
    assert all(not s["failures"] for s in slots(data_dir).values())
    session.sign_out()
    freed = subprocess.run(
        [sys.executable, "-c", probe, str(data_dir)], capture_output=True, text=True, check=True
    )
    assert freed.stdout == ""
