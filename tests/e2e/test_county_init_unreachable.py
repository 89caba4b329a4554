"""``csec county init --database`` with a database nobody can reach: one line, and nothing
left behind, so the same command can be run again once the database is up (a vault made first
would hold a recovery code nobody saw and refuse a second init)."""

from __future__ import annotations

import socket
from pathlib import Path

from tests.e2e.cli import run_csec

PASSPHRASE = "county intake long phrase 2026"


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_an_unreachable_database_leaves_no_county_vault(tmp_path: Path) -> None:
    county = tmp_path / "county"
    args = ["county", "init", "--county-dir", str(county), "--username", "admin1",
            "--display-name", "Ann Intake", "--county-id", "alameda",
            "--county-name", "Alameda County", "--passphrase-stdin"]  # fmt: skip
    url = f"postgresql://intake:S3cr3tPW@127.0.0.1:{_closed_port()}/csec"
    refused = run_csec([*args, "--database", url], stdin=f"{PASSPHRASE}\n", tmpdir=tmp_path)
    assert refused.returncode == 4, refused.stderr
    assert refused.stderr.startswith("csec: the county database cannot be reached: ")
    assert refused.stderr.count("\n") == 1 and "S3cr3tPW" not in refused.stderr
    assert not county.exists() or not any(county.iterdir())
    made = run_csec(args, stdin=f"{PASSPHRASE}\n", tmpdir=tmp_path)
    assert made.returncode == 0, made.stderr
    assert "Recovery code" in made.stdout
