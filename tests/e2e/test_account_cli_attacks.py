"""A reviewer's CLI findings on accounts and the key file (issue 14 follow-up), run as the
real ``csec`` command."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .cli import run_csec

SUPER, SUPER_PASS = "ana.reyes", "harbor lights at dusk"
WORKER, WORKER_PASS = "lee.chan", "orange kite over hills"


def _vault(tmp: Path) -> tuple[Path, str]:
    """A vault made in-process with fast key derivation (the CLI opens its slots quickly)."""
    from csec_desktop.core.vault.device_vault import DeviceVault
    from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
    from csec_desktop.core.vault.roles import Role

    data = tmp / "data"
    session, code = DeviceVault(data, kdf_params=MINIMUM_PARAMS).initialize(
        SUPER, "Ana", SUPER_PASS
    )
    session.add_account(WORKER, "Lee", Role.PROBATION_OFFICER, WORKER_PASS)
    session.sign_out()
    return data, code


def _opens(data: Path, tmp: Path, user: str, secret: str) -> subprocess.CompletedProcess[str]:
    return run_csec(["vault", "unlock-test", "--data-dir", str(data), "--username", user,
                     "--passphrase-stdin"], secret + "\n", tmp)  # fmt: skip


def _put_back_raised(copy: Path, data: Path) -> None:
    """Put an older key file back with its generation hand-edited above the current one's."""
    raw = json.loads(copy.read_text())
    raw["generation"] = json.loads((data / "vault.keys").read_text())["generation"] + 100
    (data / "vault.keys").write_text(json.dumps(raw))


def test_after_passwd_reset_or_recovery_an_older_key_file_opens_nothing(tmp_path: Path) -> None:
    """Attack: before each change of a secret (a worker's `csec user passwd`, a supervisor's
    `csec user reset`, the supervisor's `csec vault recover`), copy `vault.keys`; afterwards
    put the copy back with its `generation` raised by hand (plain JSON) and use the old
    passphrase or the spent recovery code. Before, a copy raised past the vault's generation
    signed in wherever no re-key had happened since. Every such change now re-keys: the old
    file is refused with one line saying what to do, `vault check` says NOT OK, and the
    current file brings back only the new secrets."""
    data, code = _vault(tmp_path)
    base = ["--data-dir", str(data), "--passphrase-stdin"]
    copy, current = tmp_path / "keys.copy", tmp_path / "keys.current"
    first, second, third = "a fresh start in spring", "river stones in autumn", "paper saved it"
    changes = [
        (WORKER, WORKER_PASS, ["user", "passwd", "--username", WORKER],
         f"{WORKER_PASS}\n{first}\n{first}\n", "Passphrase changed; the vault has a new data key"),
        (WORKER, first, ["user", "reset", WORKER, "--as", SUPER],
         f"{SUPER_PASS}\n{second}\n{second}\n", "the vault has a new data key"),
        (SUPER, SUPER_PASS, ["vault", "recover", "--username", SUPER],
         f"{code}\n{third}\n{third}\n", "The recovery code you used no longer works"),
    ]  # fmt: skip
    for user, old_secret, command, stdin, said in changes:
        shutil.copy2(data / "vault.keys", copy)
        done = run_csec([*command, *base], stdin, tmp_path)
        assert done.returncode == 0 and said in done.stdout, done.stderr
        shutil.copy2(data / "vault.keys", current)
        _put_back_raised(copy, data)
        if user == WORKER:
            refused = _opens(data, tmp_path, user, old_secret)
            assert refused.returncode == 4 and refused.stderr.count("\n") == 1, refused.stderr
            assert "older copy" in refused.stderr and "Put back the current key" in refused.stderr
            shutil.copy2(current, data / "vault.keys")
    # After the recovery: the old passphrase (through `vault check`) and the spent code.
    check = run_csec(["vault", "check", "--data-dir", str(data), "--username", SUPER,
                      "--passphrase-stdin"], SUPER_PASS + "\n", tmp_path)  # fmt: skip
    assert check.returncode == 5 and "Vault NOT OK" in check.stderr and not check.stdout
    assert "older copy" in check.stderr
    spent = run_csec(["vault", "recover", "--data-dir", str(data), "--username", SUPER,
                      "--passphrase-stdin"], f"{code}\n{third} two\n{third} two\n",
                     tmp_path)  # fmt: skip
    assert spent.returncode == 4 and "older copy" in spent.stderr
    shutil.copy2(current, data / "vault.keys")
    assert _opens(data, tmp_path, SUPER, third).returncode == 0


