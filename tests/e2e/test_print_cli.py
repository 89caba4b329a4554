"""``csec print`` and ``csec print-day`` in a subprocess with its own temp folder."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.core.reports.conftest import CANARY_MINOR_CONSENT, CANARY_SAFETY, build
from tests.e2e.cli import run_csec, scan_for

PASS = "morning fog over the bay\n"


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    root = tmp_path_factory.mktemp("printcli")
    fixture = build(root)
    fixture.session.sign_out()
    return root / "data", fixture


def _text(pdf: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    if password:
        assert reader.decrypt(password) != 0
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def test_print_with_password_writes_only_the_encrypted_pdf(vault, tmp_path):
    data_dir, fixture = vault
    out_dir, temp = tmp_path / "out", tmp_path / "tmp"
    out_dir.mkdir()
    temp.mkdir()
    out = out_dir / "summary.pdf"
    result = run_csec(
        [
            "print",
            fixture.needs_id,
            "--data-dir",
            str(data_dir),
            "--username",
            "kim.lee",
            "--passphrase-stdin",
            "--audience",
            "case",
            "--out",
            str(out),
            "--password-stdin",
            "--json",
        ],
        stdin=PASS + "copper-kettle-93\n",
        tmpdir=temp,
    )
    assert result.returncode == 0, result.stderr
    assert '"encrypted": true' in result.stdout
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert reader.trailer["/Encrypt"]["/R"] == 6 and reader.trailer["/Encrypt"]["/V"] == 5
    assert reader.decrypt("wrong-password") == 0
    assert CANARY_MINOR_CONSENT in _text(out.read_bytes(), "copper-kettle-93")
    assert [p.name for p in out_dir.iterdir()] == ["summary.pdf"]
    assert list(temp.rglob("*.pdf")) == []
    assert scan_for(CANARY_MINOR_CONSENT, temp, out_dir) == []  # only inside the encrypted PDF


def test_print_youth_copy_and_caregiver_copy_leave_sensitive_answers_out(vault, tmp_path):
    data_dir, fixture = vault
    for audience in ("youth", "caregiver"):
        out = tmp_path / f"{audience}.pdf"
        result = run_csec(
            [
                "print",
                fixture.screening_id,
                "--data-dir",
                str(data_dir),
                "--username",
                "kim.lee",
                "--passphrase-stdin",
                "--audience",
                audience,
                "--out",
                str(out),
            ],
            stdin=PASS,
            tmpdir=tmp_path,
        )
        assert result.returncode == 0, result.stderr
        text = _text(out.read_bytes())
        assert CANARY_SAFETY not in text
    assert "Tus derechos" in _text((tmp_path / "youth.pdf").read_bytes())


def test_print_day_batches_and_bad_input_changes_nothing(vault, tmp_path):
    data_dir, fixture = vault
    out = tmp_path / "day.pdf"
    base = [
        "--data-dir",
        str(data_dir),
        "--username",
        "kim.lee",
        "--passphrase-stdin",
        "--audience",
        "mdt",
        "--out",
        str(out),
    ]
    result = run_csec(["print-day", "2026-03-02", *base], stdin=PASS, tmpdir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "(2 summaries, " in result.stdout and " 1 pages" not in result.stdout
    assert _text(out.read_bytes()).count("Page 1 of") == 2

    missing = tmp_path / "none.pdf"
    bad = [
        "--data-dir",
        str(data_dir),
        "--username",
        "kim.lee",
        "--passphrase-stdin",
        "--audience",
        "mdt",
        "--out",
        str(missing),
    ]
    for args, message in (
        (["print", "no-such-id", *bad], "not on this laptop"),
        (["print-day", "2026-13-40", *bad], "not a date written YYYY-MM-DD"),
        (["print-day", "2025-01-01", *bad], "no completed screenings"),
        (
            ["print", fixture.needs_id, *bad[:-2], "--out", str(tmp_path / "no" / "x.pdf")],
            "does not exist",
        ),
    ):
        result = run_csec(args, stdin=PASS, tmpdir=tmp_path)
        assert result.returncode != 0
        assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not missing.exists()


def test_prints_are_in_the_audit_log(vault, tmp_path):
    from csec_desktop.core.vault.device_vault import DeviceVault

    data_dir, fixture = vault
    args = ["print", fixture.screening_id, "--data-dir", str(data_dir), "--username", "kim.lee"]
    args += ["--passphrase-stdin", "--audience", "mdt", "--out", str(tmp_path / "a.pdf")]
    assert run_csec(args, stdin=PASS, tmpdir=tmp_path).returncode == 0
    session = DeviceVault(Path(data_dir)).sign_in("kim.lee", PASS.strip())
    try:
        printed = [e for e in session.audit.entries(500) if e.event == "record_printed"]
    finally:
        session.sign_out()
    assert printed[0].subject == fixture.screening_id
    assert printed[0].detail["audience"] == "mdt" and printed[0].detail["output"] == "pdf_file"
    assert printed and all(
        set(e.detail) == {"kind", "audience", "pages", "output", "encrypted"} for e in printed
    )


def test_encounter_list_gives_the_ids_print_takes(vault, tmp_path):
    """`csec print` takes an encounter id; `csec encounter list` is where it is found."""
    import json

    data_dir, fixture = vault
    common = ["--data-dir", str(data_dir), "--username", "kim.lee", "--passphrase-stdin"]
    listed = run_csec(["encounter", "list", "--youth", fixture.youth_id, *common, "--json"], PASS)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert {r["encounter_id"] for r in rows} == {fixture.screening_id, fixture.needs_id}
    assert {r["state"] for r in rows} == {"completed"}
    assert {r["instrument"] for r in rows} == {"csec_identification", "holistic_needs"}
    assert "Ruiz" not in listed.stdout  # ids and forms only, never names
    unknown = run_csec(["encounter", "list", "--youth", "no-such-youth", *common], PASS)
    assert unknown.returncode != 0 and "not on this laptop" in unknown.stderr
    assert unknown.stderr.count("\n") == 1
