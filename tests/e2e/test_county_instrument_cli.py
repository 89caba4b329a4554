"""A county author's path on the command line: spreadsheet -> JSON -> test cases -> install
into an enrolled laptop's vault -> the county policy's decision point satisfied."""

from __future__ import annotations

import json
from pathlib import Path

from tests.county_example import (
    DECISION_POINT,
    EXAMPLE_CASES,
    EXAMPLE_ID,
    EXAMPLES,
    write_county_policy,
)

from .cli import run_csec

SUPER, SUPER_PASS = "ana.reyes", "harbor lights at dusk"
WORKER, WORKER_PASS = "lee.chan", "orange kite over hills"


def test_spreadsheet_to_installed_instrument_offered_by_the_policy(tmp_path: Path) -> None:
    data, tmp = tmp_path / "data", tmp_path / "tmp"
    tmp.mkdir()
    policy = write_county_policy(tmp_path / "county-policy.json")
    made = run_csec(
        [
            *("vault", "init", "--data-dir", str(data), "--username", SUPER),
            *("--display-name", "Ana Reyes", "--passphrase-stdin"),
        ],
        f"{SUPER_PASS}\n{SUPER_PASS}\n",
        tmp,
    )
    assert made.returncode == 0, made.stderr
    added = run_csec(
        [
            *("user", "add", "--data-dir", str(data), "--as", SUPER, "--username", WORKER),
            *("--display-name", "Lee Chan", "--role", "field_worker", "--passphrase-stdin"),
        ],
        f"{SUPER_PASS}\n{WORKER_PASS}\n{WORKER_PASS}\n",
        tmp,
    )
    assert added.returncode == 0, added.stderr
    vault = ["--data-dir", str(data), "--policy", str(policy), "--passphrase-stdin"]

    # Before the install, the policy is refused with the decision point and instrument named.
    check = run_csec(["instrument", "check-policy", *vault, "--as", SUPER], SUPER_PASS + "\n", tmp)
    assert check.returncode == 6
    assert check.stderr.startswith(f"csec: county policy: decision point '{DECISION_POINT}' (")
    assert f"offers instrument '{EXAMPLE_ID}', which is not available" in check.stderr

    # Spreadsheet -> JSON -> cases.
    definition = tmp_path / "county.json"
    imported = run_csec(
        ["instrument", "import-xlsx", str(EXAMPLES / f"{EXAMPLE_ID}.xlsx"), "-o", str(definition)]
    )
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith(f"OK {EXAMPLE_ID}.xlsx -> ")
    tested = run_csec(
        ["instrument", "test", str(definition), str(EXAMPLE_CASES), "--policy", str(policy)]
    )
    assert tested.returncode == 0, tested.stdout
    assert tested.stdout.splitlines()[-1].startswith("All 10 case(s) passed")

    # Only a supervisor installs; the worker's attempt changes nothing.
    refused = run_csec(
        ["instrument", "install", str(definition), *vault, "--as", WORKER], WORKER_PASS + "\n", tmp
    )
    assert refused.returncode == 3
    assert refused.stderr == "csec: Only a supervisor can do that on this laptop.\n"
    installed = run_csec(
        ["instrument", "install", str(definition), *vault, "--as", SUPER], SUPER_PASS + "\n", tmp
    )
    assert installed.returncode == 0, installed.stderr
    assert installed.stdout.startswith(f"Installed {EXAMPLE_ID} 1.0.0 (county, sha256 ")
    assert installed.stderr == ""
    again = run_csec(
        ["instrument", "install", str(definition), *vault, "--as", SUPER], SUPER_PASS + "\n", tmp
    )
    assert again.returncode == 6 and "already available" in again.stderr

    listing = run_csec(
        ["instrument", "installed", *vault, "--as", WORKER, "--json"], WORKER_PASS + "\n", tmp
    )
    rows = {row["id"]: row for row in json.loads(listing.stdout)}
    assert rows[EXAMPLE_ID]["source"] == "county" and rows[EXAMPLE_ID]["installed_by"] == SUPER
    assert rows["holistic_needs"]["source"] == "shipped"
    check = run_csec(["instrument", "check-policy", *vault, "--as", SUPER], SUPER_PASS + "\n", tmp)
    assert check.returncode == 0, check.stderr


def test_export_a_shipped_instrument_to_start_from(tmp_path: Path) -> None:
    book = tmp_path / "start.xlsx"
    result = run_csec(["instrument", "export-xlsx", "holistic_needs", "-o", str(book)])
    assert result.returncode == 0, result.stderr
    back = run_csec(["instrument", "import-xlsx", str(book)])
    assert back.returncode == 0, back.stderr
    assert json.loads(book.with_suffix(".json").read_text("utf-8"))["id"] == "holistic_needs"
    broken = tmp_path / "broken.xlsx"
    broken.write_text("not a workbook", "utf-8")
    bad = run_csec(["instrument", "import-xlsx", str(broken)])
    assert bad.returncode == 6
    assert bad.stdout == ""
    assert bad.stderr == (
        f"csec: {broken}: not an Excel workbook (.xlsx) that can be read; nothing was written\n"
    )
    for name, content in (("notes.txt", b"plain text"), ("old.xls", b"\xd0\xcf\x11\xe0")):
        other = tmp_path / name
        other.write_bytes(content)
        refused = run_csec(["instrument", "import-xlsx", str(other)])
        assert refused.returncode == 6 and refused.stdout == ""
        assert refused.stderr.splitlines() == [
            f"csec: {other}: not an Excel workbook (.xlsx) that can be read; nothing was written"
        ]
    assert not broken.with_suffix(".json").exists()
