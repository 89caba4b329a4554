"""Episodes, statuses, legal status and placement history travel to the county and are held
there as sent; a malformed episode is rejected on its own with the reason."""

from __future__ import annotations

import json
from datetime import timedelta

from csec_desktop.core.county.records_check import content_problem
from csec_desktop.core.records.missing import MissingEpisodes
from csec_desktop.core.records.youth import LegalStatus, PlacementType
from csec_desktop.core.screening_policy import default_screening_policy

from .world import World, profile


def test_a_missing_episode_and_the_status_history_reach_the_county(world: World) -> None:
    laptop = world.laptop("a")
    start = profile().model_copy(
        update={"in_care": True, "legal_status": LegalStatus.DEPENDENT,
                "placement_type": PlacementType.STRTP}
    )  # fmt: skip
    youth = laptop.caseload.add(start)
    laptop.caseload.change(
        youth.id, start.model_copy(update={"placement_type": PlacementType.RESOURCE_FAMILY})
    )
    missing = MissingEpisodes(laptop.ctx, default_screening_policy())
    learned = world.clock() - timedelta(hours=2)
    episode = missing.report_missing(youth.id, learned, "Kim Lee").episode
    missing.record_notice(episode.id, "law_enforcement", world.clock(), "OPD-1")
    exported = laptop.sync.export(laptop.out)
    assert exported.counts["episode"] == 4  # legal status, 2 placements, the missing episode
    result = world.import_(exported.path)
    assert result.counts == {"accepted": exported.records}
    rows = world.county_db.execute(
        "SELECT data FROM county_records WHERE kind = 'episode'"
    ).fetchall()
    held = [json.loads(r[0]) for r in rows]
    by_kind = {}
    for record in held:
        by_kind.setdefault(record["episode_kind"], []).append(record)
    assert by_kind["legal_status"][0]["data"]["value"] == "dependent_300"
    placements = sorted(by_kind["placement"], key=lambda r: r["started_at"])
    assert [p["data"]["value"] for p in placements] == ["strtp", "resource_family"]
    assert placements[0]["ended_at"] is not None and placements[1]["ended_at"] is None
    sent = by_kind["missing"][0]
    assert sent["started_at"] == sent["data"]["learned_at"]
    assert sent["data"]["reports"]["law_enforcement"]["ref"] == "OPD-1"
    duty_rows = world.county_db.execute(
        "SELECT data FROM county_records WHERE kind = 'duty'"
    ).fetchall()
    duties = [json.loads(r[0]) for r in duty_rows]
    assert {d["data"].get("episode_id") for d in duties} == {episode.id}
    assert {d["encounter_id"] for d in duties} == {None}
    outcome, _ = laptop.sync.apply_receipt(result.receipt)
    assert outcome.counts == {"accepted": exported.records}


def test_an_episode_of_an_unknown_kind_is_rejected_with_the_reason() -> None:
    record = {
        "kind": "episode", "id": "2b3c4d5e-6f7a-4b1c-9d2e-3f4a5b6c7d8e", "version": 1,
        "base_version": None, "created_at": "x", "created_by": "k", "updated_at": "x",
        "updated_by": "k", "youth_id": "y", "episode_kind": "holiday", "started_at": "x",
        "ended_at": None, "data": {},
    }  # fmt: skip
    assert content_problem(record, True, False) == "unknown episode kind"
    record["episode_kind"] = "missing"
    record["started_at"] = None
    assert content_problem(record, True, False).startswith("an episode needs a start time")
    record["started_at"] = "2026-03-02T09:00:00.000000Z"
    assert content_problem(record, True, False) == ""


def test_the_county_report_counts_missing_episodes_as_audits_look_at_them(world: World) -> None:
    from datetime import date

    from csec_desktop.core.county.period_report import build_period_report
    from csec_desktop.core.county.report import build_report
    from csec_desktop.core.county.report_period import Period
    from csec_desktop.core.instruments.registry import shipped_registry
    from csec_desktop.core.records.duties import DutyStore
    from csec_desktop.core.records.screening import ScreeningService
    from tests.core.records.clock_world import walk

    laptop = world.laptop("a")
    policy = default_screening_policy()
    in_care = profile().model_copy(update={"in_care": True})
    on_time = laptop.caseload.add(in_care)
    late = laptop.caseload.add(profile(first="Rio").model_copy(update={"in_care": True}))
    missing = MissingEpisodes(laptop.ctx, policy)
    now = world.clock()
    first = missing.report_missing(on_time.id, now - timedelta(hours=30), "Kim Lee").episode
    missing.record_notice(first.id, "law_enforcement", now - timedelta(hours=29), "LE-1")
    missing.record_notice(first.id, "ncmec", now - timedelta(hours=28), "NC-1")
    missing.record_located(first.id, now - timedelta(hours=4), "Oakland", "OPD")
    second = missing.report_missing(late.id, now - timedelta(hours=40), "Kim Lee").episode
    missing.record_notice(
        second.id, "law_enforcement", now - timedelta(hours=2), "LE-2", late_reason="Outage"
    )
    # The return debrief finds an exchange while away: counted as exploited while missing.
    service = ScreeningService(laptop.ctx, shipped_registry(), policy)
    youth = laptop.caseload.open(on_time.id)
    run = service.start(youth, "return_from_missing", "return_from_missing_debrief", now)
    walk(run, {"left_date": "2026-03-01", "returned_date": "2026-03-02", "da_exchange": 2})
    assert run.complete().encounter.final_band == "identified"
    report_duty = next(
        d for d in DutyStore(laptop.ctx).for_youth(on_time.id)
        if d.duty_type == "written_report_ss8572"
    )  # fmt: skip
    DutyStore(laptop.ctx).mark_not_applicable(report_duty.id, "Reported by the hospital")
    world.import_(laptop.sync.export(laptop.out).path)
    march = build_period_report(world.county_db, Period.of(date(2026, 2, 1), date(2026, 3, 31)))
    missing_figures = march["missing_from_care"]
    assert (
        missing_figures["episodes"],
        missing_figures["reported_within_24h"],
        missing_figures["located"],
        missing_figures["debriefed"],
    ) == (2, 1, 1, 1)
    in_care = march["wic_16501_45"]["in_foster_care"]["period"]
    assert in_care["exploited_while_missing"]["total"] == 1
    assert in_care["exploited_in_care"]["total"] == 0
    assert build_report(world.county_db).cosign_pending == 1  # the SS 8572 waiver waits
