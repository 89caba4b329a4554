"""The SQLCipher driver the project's setup builds: the larger lookaside (decision 67)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
import sqlcipher3

from csec_desktop.core.vault.sqlcipher_build import (
    LOOKASIDE,
    installed_lookaside,
    lookaside_option,
    lookaside_words,
)

ROOT = Path(__file__).resolve().parents[3]


def test_the_build_script_and_the_code_name_the_same_lookaside() -> None:
    script = (ROOT / "scripts" / "build-sqlcipher.sh").read_text(encoding="utf-8")
    found = re.search(r"^LOOKASIDE=(\S+)", script, re.MULTILINE)
    assert found is not None, "scripts/build-sqlcipher.sh sets no LOOKASIDE"
    assert found.group(1) == LOOKASIDE


def test_the_installed_driver_has_the_larger_lookaside() -> None:
    option = installed_lookaside()
    assert option == LOOKASIDE, (
        "the SQLCipher driver was not built by scripts/build-sqlcipher.sh "
        "(run scripts/bootstrap.sh, which builds it)"
    )
    conn = sqlcipher3.connect(":memory:")
    try:
        assert lookaside_words(conn) == f"lookaside {LOOKASIDE}"
    finally:
        conn.close()


def test_a_driver_built_with_the_default_is_named_so() -> None:
    conn = sqlite3.connect(":memory:")  # the standard library's SQLite
    try:
        listed = [row[0] for row in conn.execute("PRAGMA compile_options")]
        if any(option.startswith("DEFAULT_LOOKASIDE=") for option in listed):
            pytest.skip("this system's SQLite was itself built with a lookaside option")
        assert lookaside_option(conn) is None
        assert lookaside_words(conn) == "SQLite's default lookaside"
    finally:
        conn.close()
