from __future__ import annotations

import json
from pathlib import Path

from csec_desktop.core.desk import Desk
from csec_desktop.core.vault.device_vault import DeviceVault

from .cli import run_csec


def test_demo_seed_creates_a_demo_vault_with_fictional_youth(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    result = run_csec(["demo", "seed", "--data-dir", str(folder), "--youth", "25", "--json"])
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["youth"] == 25 and report["completed"] > 0 and report["duties"] > 0
    assert report["vault_created"] is True
    assert {(s["username"], s["role"]) for s in report["sign_ins"]} == {
        ("demo.supervisor", "supervisor"),
        ("demo.worker", "field_worker"),
    }
    more = run_csec(["demo", "seed", "--data-dir", str(folder), "--youth", "1"])
    assert more.returncode == 0 and more.stdout.startswith("Added 1 fictional youth")
    # The sign-ins it made are printed: the published demo passphrases, fictional data only.
    assert "user name demo.supervisor, passphrase “harbor lantern morning”" in more.stdout
    assert "user name demo.worker, passphrase “quiet meadow compass”" in more.stdout
    assert "Created the demo vault" not in more.stdout and " 1 drafts" not in more.stdout
    check = run_csec(
        [
            "vault",
            "check",
            "--data-dir",
            str(folder),
            "--username",
            "demo.supervisor",
            "--passphrase-stdin",
        ],
        "harbor lantern morning\n",
    )
    assert check.returncode == 0, check.stderr


def _open_duties(folder: Path, username: str, passphrase: str) -> list[dict]:
    args = ["duties", "--data-dir", str(folder), "--username", username, "--passphrase-stdin"]
    result = run_csec([*args, "--json"], passphrase + "\n")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_demo_worker_sees_shared_youth_and_the_counts_are_true(tmp_path: Path) -> None:
    """A reviewer found the demo worker saw no youth after `demo seed`, the printed duty count
    was a sixth of the duties, and a second seeding repeated the same fictional names."""
    folder = tmp_path / "demo"
    first = run_csec(["demo", "seed", "--data-dir", str(folder), "--youth", "6", "--json"])
    assert first.returncode == 0, first.stderr
    supervisor = _open_duties(folder, "demo.supervisor", "harbor lantern morning")
    worker = _open_duties(folder, "demo.worker", "quiet meadow compass")
    assert 0 < len(worker) < len(supervisor)  # half the youth are shared with the worker
    # Every duty started counts (open ones are a part of them).
    assert json.loads(first.stdout)["duties"] >= len(supervisor)
    second = run_csec(["demo", "seed", "--data-dir", str(folder), "--youth", "6", "--json"])
    assert second.returncode == 0, second.stderr
    assert _visible_names(folder, "demo.worker", "quiet meadow compass")[1] == 6  # 3 + 3
    names, count = _visible_names(folder, "demo.supervisor", "harbor lantern morning")
    assert count == 12 and len(names) == 12  # no fictional youth repeated


def _visible_names(folder: Path, username: str, passphrase: str) -> tuple[set[str], int]:
    session = DeviceVault(folder).sign_in(username, passphrase)
    try:
        records = Desk(session).youth.all()
        return {r.profile.legal_name for r in records}, len(records)
    finally:
        session.sign_out()


def test_a_real_vault_is_never_seeded(tmp_path: Path) -> None:
    folder = tmp_path / "real"
    made = run_csec(
        [
            "vault",
            "init",
            "--data-dir",
            str(folder),
            "--username",
            "ana",
            "--display-name",
            "Ana",
            "--passphrase-stdin",
        ],
        "a real county passphrase\n" * 2,
    )
    assert made.returncode == 0
    result = run_csec(["demo", "seed", "--data-dir", str(folder), "--youth", "5"])
    assert result.returncode == 2
    assert "is not a demo vault" in result.stderr and result.stderr.count("\n") == 1
