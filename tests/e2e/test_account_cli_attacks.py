"""A reviewer's CLI findings on accounts and the key file (issue 14 follow-up), run as the
real ``csec`` command."""

from __future__ import annotations

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


def test_a_restored_old_key_file_is_refused_for_a_supervisor_too(tmp_path: Path) -> None:
    """Attack: copy `vault.keys` aside; the supervisor spends the recovery code (new
    passphrase, new code); put the old file back. Before, the supervisor's sign-in adopted the
    old file (saved it as current): the old passphrase and the spent recovery code worked
    again and `vault check` said OK. Now every role is refused with one line saying what to
    do, the old file is never saved as current, `vault check` reports it, and putting back
    the current file restores the new passphrase."""
    data, code = _vault(tmp_path)
    old, current = tmp_path / "keys.old", tmp_path / "keys.current"
    shutil.copy2(data / "vault.keys", old)
    from csec_desktop.core.vault.device_vault import DeviceVault
    from csec_desktop.core.vault.kdf import MINIMUM_PARAMS

    new = "paper saved the morning"
    DeviceVault(data, kdf_params=MINIMUM_PARAMS).recover(code, SUPER, new)[0].sign_out()
    shutil.copy2(data / "vault.keys", current)
    shutil.copy2(old, data / "vault.keys")
    for user, secret in ((SUPER, SUPER_PASS), (WORKER, WORKER_PASS)):
        refused = _opens(data, tmp_path, user, secret)
        assert refused.returncode == 3
        assert refused.stderr.count("\n") == 1 and "older than the vault" in refused.stderr
        assert "Put back the current vault.keys" in refused.stderr
    again = run_csec(["vault", "recover", "--data-dir", str(data), "--username", SUPER,
                      "--passphrase-stdin"], f"{code}\n{new} two\n{new} two\n",
                     tmp_path)  # fmt: skip
    assert again.returncode == 3 and "older than the vault" in again.stderr
    check = run_csec(["vault", "check", "--data-dir", str(data), "--username", SUPER,
                      "--passphrase-stdin"], SUPER_PASS + "\n", tmp_path)  # fmt: skip
    assert check.returncode == 5 and "NOT OK" in check.stderr and "OK:" not in check.stdout
    assert (data / "vault.keys").read_bytes() != (current).read_bytes()
    shutil.copy2(current, data / "vault.keys")
    assert _opens(data, tmp_path, SUPER, new).returncode == 0
    assert _opens(data, tmp_path, SUPER, SUPER_PASS).returncode == 3


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
    # A turned-off account gets its passphrase back only by being turned on again.
    reset = run_csec(["user", "reset", SUPER, "--as", SUPER, "--not-compromised", *base],
                     f"{SUPER_PASS}\n{new}\n{new}\n", tmp_path)  # fmt: skip
    assert reset.returncode == 0 and "New passphrase set for ana.reyes." in reset.stdout
    assert _opens(data, tmp_path, SUPER, new).returncode == 0


def test_python_dash_m_runs_the_cli_package() -> None:
    """`python -m csec_desktop.cli` failed (no __main__ in the package)."""
    result = subprocess.run([sys.executable, "-m", "csec_desktop.cli", "--version"],
                            capture_output=True, text=True, check=False, timeout=60)  # fmt: skip
    assert result.returncode == 0 and result.stdout.startswith("csec "), result.stderr
