"""``csec print-day`` on a laptop in America/Los_Angeles covers the 25 hours of 2025-11-02."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tests.core.reports.test_local_days import build_days, laptop_zone
from tests.e2e.cli import run_csec

PASS = "morning fog over the bay\n"


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    root = tmp_path_factory.mktemp("printday")
    with laptop_zone("America/Los_Angeles"):
        days = build_days(root, tz=None)
    days.session.sign_out()
    return root / "data", days


def print_day(data_dir, day, out, monkeypatch):
    monkeypatch.setenv("TZ", "America/Los_Angeles")  # the laptop's zone, for the subprocess
    return run_csec(
        ["print-day", day, "--data-dir", str(data_dir), "--username", "kim.lee",
         "--passphrase-stdin", "--audience", "mdt", "--out", str(out), "--json"],
        stdin=PASS,
    )  # fmt: skip


def test_print_day_includes_the_screening_received_at_2330_on_the_25_hour_day(
    vault, tmp_path, monkeypatch
):
    data_dir, _days = vault
    out = tmp_path / "day.pdf"
    result = print_day(data_dir, "2025-11-02", out, monkeypatch)
    assert result.returncode == 0, result.stderr
    assert '"summaries": 3' in result.stdout
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages).split()
    )
    assert "November 2, 2025, 11:30 PM PST" in text
    assert "November 2, 2025, 1:30 AM PDT" in text and "November 2, 2025, 1:30 AM PST" in text


def test_print_day_on_a_day_with_nothing_says_so(vault, tmp_path, monkeypatch):
    data_dir, _days = vault
    result = print_day(data_dir, "2025-11-03", tmp_path / "none.pdf", monkeypatch)
    assert result.returncode != 0
    assert "no completed screenings were received on 2025-11-03" in result.stderr
    assert "internal error" not in result.stderr