def test_a_supervisor_turns_an_account_off_and_resets_one_from_the_cli(tmp_path: Path) -> None:
    """Before, only the app could turn an account off or reset another worker's passphrase.
    Attack: a worker leaves with a copy of `vault.keys` and knows their passphrase. `csec
    user disable` turns the account off and re-keys: the copy plus the passphrase opens
    nothing current. `csec user reset` sets a new passphrase (re-key unless
    `--not-compromised`); a worker cannot run either."""
    data, _ = _vault(tmp_path)
    copy = tmp_path / "keys.copy"
    shutil.copy2(data / "vault.keys", copy)
    base = ["--data-dir", str(data), "--passphrase-stdin"]
    by_worker = run_csec(["user", "disable", SUPER, "--as", WORKER, *base],
                         WORKER_PASS + "\n", tmp_path)  # fmt: skip
    assert by_worker.returncode != 0 and by_worker.stderr.count("\n") == 1
    off = run_csec(["user", "disable", WORKER, "--as", SUPER, *base],
                   SUPER_PASS + "\n", tmp_path)  # fmt: skip
    assert off.returncode == 0 and "Turned off lee.chan" in off.stdout, off.stderr
    assert _opens(data, tmp_path, WORKER, WORKER_PASS).returncode == 3
    from csec_desktop.core.vault.keyslots import KeySlots

    keys = KeySlots.load(copy)
    slot = keys.find_user(WORKER)
    assert slot is not None
    stale_key = keys.open(slot, WORKER_PASS)
    assert stale_key is not None
    from csec_desktop.core.errors import VaultError
    from csec_desktop.core.vault.database import open_database

    with pytest.raises(VaultError):
        open_database(data / "vault.db", stale_key)

    new = "a fresh start in spring"
    differ = run_csec(["user", "reset", WORKER, "--as", SUPER, *base],
                      f"{SUPER_PASS}\n{new}\n{new}x\n", tmp_path)  # fmt: skip
    assert differ.returncode == 2 and "differ" in differ.stderr
    # A turned-off account (compromised, or its owner left) stays off: reset refuses it and
    # names the deliberate way back on; before, reset silently turned it on.
    refused = run_csec(["user", "reset", WORKER, "--as", SUPER, *base],
                       f"{SUPER_PASS}\n{new}\n{new}\n", tmp_path)  # fmt: skip
    assert refused.returncode != 0 and refused.stderr.count("\n") == 1, refused.stderr
    assert "lee.chan is turned off; turn it on again with 'csec user enable lee.chan'" in (
        refused.stderr
    )
    assert _opens(data, tmp_path, WORKER, new).returncode == 3
    on = run_csec(["user", "enable", WORKER, "--as", SUPER, *base],
                  f"{SUPER_PASS}\n{new}\n{new}\n", tmp_path)  # fmt: skip
    assert on.returncode == 0 and "lee.chan is turned on again" in on.stdout, on.stderr
    assert _opens(data, tmp_path, WORKER, new).returncode == 0
    reset = run_csec(["user", "reset", SUPER, "--as", SUPER, *base],
                     f"{SUPER_PASS}\n{new}\n{new}\n", tmp_path)  # fmt: skip
    assert reset.returncode == 0 and "New passphrase set for ana.reyes;" in reset.stdout
    assert _opens(data, tmp_path, SUPER, new).returncode == 0


