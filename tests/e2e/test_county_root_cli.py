"""Finding 6 of the security review: the county root offline, through the real ``csec``."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from csec_desktop.core.county.authority import CountyAuthority
from csec_desktop.core.county.root_key import read_root_key
from csec_desktop.core.county.store import CountyVault
from csec_desktop.core.sync.keys import CountyKeys, key_id, private_bytes
from csec_desktop.core.sync.trust import make_trust

from .cli import run_csec

ADMIN, ADMIN_PASS = "county.admin", "county intake long phrase"
ROOT_PASS = "root phrase kept in the safe"
WORKER, WORKER_PASS = "kim.lee", "morning fog over the bay"


def ok(args: list[str], secrets: list[str], tmp: Path) -> dict:
    result = run_csec([*args, "--passphrase-stdin", "--json"], "\n".join(secrets) + "\n", tmp)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_an_intake_passphrase_no_longer_reaches_the_county_root(tmp_path: Path) -> None:
    """Attack: a person with an intake account's passphrase opens the county store to take
    the root key, or uses what intake holds (the delegate key and the root's delegation) to
    sign a trust file that swaps the county's encryption key for their own. After `csec
    county root init` the store holds no root key (it is only in the offline key file, under
    the root passphrase); enrolling a laptop still works (the trust file is signed by the
    delegate key, checked against the pinned root); the forged trust file is refused by the
    laptop even when its supervisor accepts a key change; a wrong root passphrase opens
    nothing."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    county, key_file = tmp_path / "county", tmp_path / "county-root.key"
    made = ok(["county", "init", "--county-dir", str(county), "--username", ADMIN,
               "--display-name", "Intake Desk", "--county-id", "alameda",
               "--county-name", "Alameda County"], [ADMIN_PASS], tmp)  # fmt: skip
    offline = ok(["county", "root", "init", "--county-dir", str(county), "--username", ADMIN,
                  "--key-file", str(key_file), "--out", str(tmp_path / "t2.trust")],
                 [ADMIN_PASS, ROOT_PASS], tmp)  # fmt: skip
    assert offline["root_fingerprint"] == made["root_fingerprint"]
    root = read_root_key(key_file, ROOT_PASS)

    session = CountyVault(county).sign_in(ADMIN, ADMIN_PASS)
    try:
        authority = CountyAuthority(session.db, session.audit, ADMIN)
        stored = session.db.execute("SELECT private_keys FROM county_authority").fetchone()[0]
        assert private_bytes(root) not in bytes(stored)
        assert key_id(authority.keys.root.public_key()) != key_id(root.public_key())
        assert key_id(authority.root_public) == key_id(root.public_key())
        now = datetime.now(UTC).replace(microsecond=0)
        held = authority.keys
        attacker = CountyKeys(held.root, held.receipt, X25519PrivateKey.generate())
        forged = make_trust(
            attacker, county_id="alameda", county_name="Alameda County",
            devices=authority.devices(), policy=authority.policy, version=99,
            issued_at=now, expires=now + timedelta(days=30),
            root_public=authority.root_public, delegation=authority.delegation,
        )  # fmt: skip
    finally:
        session.sign_out()

    data = tmp_path / "laptop"
    ok(["vault", "init", "--data-dir", str(data), "--username", WORKER,
        "--display-name", "Kim Lee"], [WORKER_PASS, WORKER_PASS], tmp)  # fmt: skip
    request = tmp_path / "laptop.request"
    asked = ok(["device", "request", "--data-dir", str(data), "--username", WORKER,
                "--out", str(request)], [WORKER_PASS], tmp)  # fmt: skip
    trust = tmp_path / "laptop.trust"
    ok(["county", "enroll", "--county-dir", str(county), "--username", ADMIN, str(request),
        "--out", str(trust), "--expect-fingerprint", asked["fingerprint"].split(" (")[0]],
       [ADMIN_PASS], tmp)  # fmt: skip
    installed = ok(["device", "trust", "--data-dir", str(data), "--username", WORKER,
                    str(trust), "--expect-fingerprint", made["root_fingerprint"]],
                   [WORKER_PASS], tmp)  # fmt: skip
    assert installed["enrolled"]

    (tmp_path / "forged.trust").write_bytes(forged)
    refused = run_csec(["device", "trust", "--data-dir", str(data), "--username", WORKER,
                        str(tmp_path / "forged.trust"), "--accept-key-change",
                        "--passphrase-stdin"], WORKER_PASS + "\n", tmp)  # fmt: skip
    assert refused.returncode != 0, refused.stdout
    assert "only the county root may change" in refused.stderr
    assert len(refused.stderr.splitlines()) == 1

    secrets = f"{ADMIN_PASS}\nnot the root phrase\n"
    wrong = run_csec(["county", "root", "delegate", "--county-dir", str(county), "--username",
                      ADMIN, "--key-file", str(key_file), "--out", str(tmp_path / "t9.trust"),
                      "--passphrase-stdin"], secrets, tmp)  # fmt: skip
    assert wrong.returncode != 0 and "root passphrase does not open" in wrong.stderr
    assert not (tmp_path / "t9.trust").exists()
    again = ok(["county", "root", "delegate", "--county-dir", str(county), "--username", ADMIN,
                "--key-file", str(key_file), "--out", str(tmp_path / "t4.trust")],
               [ADMIN_PASS, ROOT_PASS], tmp)  # fmt: skip
    ok(["device", "trust", "--data-dir", str(data), "--username", WORKER,
        str(tmp_path / "t4.trust")], [WORKER_PASS], tmp)  # fmt: skip
    assert again["trust_version"] > installed.get("trust_version", 0)


@pytest.mark.parametrize("name", ["Alameda\x07County", "Alameda \u202eytnuoC"])
def test_a_refused_county_name_writes_nothing(tmp_path: Path, name: str) -> None:
    """`csec county init` with a control character in the county name wrote county.db and
    county.keys, then failed on the trust file: a store that could be neither used nor made
    again. Every input is now checked first; the message names `--county-name`, and an
    invisible direction override (U+202E, which makes shown text read backwards) is refused
    like a control character."""
    county = tmp_path / "county"
    done = run_csec(["county", "init", "--county-dir", str(county), "--username", ADMIN,
                     "--display-name", "Intake Desk", "--county-id", "alameda", "--county-name",
                     name, "--passphrase-stdin"], ADMIN_PASS + "\n", tmp_path)  # fmt: skip
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    assert "--county-name: The county name contains control or invisible" in done.stderr
    assert "Nothing was written." in done.stderr and "trust file" not in done.stderr
    assert not county.exists() or not any(county.iterdir())
