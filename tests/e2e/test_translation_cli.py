"""``csec translation install|list`` and ``csec print --language`` in a subprocess: a county
translation of the youth's copy installed by the vault's supervisor, then printed."""

from __future__ import annotations

import json

import pytest

from tests.core.reports.conftest import build
from tests.core.reports.test_youth_languages import TEST_WORDS, translation_file
from tests.e2e.cli import run_csec
from tests.e2e.test_print_cli import PASS, _text


@pytest.fixture(scope="module")
def vault(tmp_path_factory):
    root = tmp_path_factory.mktemp("translationcli")
    fixture = build(root)
    fixture.session.sign_out()
    return root / "data", fixture


def test_install_list_and_print_a_county_translation(vault, tmp_path):
    data_dir, fixture = vault
    signed_in = ["--data-dir", str(data_dir), "--as", "kim.lee", "--passphrase-stdin"]
    broken = tmp_path / "broken.json"
    broken.write_bytes(translation_file({k: v for k, v in TEST_WORDS.items() if k != "keep"}))
    result = run_csec(["translation", "install", str(broken), *signed_in], PASS, tmp_path)
    assert result.returncode != 0
    assert result.stderr.strip() == f"csec: {broken}: missing key(s) keep"

    good = tmp_path / "hmn.json"
    good.write_bytes(translation_file())
    result = run_csec(["translation", "install", str(good), *signed_in], PASS, tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Installed the Hmong (hmn) youth copy."

    result = run_csec(["translation", "list", *signed_in, "--json"], PASS, tmp_path)
    codes = [row["code"] for row in json.loads(result.stdout)["languages"]]
    assert codes[:3] == ["en", "es", "hmn"] and "vi" in codes

    printing = [
        "print",
        fixture.needs_id,
        "--data-dir",
        str(data_dir),
        "--username",
        "kim.lee",
        "--passphrase-stdin",
        "--audience",
        "youth",
    ]
    out = tmp_path / "hmong.pdf"
    result = run_csec([*printing, "--language", "Hmong", "--out", str(out)], PASS, tmp_path)
    assert result.returncode == 0, result.stderr
    assert "Hmoob-test Your rights" in _text(out.read_bytes())

    case = [*printing[:-1], "case", "--language", "es", "--out", str(tmp_path / "x.pdf")]
    result = run_csec(case, PASS, tmp_path)
    assert result.returncode == 2 and "for the youth's copy only" in result.stderr
