"""The vault and account commands as a county script or a worker would run them."""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli import run_csec, scan_for

SUPER, SUPER_PASS = "ana.reyes", "harbor lights at dusk"
WORKER, WORKER_PASS = "lee.chan", "orange kite over hills"
CANARY = "Zqx-CANARY-7741-Ñandú"


@pytest.fixture(scope="module")
def cli_vault(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    root = tmp_path_factory.mktemp("cli")
    data, tmp = root / "data", root / "tmp"
    tmp.mkdir()
    made = run_csec(
        [
            "vault",
            "init",
            "--data-dir",
            str(data),
            "--username",
            SUPER,
            "--display-name",
            CANARY,
            "--passphrase-stdin",
            "--json",
        ],
        SUPER_PASS + "\n" + SUPER_PASS + "\n",
        tmp,
    )
    assert made.returncode == 0, made.stderr
    added = run_csec(
        [
            "user",
            "add",
            "--data-dir",
            str(data),
            "--as",
            SUPER,
            "--username",
            WORKER,
            "--display-name",
            "Lee " + CANARY,
            "--role",
            "probation_officer",
            "--passphrase-stdin",
        ],
        f"{SUPER_PASS}\n{WORKER_PASS}\n{WORKER_PASS}\n",
        tmp,
    )
    assert added.returncode == 0, added.stderr
    return data, tmp, made.stdout


def test_init_prints_the_recovery_code_once(cli_vault) -> None:
    _, _, out = cli_vault
    assert '"recovery_code"' in out


def test_vault_file_is_not_plain_sqlite(cli_vault) -> None:
    data, _, _ = cli_vault
    assert not (data / "vault.db").read_bytes().startswith(b"SQLite format 3")


def test_wrong_passphrase_is_one_generic_line(cli_vault) -> None:
    data, tmp, _ = cli_vault
    secret = "my wrong but secret phrase"
    result = run_csec(
        ["vault", "check", "--data-dir", str(data), "--username", WORKER, "--passphrase-stdin"],
        secret + "\n",
        tmp,
    )
    assert result.returncode == 3
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("csec: Sign-in failed.")
    for leak in (secret, "Traceback", "HMAC", "hmac", "file is not a database"):
        assert leak not in result.stderr + result.stdout
    assert scan_for(secret, data, tmp) == []


def test_canary_display_name_is_in_no_file_outside_the_encrypted_vault(cli_vault) -> None:
    data, tmp, _ = cli_vault
    listed = run_csec(
        ["user", "list", "--data-dir", str(data), "--as", SUPER, "--passphrase-stdin", "--json"],
        SUPER_PASS + "\n",
        tmp,
    )
    assert listed.returncode == 0, listed.stderr
    assert scan_for(CANARY, data, tmp) == []
    assert CANARY not in listed.stderr


def test_missing_stdin_and_missing_vault_are_clear(tmp_path: Path) -> None:
    result = run_csec(
        [
            "vault",
            "check",
            "--data-dir",
            str(tmp_path / "none"),
            "--username",
            "x",
            "--passphrase-stdin",
        ],
        "pass\n",
    )
    assert result.returncode == 2
    assert (
        result.stderr.strip()
        == f"csec: no vault in {tmp_path / 'none'} (create one with 'csec vault init')"
    )


def test_a_missing_key_file_beside_the_vault_is_named_not_called_no_vault(tmp_path: Path) -> None:
    """With `vault.keys` gone and `vault.db` still there, `vault check` said there was no vault
    and to create one, which would send a worker to start over beside their records."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "vault.db").write_bytes(b"\0" * 4096)
    result = run_csec(["vault", "check", "--data-dir", str(data), "--username", "x",
                       "--passphrase-stdin"], "pass\n", tmp_path)  # fmt: skip
    assert result.returncode == 4 and result.stderr.count("\n") == 1, result.stderr
    assert "key file (vault.keys) is missing" in result.stderr
    assert "put it back from the backup, or call county IT" in result.stderr
    assert "vault init" not in result.stderr


def test_lockout_persists_across_processes_and_unlock_is_audited(tmp_path: Path) -> None:
    data = tmp_path / "data"
    run_csec(
        [
            "vault",
            "init",
            "--data-dir",
            str(data),
            "--username",
            SUPER,
            "--display-name",
            "Ana",
            "--passphrase-stdin",
        ],
        SUPER_PASS + "\n" + SUPER_PASS + "\n",
    )
    run_csec(
        [
            "user",
            "add",
            "--data-dir",
            str(data),
            "--as",
            SUPER,
            "--username",
            WORKER,
            "--display-name",
            "Lee",
            "--role",
            "field_worker",
            "--passphrase-stdin",
        ],
        f"{SUPER_PASS}\n{WORKER_PASS}\n{WORKER_PASS}\n",
    )
    check = [
        "vault",
        "unlock-test",
        "--data-dir",
        str(data),
        "--username",
        WORKER,
        "--passphrase-stdin",
    ]
    codes = [run_csec(check, "wrong wrong wrong wrong\n").returncode for _ in range(5)]
    assert codes == [3, 3, 3, 3, 3]
    locked = run_csec(check, WORKER_PASS + "\n")
    assert locked.returncode == 3 and "locked" in locked.stderr
    unlocked = run_csec(
        ["user", "unlock", "--data-dir", str(data), "--as", SUPER, WORKER, "--passphrase-stdin"],
        SUPER_PASS + "\n",
    )
    assert unlocked.returncode == 0, unlocked.stderr
    assert run_csec(check, WORKER_PASS + "\n").returncode == 0
    ok = run_csec(
        [
            "vault",
            "check",
            "--data-dir",
            str(data),
            "--username",
            SUPER,
            "--passphrase-stdin",
            "--json",
        ],
        SUPER_PASS + "\n",
    )
    assert ok.returncode == 0 and '"ok": true' in ok.stdout


def test_vault_check_names_the_first_broken_audit_link(tmp_path: Path) -> None:
    from csec_desktop.core.vault.device_vault import DeviceVault

    data = tmp_path / "data"
    run_csec(
        [
            "vault",
            "init",
            "--data-dir",
            str(data),
            "--username",
            SUPER,
            "--display-name",
            "Ana",
            "--passphrase-stdin",
        ],
        SUPER_PASS + "\n" + SUPER_PASS + "\n",
    )
    session = DeviceVault(data).sign_in(SUPER, SUPER_PASS)
    conn = session.db.conn
    conn.execute("DROP TRIGGER audit_append_only_update")
    stored = conn.execute("SELECT hash FROM audit WHERE seq = 2").fetchone()[0]
    conn.execute(
        "UPDATE audit SET hash = ? WHERE seq = 2",
        (("1" if stored[0] != "1" else "2") + stored[1:],),
    )
    session.db.close()  # leave without a sign-out entry, as someone editing the file would
    session._release()
    result = run_csec(
        ["vault", "check", "--data-dir", str(data), "--username", SUPER, "--passphrase-stdin"],
        SUPER_PASS + "\n",
    )
    assert result.returncode == 5
    assert result.stderr.strip() == "csec: audit log chain is broken: audit entry 2 was altered"


def test_vault_recover_sets_a_passphrase_and_replaces_the_code(tmp_path: Path) -> None:
    """`csec vault recover`: the recovery code, then the new passphrase twice, on stdin. The
    supervisor signs in with the new passphrase; the NEW code is printed once and the used
    one stops working (finding 11: the code was never replaced after use)."""
    import json

    data = tmp_path / "data"
    made = run_csec(["vault", "init", "--data-dir", str(data), "--username", SUPER,
                     "--display-name", "Ana", "--passphrase-stdin", "--json"],
                    f"{SUPER_PASS}\n{SUPER_PASS}\n", tmp_path)  # fmt: skip
    code = json.loads(made.stdout)["recovery_code"]
    base = ["vault", "recover", "--data-dir", str(data), "--username", SUPER,
            "--passphrase-stdin", "--json"]  # fmt: skip
    new = "paper saved the morning"
    differ = run_csec(base, f"{code}\n{new}\n{new} typo\n", tmp_path)
    assert differ.returncode != 0 and "differ" in differ.stderr
    done = run_csec(base, f"{code.lower()}\n{new}\n{new}\n", tmp_path)
    assert done.returncode == 0, done.stderr
    new_code = json.loads(done.stdout)["recovery_code"]
    assert new_code != code
    again = run_csec(base, f"{code}\n{new} two\n{new} two\n", tmp_path)
    assert again.returncode != 0 and "not recognised" in again.stderr
    signed = run_csec(["vault", "unlock-test", "--data-dir", str(data), "--username", SUPER,
                       "--passphrase-stdin"], new + "\n", tmp_path)  # fmt: skip
    assert signed.returncode == 0, signed.stderr


def test_a_supervisor_lifts_the_recovery_code_lock_from_the_cli(tmp_path: Path) -> None:
    """Attack (finding 11): someone types wrong recovery codes until the code locks; before,
    only time lifted that lock. `csec user unlock --recovery-code` (a supervisor, audited)
    lifts it, and the right code then works."""
    from csec_desktop.core.errors import AccountLocked, AuthError
    from csec_desktop.core.vault.device_vault import DeviceVault
    from csec_desktop.core.vault.kdf import MINIMUM_PARAMS

    data = tmp_path / "data"
    vault = DeviceVault(data, kdf_params=MINIMUM_PARAMS)
    session, code = vault.initialize(SUPER, "Ana", SUPER_PASS)
    session.sign_out()
    locked = False
    for _ in range(6):
        try:
            vault.recover("AAAA-" * 7 + "AAAA", SUPER, "a new long phrase here")
        except AccountLocked:
            locked = True
            break
        except AuthError:
            continue
    assert locked
    with pytest.raises(AccountLocked):
        vault.recover(code, SUPER, "a new long phrase here")
    done = run_csec(["user", "unlock", "--recovery-code", "--data-dir", str(data), "--as",
                     SUPER, "--passphrase-stdin"], SUPER_PASS + "\n", tmp_path)  # fmt: skip
    assert done.returncode == 0 and "can be used again" in done.stdout, done.stderr
    vault.recover(code, SUPER, "a new long phrase here")[0].sign_out()
