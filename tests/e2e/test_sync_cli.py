"""Laptops to county and back through the real ``csec`` command: enrollment, export, intake with
a possible duplicate across two laptops, receipts, inspection, and an export killed mid-write."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from csec_desktop.core.demo_seed import seed_caseload
from csec_desktop.core.desk import Desk
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.sync_service.service import SyncService
from csec_desktop.core.vault.device_vault import DeviceVault

from .cli import run_csec

ADMIN, ADMIN_PASS = "county.admin", "county intake long phrase"
WORKER, WORKER_PASS = "kim.lee", "morning fog over the bay"
SHARED_YOUTH = YouthProfile(
    legal_first_name="Jordan",
    legal_last_name="Alvarez",
    birth_date=date(2010, 5, 17),
    agency=Agency.CHILD_WELFARE,
)


def ok(args: list[str], secret: str, tmp: Path) -> dict:
    result = run_csec([*args, "--passphrase-stdin", "--json"], secret + "\n", tmp)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def laptop(root: Path, name: str, tmp: Path, youth: int) -> Path:
    """A laptop vault made by the CLI, with the shared youth and a small fictional caseload."""
    data = root / name
    ok(["vault", "init", "--data-dir", str(data), "--username", WORKER,
        "--display-name", "Kim Lee"], f"{WORKER_PASS}\n{WORKER_PASS}", tmp)  # fmt: skip
    session = DeviceVault(data).sign_in(WORKER, WORKER_PASS)
    desk = Desk(session)
    desk.open_caseload().add(SHARED_YOUTH)
    seed_caseload(desk.ctx, desk.registry, desk.policy.screening, youth, seed=ord(name))
    session.sign_out()
    return data


def enroll(data: Path, county: Path, root: Path, tmp: Path, county_fingerprint: str) -> dict:
    request = root / f"{data.name}.request"
    made = ok(["device", "request", "--data-dir", str(data), "--username", WORKER,
               "--out", str(request)], WORKER_PASS, tmp)  # fmt: skip
    trust = root / f"{data.name}.trust"
    enrolled = ok(["county", "enroll", "--county-dir", str(county), "--username", ADMIN,
                   str(request), "--out", str(trust), "--expect-fingerprint",
                   made["fingerprint"].split(" (")[0]], ADMIN_PASS, tmp)  # fmt: skip
    assert enrolled["fingerprint"] == made["fingerprint"]
    installed = ok(["device", "trust", "--data-dir", str(data), "--username", WORKER,
                    str(trust), "--expect-fingerprint", county_fingerprint],
                   WORKER_PASS, tmp)  # fmt: skip
    assert installed["enrolled"] and installed["device_fingerprint"] == made["fingerprint"]
    return installed


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("sync")
    tmp = root / "tmp"
    tmp.mkdir()
    county = root / "county"
    made = ok(["county", "init", "--county-dir", str(county), "--username", ADMIN,
               "--display-name", "Intake Desk", "--county-id", "alameda",
               "--county-name", "Alameda County"], ADMIN_PASS, tmp)  # fmt: skip
    laptop_a, laptop_b = laptop(root, "a", tmp, 6), laptop(root, "b", tmp, 2)
    for data in (laptop_a, laptop_b):
        fp = made["root_fingerprint"]
        assert enroll(data, county, root, tmp, fp)["county_fingerprint"] == fp
    return {"root": root, "tmp": tmp, "county": county, "a": laptop_a, "b": laptop_b}


def test_round_trip_with_a_youth_recorded_on_two_laptops(world: dict[str, Path]) -> None:
    tmp, county, out = world["tmp"], world["county"], world["root"] / "usb"
    out.mkdir()
    bundles = []
    for name in ("a", "b"):
        made = ok(["sync", "export", "--data-dir", str(world[name]), "--username", WORKER,
                   "--out", str(out)], WORKER_PASS, tmp)  # fmt: skip
        assert made["sequence"] == 1 and made["counts"]["youth"] >= 1
        bundles.append(made)
    shown = run_csec(["bundle", "inspect", bundles[0]["path"], "--trust",
                      str(world["root"] / "a.trust"), "--json"], tmpdir=tmp)  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    inspected = json.loads(shown.stdout)
    assert inspected["signature_checked"] and inspected["bundle_hash"] == bundles[0]["bundle_hash"]
    assert "Jordan" not in shown.stdout  # the manifest carries no personal data

    imported = ok(["county", "import", "--county-dir", str(county), "--username", ADMIN,
                   bundles[1]["path"], bundles[0]["path"]], ADMIN_PASS, tmp)  # fmt: skip
    assert not imported["failed"]
    assert [r["status"] for r in imported["imported"]] == ["imported", "imported"]
    flagged = sum(r["possible_duplicates"] for r in imported["imported"])
    for result, bundle in zip(
        sorted(imported["imported"], key=lambda r: r["bundle_hash"]),
        sorted(bundles, key=lambda b: b["bundle_hash"]),
        strict=True,
    ):
        assert result["counts"] == {"accepted": bundle["records"]}

    report = ok(["county", "report", "--county-dir", str(county), "--username", ADMIN],
                ADMIN_PASS, tmp)  # fmt: skip
    assert report["possible_duplicates_open"] == flagged >= 1
    reasons = [pair["reason"] for pair in report["possible_duplicate_pairs"]]
    assert "same name, same birth date" in reasons
    # Nothing merged: the shared youth is there twice, once from each laptop.
    assert report["youth"] == bundles[0]["counts"]["youth"] + bundles[1]["counts"]["youth"]
    assert report["conflicts_open"] == 0

    # A person reviews the flagged pair side by side and decides: the same youth. Nothing is
    # merged; the report then counts the two records as one youth.
    base = ["--county-dir", str(county), "--username", ADMIN]
    listing = ok(["county", "duplicates", "list", *base], ADMIN_PASS, tmp)
    pair = next(p for p in listing["pairs"] if p["reason"] == "same name, same birth date")
    assert pair["youth"]["device_id"] != pair["other_youth"]["device_id"]
    assert pair["youth"]["birth_date"] == pair["other_youth"]["birth_date"]
    shown = run_csec(["county", "duplicates", "list", *base, "--passphrase-stdin"],
                     stdin=ADMIN_PASS + "\n", tmpdir=tmp)  # fmt: skip
    assert shown.returncode == 0 and shown.stderr == ""
    assert "Jordan" in shown.stdout and "Decide: csec county duplicates decide" in shown.stdout
    refused = run_csec(["county", "duplicates", "decide", *base, "--passphrase-stdin",
                        pair["youth_id"], pair["youth_id"], "--different", "--note", "typo"],
                       stdin=ADMIN_PASS + "\n", tmpdir=tmp)  # fmt: skip
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    assert "not a flagged pair" in refused.stderr and "Jordan" not in refused.stderr
    decided = ok(["county", "duplicates", "decide", *base, pair["youth_id"],
                  pair["other_youth_id"], "--same-youth",
                  "--note", "same birth date and placement"], ADMIN_PASS, tmp)  # fmt: skip
    assert decided["status"] == "same_youth" and decided["decided_by"] == ADMIN
    after = ok(["county", "report", *base], ADMIN_PASS, tmp)
    assert after["youth"] == report["youth"] - 1
    assert after["possible_duplicates_open"] == report["possible_duplicates_open"] - 1

    receipt = Path(bundles[0]["path"]).with_name(Path(bundles[0]["path"]).stem + ".receipt.json")
    applied = ok(["sync", "receipt", "--data-dir", str(world["a"]), "--username", WORKER,
                  str(receipt)], WORKER_PASS, tmp)  # fmt: skip
    assert applied["counts"] == {"accepted": bundles[0]["records"]}
    assert len(applied["records"]) == bundles[0]["records"]
    assert all(r["record_id"] and r["fate"] == "accepted" for r in applied["records"])
    assert not applied["already_applied"]
    status = ok(["sync", "status", "--data-dir", str(world["a"]), "--username", WORKER],
                WORKER_PASS, tmp)  # fmt: skip
    assert sum(status["pending"].values()) == 0 and status["awaiting_receipt"] == 0

    # A receipt for laptop A's bundle means nothing to laptop B.
    refused = run_csec(["sync", "receipt", "--data-dir", str(world["b"]), "--username", WORKER,
                        str(receipt), "--passphrase-stdin"], WORKER_PASS + "\n", tmp)  # fmt: skip
    assert refused.returncode != 0
    assert refused.stderr.count("\n") == 1 and "did not send" in refused.stderr


def test_a_bad_bundle_is_one_line_and_the_others_still_import(world: dict[str, Path]) -> None:
    tmp, folder = world["tmp"], world["root"] / "bad"
    folder.mkdir()
    junk = folder / "junk.csb"
    junk.write_bytes(b"\x89CSEC-B1\r\n\x1a\n" + b"\x00" * 7)
    result = run_csec(["county", "import", "--county-dir", str(world["county"]), "--username",
                       ADMIN, str(junk), "--passphrase-stdin"], ADMIN_PASS + "\n", tmp)  # fmt: skip
    assert result.returncode != 0
    assert result.stderr.startswith("csec: junk.csb: ") and result.stderr.count("\n") == 1
    assert not list(folder.glob("*.receipt.json"))


def test_an_export_killed_mid_write_leaves_no_bundle_and_reuses_no_number(
    world: dict[str, Path],
) -> None:
    tmp, data, out = world["tmp"], world["b"], world["root"] / "killed"
    out.mkdir()
    session = DeviceVault(data).sign_in(WORKER, WORKER_PASS)
    desk = Desk(session)
    seed_caseload(desk.ctx, desk.registry, desk.policy.screening, 150, seed=99)
    # The numbers this test expects follow whatever this laptop sent before (other tests of
    # the module may or may not have exported from it first).
    last = SyncService(session).status().last_export_sequence or 0
    session.sign_out()
    env = dict(os.environ, TMPDIR=str(tmp))
    proc = subprocess.Popen(
        [sys.executable, "-m", "csec_desktop", "sync", "export", "--data-dir", str(data),
         "--username", WORKER, "--out", str(out), "--passphrase-stdin"],
        stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
    )  # fmt: skip
    assert proc.stdin is not None
    proc.stdin.write((WORKER_PASS + "\n").encode())
    proc.stdin.close()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and proc.poll() is None:
        if any(p.name.endswith(".tmp") for p in out.iterdir()):
            break  # the bundle is being written under its temporary name: kill now
        time.sleep(0.0005)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    finals = sorted(out.glob("*.csb"))
    if proc.returncode == -signal.SIGKILL:
        assert finals == []  # never a partial file under the final name
    again = ok(["sync", "export", "--data-dir", str(data), "--username", WORKER,
                "--out", str(out)], WORKER_PASS, tmp)  # fmt: skip
    if proc.returncode == -signal.SIGKILL:
        # ``last + 1`` was reserved by the killed run and is never used again.
        assert again["sequence"] == last + 2
        assert again["skipped"] == [last + 1]
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]
    imported = ok(["county", "import", "--county-dir", str(world["county"]), "--username", ADMIN,
                   again["path"]], ADMIN_PASS, tmp)  # fmt: skip
    (result,) = imported["imported"]
    assert result["status"] == "imported"
    if proc.returncode == -signal.SIGKILL:
        assert "skipped after an interrupted export" in result["note"]


def test_a_missing_receipt_folder_is_refused_before_anything_is_imported(
    world: dict[str, Path],
) -> None:
    tmp, out = world["tmp"], world["root"] / "receipt-check"
    out.mkdir()
    session = DeviceVault(world["a"]).sign_in(WORKER, WORKER_PASS)
    Desk(session).open_caseload().add(
        SHARED_YOUTH.model_copy(update={"legal_first_name": "Jordana"})
    )
    session.sign_out()
    made = ok(["sync", "export", "--data-dir", str(world["a"]), "--username", WORKER,
               "--out", str(out)], WORKER_PASS, tmp)  # fmt: skip
    missing = world["root"] / "no-such-folder"
    refused = run_csec(["county", "import", "--county-dir", str(world["county"]), "--username",
                        ADMIN, made["path"], "--receipt-dir", str(missing), "--passphrase-stdin"],
                       ADMIN_PASS + "\n", tmp)  # fmt: skip
    assert refused.returncode == 2
    assert refused.stderr == (
        f"csec: the receipt folder {missing} does not exist; nothing was imported\n"
    )
    assert refused.stdout == ""
    imported = ok(["county", "import", "--county-dir", str(world["county"]), "--username", ADMIN,
                   made["path"], "--receipt-dir", str(out)], ADMIN_PASS, tmp)  # fmt: skip
    (result,) = imported["imported"]
    assert result["status"] == "imported"  # not "duplicate": the refused run committed nothing
    assert Path(result["receipt"]).parent == out


def test_first_trust_install_needs_the_typed_county_fingerprint(world: dict[str, Path]) -> None:
    """Attack (finding 5): `csec device trust` used to pin whatever root the file named. Now the
    first install without `--expect-fingerprint`, or with a fingerprint that is not the file's
    root, exits with one clear line and pins nothing; a swapped request at the county is
    refused the same way."""
    root, tmp, county = world["root"], world["tmp"], world["county"]
    data = laptop(root, "c", tmp, 0)
    request = root / "c.request"
    made = ok(["device", "request", "--data-dir", str(data), "--username", WORKER,
               "--out", str(request)], WORKER_PASS, tmp)  # fmt: skip
    trust = root / "c.trust"
    wrong = run_csec(["county", "enroll", "--county-dir", str(county), "--username", ADMIN,
                      str(request), "--out", str(trust), "--passphrase-stdin",
                      "--expect-fingerprint", "3F2A 9C01 0000 0000 0000 0000 0000 0000"],
                     ADMIN_PASS + "\n", tmp)  # fmt: skip
    assert wrong.returncode != 0 and not trust.exists()
    assert "not the fingerprint of the laptop's key" in wrong.stderr
    enroll_args = ["county", "enroll", "--county-dir", str(county), "--username", ADMIN,
                   str(request), "--out", str(trust),
                   "--expect-fingerprint", made["fingerprint"]]  # fmt: skip
    ok(enroll_args, ADMIN_PASS, tmp)
    base = ["device", "trust", "--data-dir", str(data), "--username", WORKER, str(trust),
            "--passphrase-stdin"]  # fmt: skip
    for extra, says in (
        ([], "Type the fingerprint"),
        (["--expect-fingerprint", "lusab-babad-" * 4], "not the fingerprint"),
    ):
        refused = run_csec([*base, *extra], WORKER_PASS + "\n", tmp)
        assert refused.returncode != 0 and says in refused.stderr
        assert "Traceback" not in refused.stderr and len(refused.stderr.splitlines()) == 1
    status = ok(["sync", "status", "--data-dir", str(data), "--username", WORKER],
                WORKER_PASS, tmp)  # fmt: skip
    assert status["county_name"] is None


def test_a_folder_given_as_the_receipt_file_is_one_clear_line(tmp_path: Path) -> None:
    """`csec sync receipt DIR` (a folder instead of the receipt file) says so in one line,
    with no system error or traceback, before anything is opened."""
    result = run_csec(["sync", "receipt", str(tmp_path), "--data-dir", str(tmp_path / "data"),
                       "--username", WORKER, "--passphrase-stdin"], WORKER_PASS + "\n",
                      tmp_path)  # fmt: skip
    assert result.returncode != 0
    assert result.stderr.strip().endswith("is a folder; give the receipt file inside it")
    assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr


def test_a_bad_receipt_names_its_file_and_a_laptop_without_a_request_says_so(
    world: dict[str, Path],
) -> None:
    """A receipt whose content is wrong is one line naming the file (as a county import names
    its bundle); a trust file installed before any enrollment request says the laptop has no
    fingerprint yet and how to make one, instead of "None"."""
    root, tmp = world["root"], world["tmp"]
    for name, content in (("junk.json", b"not json"), ("empty.json", b"{}")):
        (root / name).write_bytes(content)
        result = run_csec(["sync", "receipt", str(root / name), "--data-dir", str(world["b"]),
                           "--username", WORKER, "--passphrase-stdin"], WORKER_PASS + "\n",
                          tmp)  # fmt: skip
        assert result.returncode != 0
        assert result.stderr.startswith(f"csec: {name}: receipt "), result.stderr
        assert len(result.stderr.splitlines()) == 1 and "Traceback" not in result.stderr
    fresh = laptop(root, "e", tmp, 0)
    county_fp = ok(["sync", "status", "--data-dir", str(world["a"]), "--username", WORKER],
                   WORKER_PASS, tmp)["county_fingerprint"]  # fmt: skip
    shown = run_csec(["device", "trust", "--data-dir", str(fresh), "--username", WORKER,
                      str(root / "a.trust"), "--expect-fingerprint", county_fp,
                      "--passphrase-stdin"], WORKER_PASS + "\n", tmp)  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    assert "This laptop's fingerprint: none yet (write an enrollment request" in shown.stdout
    assert "None" not in shown.stdout
