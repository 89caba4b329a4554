"""The county's cross-device duplicate check uses the laptop's name rule: a youth typed another
way on a second laptop is flagged once bundles from both arrive; siblings are not; the
county's own nickname groups (policy ``name_matching``) apply."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from csec_desktop.core.county.duplicate_review import pairs
from csec_desktop.core.county.possible_duplicates import _BORN, youth_rows_sql
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.sync.bundle import BundleHeader, build_bundle
from csec_desktop.core.sync_service import records_codec
from csec_desktop.core.vault.bound_list import bound_list
from tests.core.sync_service.world import Laptop, World

BORN = date(2010, 9, 2)


def youth(first: str, last: str) -> YouthProfile:
    return YouthProfile(
        legal_first_name=first, legal_last_name=last, birth_date=BORN, agency=Agency.PROBATION
    )


def send(world: World, laptop: Laptop, name: str) -> None:
    records, _ = records_codec.collect(laptop.session.db)
    sent = [r for r in records if r["kind"] == "youth"]
    data, _ = build_bundle(
        BundleHeader(1), sent, laptop.sync.identity(), world.authority.keys.encryption_public
    )
    path = laptop.out / f"{name}.csb"
    path.write_bytes(data)
    assert set(world.import_(path).counts) == {"accepted"}


def flagged_names(world: World) -> set[tuple[str, str, str]]:
    db = world.county_db
    found: set[tuple[str, str, str]] = set()
    for pair in pairs(db):
        names = sorted(_name(db, youth_id) for youth_id in (pair.youth_id, pair.other_youth_id))
        found.add((names[0], names[1], pair.reason))
    return found


def _name(db: Any, youth_id: str) -> str:
    (data,) = db.conn.execute(
        "SELECT data FROM county_records WHERE record_id = ?", (youth_id,)
    ).fetchone()
    profile = json.loads(data)["profile"]
    return f"{profile['legal_first_name']} {profile['legal_last_name']}"


def test_names_typed_differently_on_two_laptops_are_flagged_and_siblings_are_not(
    world: World,
) -> None:
    a, b = world.laptop("a"), world.laptop("b")
    for profile in (youth("Minh", "Đỗ"), youth("Luis", "De la Cruz"), youth("Ana", "Ruiz")):
        a.caseload.add(profile)
    for profile in (youth("Do", "Minh"), youth("Luis", "Delacruz"), youth("Sofía", "Ruiz")):
        b.caseload.add(profile)
    send(world, a, "a")
    send(world, b, "b")
    assert flagged_names(world) == {
        ("Do Minh", "Minh Đỗ", "first and last names swapped, same birth date"),
        ("Luis De la Cruz", "Luis Delacruz", "same name, same birth date"),
    }


def test_the_countys_own_nickname_groups_apply(world: World) -> None:
    world.authority.policy["name_matching"] = {"nicknames": [["Cuauhtémoc", "Temoc"]]}
    a, b = world.laptop("a"), world.laptop("b")
    a.caseload.add(youth("Cuauhtémoc", "Rivera"))
    b.caseload.add(youth("Temoc", "Rivera"))
    send(world, a, "a")
    send(world, b, "b")
    assert flagged_names(world) == {
        (
            "Cuauhtémoc Rivera",
            "Temoc Rivera",
            "same name with a familiar form of the first name, same birth date",
        )
    }


def test_only_candidates_are_read_and_a_missing_birth_date_still_meets_everyone(
    world: World,
) -> None:
    """The check reads the county youth born on an accepted youth's birth date (or with none
    recorded) through an index, not the whole county; a youth with no birth date is still
    compared with everyone, and a namesake born on another day is not flagged."""
    a, b = world.laptop("a"), world.laptop("b")
    a.caseload.add(youth("Ana", "Ruiz"))
    a.caseload.add(youth("Tomas", "Vega").model_copy(update={"birth_date": None}))
    b.caseload.add(youth("Ana", "Ruiz").model_copy(update={"birth_date": date(2011, 1, 5)}))
    b.caseload.add(youth("Tomas", "Vega"))
    send(world, a, "a")
    send(world, b, "b")
    assert {(one, other) for one, other, _ in flagged_names(world)} == {
        ("Tomas Vega", "Tomas Vega")
    }
    if not hasattr(world.county_db.conn, "raw"):  # SQLite; PostgreSQL: the test below
        plan = world.county_db.conn.execute(
            "EXPLAIN QUERY PLAN " + youth_rows_sql(f"{_BORN} {{}}"),
            (bound_list(["2010-09-02", "2011-01-05"]),),
        ).fetchall()
        assert "county_records_born" in " ".join(str(row[-1]) for row in plan), plan


def test_postgresql_answers_the_birth_date_look_up_from_its_index(world: World) -> None:
    """The product's birth-date query, on a county of 20,000 youth with fresh statistics:
    PostgreSQL must answer it from ``county_records_born``. (Written as ``IN (SELECT …)`` over
    the bound list it planned a semi-join over every youth row, parsing each one's JSON.)"""
    conn = world.county_db.conn
    if not hasattr(conn, "raw"):
        pytest.skip("PostgreSQL's planner; SQLite's plan is checked above")
    conn.raw.execute(
        "INSERT INTO county_records (record_id, kind, youth_id, version, content_hash, data, "
        "device_id, bundle_hash, updated_at) SELECT 'y' || n, 'youth', 'y' || n, 1, 'h', "
        "json_build_object('profile', json_build_object('birth_date', "
        "(date '2005-01-01' + n % 4000)::text))::text, 'd', 'b', 'now' "
        "FROM generate_series(1, 20000) AS n"
    )
    conn.raw.execute("ANALYZE county_records")
    plan = conn.execute(
        "EXPLAIN " + youth_rows_sql(f"{_BORN} {{}}"),
        (bound_list(["2010-09-02", "2011-01-05"]),),
    ).fetchall()
    conn.raw.rollback()
    shown = "\n".join(str(row[0]) for row in plan)
    assert "county_records_born" in shown and "Seq Scan" not in shown, shown
