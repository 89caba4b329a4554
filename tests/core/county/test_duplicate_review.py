"""Possible duplicates decided by a person: "same youth" counts the pair once in every county
count, "different" closes the flag; decisions are audited without names; nothing is merged."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from csec_desktop.core.county.duplicate_review import (
    DIFFERENT,
    SAME_YOUTH,
    decide,
    pairs,
    persons,
    youth_summary,
)
from csec_desktop.core.county.period_report import build_period_report
from csec_desktop.core.county.report import build_report
from csec_desktop.core.county.report_period import Period
from csec_desktop.core.county.store import COUNTY_MIGRATIONS, CountyVault
from csec_desktop.core.errors import UsageError, ValidationError
from csec_desktop.core.sync.bundle import BundleHeader, build_bundle
from csec_desktop.core.sync_service import records_codec
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from tests.core.sync_service.world import Laptop, World, digest, profile
from tests.core.vault.conftest import FakeClock


def send(world: World, laptop: Laptop, extra: list[dict[str, Any]], name: str) -> None:
    """Everything the laptop holds (youth, definitions) plus crafted encounters, as bundle 1."""
    records, _ = records_codec.collect(laptop.session.db)
    sent = [r for r in records if r["kind"] in ("youth", "instrument_definition")] + extra
    data, _ = build_bundle(
        BundleHeader(1), sent, laptop.sync.identity(), world.authority.keys.encryption_public
    )
    path = laptop.out / f"{name}.csb"
    path.write_bytes(data)
    assert set(world.import_(path).counts) == {"accepted"}


def identified(template: dict[str, Any], n: int, youth_id: str) -> dict[str, Any]:
    return {
        **template,
        "id": f"00000000-0000-4000-8000-{n:012d}",
        "youth_id": youth_id,
        "final_band": "identified",
        "status": "completed",
        "answers": {},
        "in_care": False,
        "missing": False,
        "version": 1,
        "base_version": None,
    }


def identified_youth(db: Any) -> int:
    """Youth identified (every youth here is outside foster care), from the period report."""
    report = build_period_report(db, Period.of(date(2000, 1, 1), date(2030, 12, 31)))
    wic = report["wic_16501_45"]
    return int(
        wic["not_in_foster_care"]["period"]["identified"]["total"]
        + sum(v["total"] for k, v in wic["in_foster_care"]["period"].items() if k != "youth")
    )


@pytest.fixture
def flagged(world: World) -> tuple[str, str]:
    """The same youth recorded and identified on two laptops: one flagged pair at the county."""
    a, b = world.laptop("a"), world.laptop("b")
    a.seed(3, seed=11)
    records, _ = records_codec.collect(a.session.db)
    template = next(r for r in records if r["kind"] == "encounter")
    jordan_a, jordan_b = a.caseload.add(profile()), b.caseload.add(profile())
    send(world, a, [identified(template, 1, jordan_a.id)], "a")
    send(world, b, [identified(template, 2, jordan_b.id)], "b")
    (pair,) = [p for p in pairs(world.county_db) if p.reason.startswith("same name")]
    assert {pair.youth_id, pair.other_youth_id} == {jordan_a.id, jordan_b.id}
    return jordan_a.id, jordan_b.id


def test_same_youth_counts_once_everywhere_and_different_restores_the_count(
    world: World, flagged: tuple[str, str]
) -> None:
    db, audit = world.county_db, world.county_audit
    before, identified_before = build_report(db), identified_youth(db)
    first = decide(
        db, audit, "county.admin", *flagged, SAME_YOUTH, "same birth date", world.clock()
    )
    assert (first.status, first.decided_by, first.note) == (
        SAME_YOUTH,
        "county.admin",
        "same birth date",
    )
    merged = build_report(db)
    assert merged.youth == before.youth - 1
    assert identified_youth(db) == identified_before - 1
    assert merged.possible_duplicates_open == before.possible_duplicates_open - 1
    # Nothing merged: both records are still there, as their devices sent them.
    assert all(youth_summary(db, youth_id).name == "Jordan Alvarez" for youth_id in flagged)

    again = decide(
        db,
        audit,
        "county.admin",
        *reversed(flagged),
        DIFFERENT,
        "other birth certificate",
        world.clock(),
    )
    assert again.status == DIFFERENT
    apart = build_report(db)
    assert (apart.youth, identified_youth(db)) == (before.youth, identified_before)
    assert again not in pairs(db) and again in pairs(db, include_decided=True)

    audit_entries = world.county_audit.entries()
    entries = sorted(
        (e for e in audit_entries if e.event == "duplicate_decided"), key=lambda e: e.seq
    )
    assert [e.detail["decision"] for e in entries] == [SAME_YOUTH, DIFFERENT]
    assert entries[0].subject == " ".join(sorted(flagged))
    assert "Jordan" not in json.dumps([e.detail for e in entries])
    assert world.county_audit.verify().first_broken is None


def test_a_refused_decision_changes_nothing(world: World, flagged: tuple[str, str]) -> None:
    db, audit = world.county_db, world.county_audit
    before = digest(db)
    with pytest.raises(ValidationError, match="Say why"):
        decide(db, audit, "county.admin", *flagged, SAME_YOUTH, "   ", world.clock())
    with pytest.raises(UsageError, match="not a flagged pair"):
        decide(db, audit, "county.admin", flagged[0], flagged[0], SAME_YOUTH, "x", world.clock())
    with pytest.raises(UsageError, match="must be one of"):
        decide(db, audit, "county.admin", *flagged, "merge", "because", world.clock())
    with pytest.raises(ValidationError, match="under 500"):
        decide(db, audit, "county.admin", *flagged, DIFFERENT, "x" * 501, world.clock())
    assert digest(db) == before


def test_same_youth_decisions_chain_into_one_person(world: World) -> None:
    db = world.county_db
    with db.transaction():
        for first, second, status in (("b", "c", SAME_YOUTH), ("a", "b", SAME_YOUTH),
                                      ("d", "e", DIFFERENT), ("e", "f", "open")):  # fmt: skip
            db.execute(
                "INSERT INTO county_possible_duplicates (youth_id, other_youth_id, reason, "
                "status, flagged_at) VALUES (?, ?, 'test', ?, '2026-01-01T00:00:00Z')",
                (first, second, status),
            )
    assert persons(db) == {"a": "a", "b": "a", "c": "a"}


def test_a_county_store_from_before_decisions_upgrades_and_keeps_its_flags(
    tmp_path: Path,
) -> None:
    """A store at schema 2 (no decision columns) opens with today's code: it is backed up,
    upgraded to 3, keeps its open pair, and the pair can then be decided."""
    clock, phrase = FakeClock(), "county intake long phrase"

    class SchemaTwoStore(CountyVault):
        migrations = COUNTY_MIGRATIONS[:2]

    old = SchemaTwoStore(tmp_path / "store", clock=clock, kdf_params=MINIMUM_PARAMS)
    session, _ = old.initialize("county.admin", "Intake Desk", phrase)
    with session.db.transaction():
        session.db.execute(
            "INSERT INTO county_possible_duplicates (youth_id, other_youth_id, reason, "
            "flagged_at) VALUES ('y1', 'y2', 'same name, same birth date', '2026-01-01T00:00:00Z')"
        )
    columns = {r[1] for r in session.db.execute("PRAGMA table_info(county_possible_duplicates)")}
    assert "decided_by" not in columns
    session.sign_out()

    upgraded = CountyVault(tmp_path / "store", clock=clock, kdf_params=MINIMUM_PARAMS)
    session = upgraded.sign_in("county.admin", phrase)
    try:
        assert not (tmp_path / "store" / "county.db.v2.bak").exists()  # good upgrade: removed
        (pair,) = pairs(session.db)
        assert (pair.youth_id, pair.status, pair.decided_by) == ("y1", "open", None)
        decided = decide(session.db, session.audit, "county.admin", "y2", "y1", DIFFERENT,
                         "checked the records", clock())  # fmt: skip
        assert (decided.status, decided.note) == (DIFFERENT, "checked the records")
    finally:
        session.sign_out()
