"""A removed case-team entry is a tombstone: it stays in the vault, syncs, and the county
keeps it marked removed (who, when, why) with its earlier version still in the history."""

from __future__ import annotations

import json

import pytest

from csec_desktop.core.errors import CsecError
from csec_desktop.core.records.case_items import CaseItems, Referral

from .world import World, profile


def county_data(world: World, record_id: str) -> dict:
    row = world.county_db.execute(
        "SELECT data, version FROM county_records WHERE record_id = ?", (record_id,)
    ).fetchone()
    return {"record": json.loads(row[0]), "version": row[1]}


def test_a_removed_referral_syncs_as_a_tombstone_and_the_county_keeps_both_versions(
    world: World,
) -> None:
    laptop = world.laptop("a")
    youth = laptop.caseload.add(profile())
    items = CaseItems(laptop.ctx)
    referral = items.add(youth.id, Referral(domain="Housing", agency="Wrong agency"))
    first = world.import_(laptop.sync.export(laptop.out).path)
    laptop.sync.apply_receipt(first.receipt)
    assert county_data(world, referral.id)["record"]["data"].get("removed") is None

    with pytest.raises(CsecError, match="Say why"):
        items.remove(referral.id, "  ")
    removed = items.remove(referral.id, "Added to the wrong youth")
    assert removed.version == 2 and removed.removed is not None
    assert removed.removed.by == "kim.lee" and removed.removed.reason == "Added to the wrong youth"
    assert items.for_youth(youth.id) == []  # gone from lists and printed copies
    assert [s.id for s in items.for_youth(youth.id, include_removed=True)] == [referral.id]
    assert laptop.ctx.audit.entries(1)[0].event == "record_removed"
    with pytest.raises(CsecError, match="removed"):
        items.change(referral.id, Referral(domain="Housing", agency="Right agency"))

    second = world.import_(laptop.sync.export(laptop.out).path)
    assert second.counts == {"accepted": 1}  # only the tombstone: nothing else changed
    at_county = county_data(world, referral.id)
    assert at_county["version"] == 2
    mark = at_county["record"]["data"]["removed"]
    assert (mark["by"], mark["reason"]) == ("kim.lee", "Added to the wrong youth")
    versions = world.county_db.execute(
        "SELECT version FROM county_record_versions WHERE record_id = ? ORDER BY version",
        (referral.id,),
    ).fetchall()
    assert [v[0] for v in versions] == [1, 2]


def test_a_discarded_draft_syncs_with_its_tombstone(world: World) -> None:
    from datetime import timedelta

    from csec_desktop.core.instruments.registry import shipped_registry
    from csec_desktop.core.records.encounters import EncounterStore
    from csec_desktop.core.records.screening import ScreeningService
    from csec_desktop.core.screening_policy import default_screening_policy

    laptop = world.laptop("a")
    youth = laptop.caseload.add(profile())
    screening = ScreeningService(laptop.ctx, shipped_registry(), default_screening_policy())
    received = world.clock() - timedelta(hours=1)
    run = screening.start(youth, "hotline_intake", "csec_identification_brief", received)
    EncounterStore(laptop.ctx).discard(run.encounter_id, "Started for the wrong youth")
    result = world.import_(laptop.sync.export(laptop.out).path)
    assert result.status == "imported" and set(result.counts) == {"accepted"}
    at_county = county_data(world, run.encounter_id)["record"]
    assert at_county["status"] == "draft"
    assert at_county["discarded"]["reason"] == "Started for the wrong youth"


def test_the_county_refuses_a_discard_mark_on_a_signed_form() -> None:
    from csec_desktop.core.county.records_check import content_problem

    record = {
        "kind": "encounter", "id": "x", "version": 1, "base_version": None,
        "created_at": "", "created_by": "", "updated_at": "", "updated_by": "",
        "youth_id": "y", "decision_point": "p", "instrument": {"hash": "h"},
        "info_received_at": "", "status": "completed", "position": None, "in_care": False,
        "missing": False, "computed_band": None, "final_band": None, "override_reason": None,
        "explanation": None, "completed_at": None, "completed_by": None, "answers": {},
        "discarded": {"at": "t", "by": "kim", "reason": "oops"},
    }  # fmt: skip
    assert content_problem(record, True, True) == (
        "only a draft can be discarded, with when, by whom and why"
    )
    record["status"] = "draft"
    assert content_problem(record, True, True) == ""
