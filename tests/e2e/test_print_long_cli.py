"""``csec print`` of a record whose every free text is at its maximum length: a PDF, never
"internal error" (ReportLab's LayoutError used to end every copy with 5,000 characters of
notes)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from csec_desktop.core.records.youth import Agency, YouthProfile
from tests.core.reports.printing_case import build_case
from tests.e2e.cli import run_csec

PASS = "morning fog over the bay\n"


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    root = tmp_path_factory.mktemp("printlong")
    case = build_case(
        root,
        YouthProfile(legal_first_name="Hồng", legal_last_name="Nguyễn", agency=Agency.PROBATION),
        long=True,
    )
    case.session.sign_out()
    return root / "data", case


@pytest.mark.parametrize("audience", ["case", "youth"])
def test_print_of_maximum_length_text_writes_a_pdf(vault, tmp_path, audience):
    data_dir, case = vault
    out = tmp_path / f"{audience}.pdf"
    result = run_csec(
        ["print", case.needs_id, "--data-dir", str(data_dir), "--username", "kim.lee",
         "--passphrase-stdin", "--audience", audience, "--out", str(out), "--json"],
        stdin=PASS,
        tmpdir=tmp_path,
        timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "internal error" not in result.stderr
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) > 5
    assert "Nguyễn" in reader.pages[0].extract_text() or audience == "youth"
