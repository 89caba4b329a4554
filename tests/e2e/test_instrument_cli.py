"""``csec instrument …`` in real subprocesses, as a county script would run it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted(
    p for p in (ROOT / "resources" / "instruments").glob("*/*.json") if ".cases." not in p.name
)


def csec(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "csec_desktop", "instrument", *args],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


def test_list_shows_the_shipped_instruments() -> None:
    result = csec("list")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 4
    assert lines[0].split()[:3] == ["csec_identification", "1.2.0", "screening"]
    assert lines[0].endswith("CSEC identification screen")


def test_list_json_in_spanish() -> None:
    result = csec("list", "--json", "--lang", "es")
    rows = json.loads(result.stdout)
    by_id = {row["id"]: row for row in rows}
    assert by_id["return_from_missing_debrief"]["kind"] == "debrief"
    assert by_id["holistic_needs"]["title"] == "Evaluación integral de necesidades"
    assert all(len(row["content_hash"]) == 64 for row in rows)


def test_validate_shipped_files_is_ok() -> None:
    result = csec("validate", *map(str, SHIPPED))
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(SHIPPED) == 9  # every version shipped: 1.0.0, 1.1.0 of four; 1.2.0 of one
    assert [line.split()[0] for line in result.stdout.splitlines()] == ["OK"] * 9
    assert result.stderr == ""


def test_validate_reports_every_problem_with_its_place(tmp_path: Path) -> None:
    data = json.loads(SHIPPED[0].read_text("utf-8"))  # the full identification screen
    data["id"] = "county_screen"
    data["rules"][0]["when"] = 'flagged("exchange", 2) >= 1 or ex_disclosed.real'
    del data["sections"][1]["items"][1]["label"]["es"]
    data["sections"][2]["items"][0]["relevant"] = "ctl_fear == 1"
    data["sections"][2]["items"][2]["relevant"] = "ctl_third_party == 1"
    bad = tmp_path / "county.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    result = csec("validate", str(bad))
    assert result.returncode == 6
    assert result.stdout.splitlines() == [
        f"{bad}:ex_evidence: label: Spanish text (es) is missing",
        f"{bad}:exchange_identified: when: column 44: "
        "'.' (attribute access) is not part of the expression grammar",
        f"{bad}:ctl_third_party: relevant: skip logic cycle "
        "ctl_third_party -> ctl_fear -> ctl_third_party",
    ]
    assert result.stderr == "csec: 3 problem(s) in 1 of 1 file(s)\n"


def test_validate_json_and_a_missing_file(tmp_path: Path) -> None:
    brief = ROOT / "resources" / "instruments" / "csec_identification_brief" / "1.0.0.json"
    result = csec("validate", "--json", str(brief))
    report = json.loads(result.stdout)
    assert report[0]["ok"] is True and report[0]["id"] == "csec_identification_brief"
    missing = csec("validate", str(tmp_path / "nope.json"))
    assert missing.returncode == 2
    assert missing.stderr == f"csec: {tmp_path / 'nope.json'}: no such file\n"


def test_validate_a_file_that_is_not_json(tmp_path: Path) -> None:
    bad = tmp_path / "notes.json"
    bad.write_text("id: screen\n", encoding="utf-8")
    result = csec("validate", str(bad))
    assert result.returncode == 6
    assert result.stdout.startswith(f"{bad}:definition: not valid JSON (line 1 column 1")


def test_schema_describes_the_definition_format() -> None:
    result = csec("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"].endswith("2020-12/schema")
    assert set(schema["required"]) >= {"format", "id", "version", "kind", "sections", "bands"}
    item = schema["$defs"]["Item"]
    assert item["additionalProperties"] is False
    assert "concern_rating" in json.dumps(schema["$defs"]["ItemKind"])


def test_test_command_passes_the_shipped_cases_and_fails_with_a_diff(tmp_path: Path) -> None:
    for definition in SHIPPED:
        cases = definition.with_name(definition.name.replace(".json", ".cases.json"))
        result = csec("test", str(definition), str(cases))
        assert result.returncode == 0, result.stdout + result.stderr
        assert result.stdout.splitlines()[-1].startswith("All ")
    data = json.loads(cases.read_text("utf-8"))
    data["cases"][0]["expect"]["band"] = data["cases"][0]["expect"]["band"] + "_not"
    broken = tmp_path / "broken.cases.json"
    broken.write_text(json.dumps(data), "utf-8")
    result = csec("test", str(definition), str(broken))
    assert result.returncode == 6
    lines = result.stdout.splitlines()
    assert lines[0] == f"FAIL {data['cases'][0]['name']}"
    assert lines[1].startswith("    band: expected '")
    assert result.stderr.startswith("csec: 1 of ")
