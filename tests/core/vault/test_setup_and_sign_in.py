from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from csec_desktop.core.errors import AuthError, ValidationError, VaultError
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS

from .conftest import SUPERVISOR, SUPERVISOR_PASS, WORKER, WORKER_PASS


def test_a_new_vault_is_encrypted_and_owner_only(setup_vault, data_dir: Path) -> None:
    header = (data_dir / "vault.db").read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    for name in ("vault.db", "vault.keys"):
        assert (data_dir / name).stat().st_mode & 0o077 == 0
    assert data_dir.stat().st_mode & 0o077 == 0
    # The stdlib driver cannot read it: it is not a plain SQLite file.
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(data_dir / "vault.db").execute("SELECT * FROM sqlite_master").fetchall()


def test_each_account_signs_in_with_its_own_passphrase(setup_vault) -> None:
    vault, _ = setup_vault
    for username, passphrase in ((SUPERVISOR, SUPERVISOR_PASS), (WORKER, WORKER_PASS)):
        session = vault.sign_in(username, passphrase)
        assert session.account.username == username
        session.sign_out()


def test_wrong_passphrase_and_unknown_user_get_the_same_generic_message(setup_vault) -> None:
    vault, _ = setup_vault
    with pytest.raises(AuthError) as wrong:
        vault.sign_in(WORKER, "not the right passphrase")
    with pytest.raises(AuthError) as unknown:
        vault.sign_in("nobody.here", WORKER_PASS)
    assert str(wrong.value) == str(unknown.value)
    assert "passphrase" in str(wrong.value)


def test_setup_refuses_short_and_common_passphrases(vault: DeviceVault) -> None:
    with pytest.raises(ValidationError, match="at least 12"):
        vault.initialize(SUPERVISOR, "Maria", "short pass")
    with pytest.raises(ValidationError, match="commonly used"):
        vault.initialize(SUPERVISOR, "Maria", "password1234")
    assert not vault.is_initialized()


def test_setup_twice_is_refused(setup_vault) -> None:
    vault, _ = setup_vault
    with pytest.raises(VaultError, match="already exists"):
        vault.initialize("someone", "Someone", "another fine passphrase")


def test_a_plain_sqlite_file_in_place_of_the_vault_is_refused(setup_vault, data_dir: Path) -> None:
    vault, _ = setup_vault
    (data_dir / "vault.db").unlink()
    sqlite3.connect(data_dir / "vault.db").execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(VaultError, match="unencrypted"):
        vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)


def test_the_self_test_refuses_a_driver_without_encryption(tmp_path: Path) -> None:
    from csec_desktop.core.vault.database import self_test

    conn = sqlite3.connect(tmp_path / "plain.db")
    with pytest.raises(VaultError, match="no encryption"):
        self_test(conn, tmp_path / "plain.db")


def test_cipher_settings_are_as_the_security_model_requires(setup_vault) -> None:
    vault, _ = setup_vault
    session = vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)
    conn = session.db.conn
    assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2
    assert conn.execute("PRAGMA cipher_memory_security").fetchone()[0] == "1"
    session.sign_out()


def test_long_passphrases_are_not_truncated(vault: DeviceVault) -> None:
    long_pass = "a sentence that keeps going " * 10
    session, _ = vault.initialize(SUPERVISOR, "Maria", long_pass + "one")
    session.sign_out()
    with pytest.raises(AuthError):
        vault.sign_in(SUPERVISOR, long_pass + "two")
    vault.sign_in(SUPERVISOR, long_pass + "one").sign_out()


def test_weakened_key_derivation_in_the_key_file_is_refused(setup_vault, data_dir: Path) -> None:
    vault, _ = setup_vault
    keys = data_dir / "vault.keys"
    keys.write_text(
        keys.read_text().replace(f'"memory_kib": {MINIMUM_PARAMS.memory_kib}', '"memory_kib": 8')
    )
    with pytest.raises(VaultError, match="below the allowed minimum"):
        vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)


def test_a_damaged_key_file_gives_one_clear_message(setup_vault, data_dir: Path) -> None:
    vault, _ = setup_vault
    (data_dir / "vault.keys").write_text("{not json")
    with pytest.raises(VaultError, match="damaged or not a key file"):
        vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)