def test_a_new_passphrase_is_asked_twice_and_a_typo_changes_nothing(tmp_path: Path) -> None:
    """`vault init`, `user add` and `user passwd` read a new passphrase once: a typo locked the
    worker out. Each now reads it twice and refuses a mismatch (and `passwd` the same
    passphrase again) with one line, changing nothing."""
    data, _ = _vault(tmp_path)
    base = ["--data-dir", str(data), "--passphrase-stdin"]
    new = "a fresh start in spring"
    typo = run_csec(["user", "passwd", "--username", WORKER, *base],
                    f"{WORKER_PASS}\n{new}\n{new}x\n", tmp_path)  # fmt: skip
    assert typo.returncode == 2 and "differ; nothing was changed" in typo.stderr, typo.stderr
    same = run_csec(["user", "passwd", "--username", WORKER, *base],
                    f"{WORKER_PASS}\n{WORKER_PASS}\n{WORKER_PASS}\n", tmp_path)  # fmt: skip
    assert same.returncode == 2 and "same as the current one" in same.stderr, same.stderr
    assert _opens(data, tmp_path, WORKER, WORKER_PASS).returncode == 0
    added = run_csec(["user", "add", "--as", SUPER, "--username", "kim.lee", "--display-name",
                      "Kim", "--role", "field_worker", *base],
                     f"{SUPER_PASS}\n{new}\n{new}x\n", tmp_path)  # fmt: skip
    assert added.returncode == 2 and "differ; nothing was changed" in added.stderr
    assert _opens(data, tmp_path, "kim.lee", new).returncode == 3
    fresh = tmp_path / "fresh"
    made = run_csec(["vault", "init", "--data-dir", str(fresh), "--username", SUPER,
                     "--display-name", "Ana", "--passphrase-stdin"],
                    f"{new}\n{new}x\n", tmp_path)  # fmt: skip
    assert made.returncode == 2 and "differ; nothing was created" in made.stderr
    assert not (fresh / "vault.db").exists() and not (fresh / "vault.keys").exists()


def test_a_deferred_rekey_on_disable_says_the_account_is_off_and_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """When another program holds the vault open the re-key waits for the next sign-in;
    `csec user disable` exited 4 saying only that, though the account WAS turned off. It now
    says the account is off, exits 0, and names the sign-in that finishes the re-key. (The
    other program is simulated: the vault's write-ahead log is reported busy.)"""
    import io

    from csec_desktop.cli.main import main
    from csec_desktop.core.errors import VaultError
    from csec_desktop.core.vault import rekey as rekey_module

    data, _ = _vault(tmp_path)

    def busy(path: Path) -> None:
        raise VaultError("the vault could not be re-keyed (it is in use); nothing was changed")

    monkeypatch.setattr(rekey_module, "_require_no_wal", busy)
    monkeypatch.setattr(sys, "stdin", io.StringIO(SUPER_PASS + "\n"))
    code = main(["user", "disable", WORKER, "--as", SUPER, "--data-dir", str(data),
                 "--passphrase-stdin"])  # fmt: skip
    out, err = capsys.readouterr()
    assert code == 0 and out == "lee.chan is turned off.\n", (out, err)
    assert "sign in once, e.g. 'csec vault check', to finish" in err
    monkeypatch.undo()
    assert _opens(data, tmp_path, WORKER, WORKER_PASS).returncode == 3
    checked = run_csec(["vault", "check", "--data-dir", str(data), "--username", SUPER,
                        "--passphrase-stdin"], SUPER_PASS + "\n", tmp_path)  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    from csec_desktop.core.vault.device_vault import DeviceVault

    session = DeviceVault(data).sign_in(SUPER, SUPER_PASS)
    owed = session.db.execute("SELECT 1 FROM meta WHERE key = 'rekey_owed'").fetchone()
    session.sign_out()
    assert owed is None


def test_python_dash_m_runs_the_cli_package() -> None:
    """`python -m csec_desktop.cli` failed (no __main__ in the package)."""
    result = subprocess.run([sys.executable, "-m", "csec_desktop.cli", "--version"],
                            capture_output=True, text=True, check=False, timeout=60)  # fmt: skip
    assert result.returncode == 0 and result.stdout.startswith("csec "), result.stderr
