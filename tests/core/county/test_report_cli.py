"""``csec county report --from --to`` as an analyst runs it: the JSON, the CSV and the printed
PDF carry the same numbers as the report the scenario suite checks, hold no name, and a bad
date is one clear line."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from csec_desktop.cli.main import main as csec_main
from csec_desktop.core.county.period_report import ReportSettings, build_period_report
from csec_desktop.core.county.report_period import Period
from tests.core.county.test_report_scenarios import EXPECTED, _story
from tests.core.sync_service.world import make_world

COUNTY_PASS = "county intake long phrase"


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], *args: str):
    monkeypatch.setattr("sys.stdin", io.StringIO(COUNTY_PASS + "\n"))
    code = csec_main(["county", "report", *args, "--username", "county.admin",
                      "--passphrase-stdin"])  # fmt: skip
    out = capsys.readouterr()
    return code, out.out, out.err


def test_json_csv_and_pdf_show_the_same_march_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    world = make_world(tmp_path)
    try:
        _story(world)
        direct = build_period_report(
            world.county_db, Period.of(date(2026, 3, 1), date(2026, 3, 31)), ReportSettings()
        )
    finally:
        world.close()
    county = ["--county-dir", str(tmp_path / "county"), "--from", "2026-03-01", "--to",
              "2026-03-31"]  # fmt: skip
    pdf = tmp_path / "march.pdf"
    code, out, err = _run(monkeypatch, capsys, *county, "--json", "--pdf", str(pdf))
    assert code == 0 and err == ""
    shown = json.loads(out)
    assert shown["report"] == json.loads(json.dumps(direct))
    assert shown["report"]["wic_16501_45"] == EXPECTED["wic_16501_45"]
    assert "exploited_in_care" not in shown  # the old all-time counts are gone

    code, out, err = _run(monkeypatch, capsys, *county, "--csv")
    rows = list(csv.reader(io.StringIO(out)))
    assert code == 0 and rows[0] == ["section", "measure", "child welfare", "probation", "total"]
    assert [
        "WIC 16501.45, youth in foster care, in the period", "exploited while missing",
        "1", "0", "1",
    ] in rows  # fmt: skip
    assert ["Breakdown by age band", "in care: 18 to 21", "", "", "suppressed"] in rows

    code, out, err = _run(monkeypatch, capsys, *county)  # the console: the same table
    assert code == 0 and err == ""
    assert "WIC 16501.45, youth not in foster care, as of 2026-03-31" in out
    line = next(x for x in out.splitlines() if x.strip().startswith("exploited while in care"))
    assert line.split()[-3:] == ["2", "1", "3"]
    assert "Possible duplicate youth to review: 0" in out

    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "exploited while missing" in text and "Missing from care" in text
    assert "suppressed*" in text and "<11" not in text and "Alameda County" in text
    for secret in ("Rivera", "Kim Lee", "county.admin"):
        assert secret not in text and secret not in out

    with pytest.raises(SystemExit) as refused:
        _run(monkeypatch, capsys, *county[:-1], "March")
    err = capsys.readouterr().err
    assert refused.value.code == 2 and err.count("\n") == 1 and "'March' is not a date" in err
    code, out, err = _run(monkeypatch, capsys, *county[:4])
    assert code != 0 and "give both --from and --to" in err and err.count("\n") == 1

    # One line each, exit 2, nothing computed: an "as of" day outside the period or in the
    # future, a period reaching past today, two output formats at once.
    for bad, said in (
        (["--as-of", "2026-04-02"], "--as-of must be on or before --to"),
        (["--as-of", "2999-01-01"], "--as-of 2999-01-01 is in the future"),
        (["--to", "2999-01-01"], "--to 2999-01-01 is in the future"),
        (["--json", "--csv"], "give one of --json and --csv, not both"),
    ):
        code, out, err = _run(monkeypatch, capsys, *county, *bad)
        assert (code, out) == (2, "") and said in err and err.count("\n") == 1, bad
    # A period with no report made says so in words, not a blank.
    code, out, err = _run(monkeypatch, capsys, *county[:2], "--from", "2026-01-01", "--to",
                          "2026-01-31", "--csv")  # fmt: skip
    assert ["Reporting duties", "median hours to report", "", "", "none reported"] in list(
        csv.reader(io.StringIO(out))
    )
