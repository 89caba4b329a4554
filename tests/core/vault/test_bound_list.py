"""A list bound as one JSON array matches exactly the rows ``IN (?, ?, …)`` matched
(core/vault/bound_list.py), on a real SQLCipher file and in PostgreSQL's translation."""

from __future__ import annotations

import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csec_desktop.core.county.postgres import _pg_sql
from csec_desktop.core.vault.bound_list import IN_LIST, bound_list
from csec_desktop.core.vault.database import Database, open_database

_IDS = st.text(
    alphabet=st.sampled_from([*"ab1-'\"\\,[] ", "é", "\u0301", "Đ", "\u0000", "😀"]), max_size=6
)


@given(st.lists(_IDS, max_size=40, unique=True), st.lists(_IDS, max_size=60))
@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_a_bound_list_matches_what_placeholders_match(
    tmp_path: Path, stored: list[str], wanted: list[str]
) -> None:
    path = tmp_path / f"v{os.urandom(4).hex()}.db"
    db = Database(open_database(path, os.urandom(32), create=True), path)
    try:
        db.conn.execute("CREATE TABLE t (id TEXT PRIMARY KEY)")
        db.conn.executemany("INSERT INTO t VALUES (?)", [(s,) for s in stored])
        listed = {row[0] for row in db.conn.execute(
            f"SELECT id FROM t WHERE id {IN_LIST}", (bound_list(wanted),)
        )}  # fmt: skip
        if wanted:
            marks = ", ".join("?" * len(wanted))
            placeholders = {row[0] for row in db.conn.execute(
                f"SELECT id FROM t WHERE id IN ({marks})", tuple(wanted)
            )}  # fmt: skip
        else:
            placeholders = set()
        assert listed == placeholders == set(stored) & set(wanted)
    finally:
        db.close()


def test_postgresql_reads_the_list_with_its_own_function() -> None:
    sql = f"SELECT record_id FROM county_records WHERE record_id {IN_LIST}"
    assert _pg_sql(sql) == (
        "SELECT record_id FROM county_records WHERE record_id "
        "IN (SELECT value FROM jsonb_array_elements_text(%s::jsonb))"
    )
