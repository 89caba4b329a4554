"""A staged county change with the root offline (issue 14 review), through the real ``csec``."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from .cli import run_csec

ADMIN, ADMIN_PASS = "county.admin", "county intake long phrase"
ROOT_PASS = "root phrase kept in the safe"
WORKER, WORKER_PASS = "kim.lee", "morning fog over the bay"
EVIL = "https://127.0.0.1:9"


def test_a_staged_service_change_is_shown_confirmed_and_named_on_the_laptop(
    tmp_path: Path,
) -> None:
    """Attack: with the root offline, an intake passphrase stages `set-service --url` to a
    service of its choosing; before, `root delegate` signed it without showing it, laptops
    installed it silently, and enroll/revoke failed until the root signed it. Now: set-service
    says its --out was NOT written; enrolling still works and carries the settings the root
    last signed (no service); `root delegate` lists the change and refuses without a typed yes
    or --yes; with --yes it names what it signed; the laptop's `device trust` refuses the
    changed service until a supervisor accepts it (`--accept-service-change`), then names it,
    and `sync status` shows it."""
    from csec_desktop.core.sync.trust import verify_trust
    from csec_desktop.core.vault.device_vault import DeviceVault
    from csec_desktop.core.vault.kdf import MINIMUM_PARAMS

    tmp = tmp_path / "tmp"
    tmp.mkdir()
    county, key_file = tmp_path / "county", tmp_path / "root.key"

    def csec(args: list[str], secrets: list[str]):  # type: ignore[no-untyped-def]
        return run_csec([*args, "--passphrase-stdin", "--json"], "\n".join(secrets) + "\n", tmp)

    def ok(args: list[str], secrets: list[str]) -> dict:
        done = csec(args, secrets)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    at_county = ["--county-dir", str(county), "--username", ADMIN]
    made = ok(["county", "init", *at_county, "--display-name", "Intake Desk", "--county-id",
               "alameda", "--county-name", "Alameda County"], [ADMIN_PASS])  # fmt: skip
    ok(["county", "root", "init", *at_county, "--key-file", str(key_file), "--out",
        str(tmp_path / "t2.trust")], [ADMIN_PASS, ROOT_PASS])  # fmt: skip

    staged_out = tmp_path / "staged.trust"
    staged = run_csec(["county", "set-service", *at_county, "--url", EVIL, "--out",
                       str(staged_out), "--passphrase-stdin"], ADMIN_PASS + "\n",
                      tmp)  # fmt: skip
    assert staged.returncode == 0, staged.stderr
    assert f"{staged_out} was NOT written" in staged.stdout and not staged_out.exists()

    data = tmp_path / "laptop"
    DeviceVault(data, kdf_params=MINIMUM_PARAMS).initialize(WORKER, "Kim", WORKER_PASS)[
        0
    ].sign_out()
    at_laptop = ["--data-dir", str(data), "--username", WORKER]
    request = tmp_path / "laptop.request"
    asked = ok(["device", "request", *at_laptop, "--out", str(request)], [WORKER_PASS])
    enrolled = tmp_path / "enrolled.trust"
    ok(["county", "enroll", *at_county, str(request), "--out", str(enrolled),
        "--expect-fingerprint", asked["fingerprint"].split(" (")[0]], [ADMIN_PASS])  # fmt: skip
    trust = verify_trust(enrolled.read_bytes(), None, None, datetime.now(UTC))
    assert trust.service is None  # the staged service waits for the root
    first = ok(["device", "trust", *at_laptop, str(enrolled), "--expect-fingerprint",
                made["root_fingerprint"]], [WORKER_PASS])  # fmt: skip
    assert first["enrolled"] and not first["service_changed"]

    delegated = tmp_path / "delegated.trust"
    base = ["county", "root", "delegate", *at_county, "--key-file", str(key_file), "--out",
            str(delegated)]  # fmt: skip
    refused = csec(base, [ADMIN_PASS, ROOT_PASS])
    assert refused.returncode == 2 and len(refused.stderr.splitlines()) == 1
    assert f"service address: (none) -> {EVIL}" in refused.stderr
    assert "--yes" in refused.stderr and not delegated.exists()
    signed = ok([*base, "--yes"], [ADMIN_PASS, ROOT_PASS])
    assert any(EVIL in line for line in signed["changes_signed"])

    unasked = run_csec(["device", "trust", *at_laptop, str(delegated), "--passphrase-stdin"],
                       WORKER_PASS + "\n", tmp)  # fmt: skip
    assert unasked.returncode == 5 and len(unasked.stderr.splitlines()) == 1
    assert f"Address: (none: bundles as files only) -> {EVIL}" in unasked.stderr
    assert "--accept-service-change" in unasked.stderr
    moved = run_csec(["device", "trust", *at_laptop, str(delegated), "--accept-service-change",
                      "--passphrase-stdin"], WORKER_PASS + "\n", tmp)  # fmt: skip
    assert moved.returncode == 0, moved.stderr
    assert f"SYNC SERVICE CHANGED: Address: (none: bundles as files only) -> {EVIL}" in moved.stdout
    status = run_csec(["sync", "status", *at_laptop, "--passphrase-stdin"],
                      WORKER_PASS + "\n", tmp)  # fmt: skip
    assert status.returncode == 0, status.stderr
    assert f"Sync service: {EVIL} (changed from none by trust file version" in status.stdout
