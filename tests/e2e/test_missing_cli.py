"""``csec missing`` and ``csec duties`` in a subprocess: the clocks start from the time given."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from csec_desktop.core.desk import Desk
from csec_desktop.core.records.youth import Agency, LegalStatus, YouthProfile
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from tests.e2e.cli import run_csec

PASS = "morning fog over the bay"


def _vault(root: Path) -> str:
    vault = DeviceVault(root, kdf_params=MINIMUM_PARAMS)
    session, _ = vault.initialize("kim.lee", "Kim Lee", PASS)
    caseload = Desk(session).open_caseload()
    youth = caseload.add(
        YouthProfile(
            legal_first_name="Ana",
            legal_last_name="Cruz",
            birth_date=date(2012, 2, 2),
            agency=Agency.PROBATION,
            legal_status=LegalStatus.WARD,
        )
    )
    session.sign_out()
    return youth.id


def csec(data: Path, *args: str) -> tuple[int, str, str]:
    base = [*args, "--data-dir", str(data), "--username", "kim.lee", "--passphrase-stdin"]
    result = run_csec([*base, "--json"], stdin=PASS + "\n")
    return result.returncode, result.stdout, result.stderr


def test_a_missing_ward_gets_the_24_hour_duties_from_the_time_learned(tmp_path: Path) -> None:
    data = tmp_path / "data"
    youth_id = _vault(data)
    learned = (datetime.now(UTC) - timedelta(hours=5)).replace(microsecond=0)
    code, out, err = csec(
        data, "missing", "report", youth_id, "--learned-at", learned.isoformat(),
        "--learned-by", "Night supervisor",
    )  # fmt: skip
    assert code == 0, err
    reported = json.loads(out)
    due = {d["duty"]: d["due_at"] for d in reported["duties"]}
    expected = (learned + timedelta(hours=24)).strftime("%Y-%m-%dT%H:%M:%S")
    assert due["missing_law_enforcement_ncmec"].startswith(expected)
    episode = reported["episode_id"]
    code, out, err = csec(
        data, "missing", "notice", episode, "--party", "law_enforcement", "--at",
        datetime.now(UTC).isoformat(),
    )  # fmt: skip
    assert code != 0 and err.strip() == "csec: Give the report number." and out == ""
    early = (learned - timedelta(hours=1)).isoformat()  # before the youth was known missing
    code, out, err = csec(data, "missing", "notice", episode, "--party", "law_enforcement",
                          "--at", early, "--ref", "LE-1")  # fmt: skip
    assert code != 0 and out == ""
    assert err.startswith("csec: A notice cannot be made before you learned the youth was missing")
    told = (learned + timedelta(hours=1)).isoformat()
    code, out, err = csec(data, "missing", "notice", episode, "--party", "law_enforcement",
                          "--at", told, "--ref", "LE-1")  # fmt: skip
    assert code == 0, err
    code, out, err = csec(data, "missing", "notice", episode, "--party", "law_enforcement",
                          "--at", datetime.now(UTC).isoformat(), "--ref", "LE-2")  # fmt: skip
    assert code != 0 and "already recorded as told" in err and "ref LE-1" in err
    code, out, err = csec(data, "missing", "report", youth_id, "--learned-at", "yesterday",
                          "--learned-by", "x")  # fmt: skip
    assert code == 2 and "not an ISO 8601 time" in err
    code, out, err = csec(data, "duties")
    assert code == 0, err
    listed = {row["duty"] for row in json.loads(out)}
    assert {"missing_law_enforcement_ncmec", "missing_notify_family"} <= listed
    assert "Ana" not in out and "Cruz" not in out  # ids only, never names
