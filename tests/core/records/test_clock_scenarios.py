"""One scenario per row of "What was seen" in the clocks issue, headless, on a real vault.

Each asserts the duties (kind, due time, citation) that are created, done or kept. The GUI
versions of rows 1, 2, 5, 7 and 11 are in tests/gui/test_clock_scenarios_gui.py.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from csec_desktop.core.errors import AuthError, CsecError
from csec_desktop.core.records.caseload_status import load_statuses
from csec_desktop.core.records.exploitation_status import ExploitationStatus
from csec_desktop.core.records.youth import LegalStatus, PlacementType
from csec_desktop.core.vault.audit import AuditEvent
from csec_desktop.core.vault.cosign import verify_cosigner
from tests.core.records.clock_world import (
    RECEIVED,
    SUPERVISOR,
    SUPERVISOR_PASS,
    World,
    open_laptop,
    walk,
)
from tests.core.vault.conftest import FakeClock

H = timedelta(hours=1)
REPORTING = {"hotline_report", "written_report_ss8572", "cross_report_da"}
DEBRIEF_ANSWERS = {"left_date": "2026-03-01", "returned_date": "2026-03-02"}


@pytest.fixture
def world(tmp_path: Path):
    clock = FakeClock()
    session = open_laptop(tmp_path / "data", clock)
    yield World(session, clock)
    session.sign_out()


# -- 1. "Missing now" starts the 24-hour duties for every youth in care ------------------------
def test_row1_missing_now_starts_the_duties_for_any_youth_in_care(world: World) -> None:
    youth = world.youth()  # never screened: not "at risk", not "identified"
    assert world.duties.for_youth(youth.id) == []
    ticked = world.caseload.change(youth.id, youth.profile.model_copy(update={"missing": True}))
    assert ticked.profile.missing
    episode = world.missing.open_episode(youth.id)
    assert episode is not None and episode.started_at == world.clock.now
    duties = world.open_by_type(youth.id)
    assert set(duties) == {
        "missing_law_enforcement_ncmec",
        "missing_notify_family",
        "missing_notify_counsel",
    }
    report = duties["missing_law_enforcement_ncmec"]
    assert report.due_at == world.clock.now + 24 * H
    assert "671(a)(35)(B)" in report.citation and "16501.35" in report.citation
    assert "AB 2108" in duties["missing_notify_family"].citation
    assert duties["missing_notify_counsel"].data["county_setting"] is True
    assert "local law enforcement" in duties["missing_notify_family"].label["en"]
    # The worker learned of it at 06:00, before ticking the box: the clocks move back.
    learned = world.clock.now - 3 * H
    world.missing.correct_learned_at(episode.id, learned)
    assert world.open_by_type(youth.id)["missing_law_enforcement_ncmec"].due_at == learned + 24 * H
    # Recording both reports on the episode does the duty, with the numbers as its reference.
    world.clock.advance(hours=2)
    world.missing.record_notice(episode.id, "law_enforcement", world.clock.now, "LAPD 26-0113")
    assert "missing_law_enforcement_ncmec" in world.open_by_type(youth.id)  # NCMEC still due
    world.missing.record_notice(episode.id, "ncmec", world.clock.now, "NCMEC 1554321")
    done = world.of_type(youth.id, "missing_law_enforcement_ncmec")[0]
    assert done.status == "done" and "LAPD 26-0113" in done.data["done"]["reference"]
    with pytest.raises(CsecError, match="report number"):
        world.missing.record_notice(episode.id, "law_enforcement", world.clock.now, "")


def test_row1_a_youth_not_in_care_gets_no_foster_care_duties(world: World) -> None:
    youth = world.youth(in_care=False, legal_status=LegalStatus.NOT_IN_CARE)
    world.missing.report_missing(youth.id, world.clock.now, "Sam Ortiz")
    assert world.open_by_type(youth.id) == {}


# -- 2. A return debrief does the debrief duty instead of starting another ---------------------
def test_row2_a_linked_debrief_satisfies_the_debrief_duty(world: World) -> None:
    youth = world.youth()
    started = world.missing.report_missing(youth.id, RECEIVED, "Sam Ortiz")
    located_at = RECEIVED + 30 * H
    world.clock.now = located_at + H
    located = world.missing.record_located(started.episode.id, located_at, "Oakland", "Ofc. Ruiz")
    created = {d.duty_type: d for d in located.duties.created}
    assert set(created) == {"located_notify_le_ncmec", "return_debrief"}
    assert created["return_debrief"].due_at == located_at + 72 * H
    assert "16501.35(b)" in created["return_debrief"].citation
    assert created["located_notify_le_ncmec"].data["county_setting"] is True
    assert not world.caseload.open(youth.id).profile.missing
    debrief = world.screen(
        youth,
        DEBRIEF_ANSWERS,
        instrument="return_from_missing_debrief",
        point="return_from_missing",
        received=located_at + 2 * H,
    )
    assert debrief.debriefs_done == [created["return_debrief"].id]
    assert world.duties.get(created["return_debrief"].id).status == "done"
    assert "return_debrief" not in world.open_by_type(youth.id)
    # A second instrument at the same decision point starts no new debrief duty either.
    world.screen(youth, {}, point="return_from_missing", received=located_at + 3 * H)
    assert len(world.of_type(youth.id, "return_debrief")) == 1
    episode = world.missing.episodes.get(started.episode.id)
    assert episode.data["debrief_encounter_id"] == debrief.encounter.id


# -- 3. Reasonable suspicion starts the report duties ------------------------------------------
@pytest.mark.parametrize(
    ("answers", "rule"),
    [
        ({"on_images": 2}, "sexual_images"),
        ({"ex_disclosed": 1}, "possible_exchange"),
        ({"ph_injuries": 2}, "sexual_violence_injury"),
    ],
)
def test_row3_suspicion_starts_the_report(world: World, answers: dict, rule: str) -> None:
    youth = world.youth()
    done = world.screen(youth, answers)
    assert done.encounter.final_band == "at_risk"  # the images case no longer scores "none"
    assert rule in {hit["rule_id"] for hit in done.encounter.explanation["fired"]}
    duties = world.open_by_type(youth.id)
    assert set(duties) >= REPORTING
    assert duties["hotline_report"].due_at == RECEIVED
    assert duties["hotline_report"].citation == "PC 11166(a) (CANRA)"
    assert duties["written_report_ss8572"].due_at == RECEIVED + 36 * H
    assert "law_enforcement_victim" not in duties  # a suspicion is not an identification


# -- 4. A draft with a decisive answer already carries its duties ------------------------------
def test_row4_a_draft_starts_provisional_duties_kept_at_completion(world: World) -> None:
    youth = world.youth()
    world.clock.now = RECEIVED + 5 * H  # typed up hours after the information came in
    run = world.screening.start(
        world.caseload.open(youth.id), "placement_change", "csec_identification", RECEIVED
    )
    run.set_answer("ex_disclosed", 2)
    provisional = world.open_by_type(youth.id)
    assert {"hotline_report", "written_report_ss8572", "law_enforcement_victim"} <= set(provisional)
    assert "mdt_referral" not in provisional  # only provisional triggers fire from a draft
    hotline = provisional["hotline_report"]
    assert hotline.provisional and hotline.due_at == RECEIVED  # stamped from receipt
    assert provisional["law_enforcement_victim"].due_at == RECEIVED + 24 * H
    run.set_answer("ex_disclosed", 0)  # changing the answer does not make the report vanish
    assert world.duties.get(hotline.id).status == "open"
    run.set_answer("ex_disclosed", 2)
    assert len(world.of_type(youth.id, "hotline_report")) == 1
    walk(run, {"ex_disclosed": 2})
    done = run.complete()
    assert "hotline_report" in {r.duty_type for r in done.referenced}
    assert len(world.of_type(youth.id, "hotline_report")) == 1
    assert {d.duty_type for d in done.duties} >= {"mdt_referral", "cse_assessment"}


def test_row4_provisional_duties_are_planned_again_only_when_the_decision_changes(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    planner, planned = world.screening.planner, []
    real_plan = planner.plan
    monkeypatch.setattr(planner, "plan", lambda *a, **k: planned.append(a) or real_plan(*a, **k))
    youth = world.youth()
    run = world.screening.start(
        world.caseload.open(youth.id), "placement_change", "csec_identification", RECEIVED
    )
    run.set_answer("ex_disclosed", 2)
    assert len(planned) == 1 and "hotline_report" in world.open_by_type(youth.id)
    run.set_answer("ex_disclosed", 2)  # the same decision: nothing new to plan, no reads
    assert len(planned) == 1
    run.set_answer("ph_injuries", 2)  # another rule fires: planned again
    assert len(planned) == 2
    assert len(world.of_type(youth.id, "hotline_report")) == 1


# -- 5. Overriding "Identified" down, and waiving a mandated report, need a supervisor ---------
def test_row5_override_down_and_waiver_wait_for_a_supervisor(world: World) -> None:
    youth = world.youth()
    done = world.screen(
        youth, {"ex_disclosed": 2}, final_band="no_current_concern", override_reason="recanted"
    )
    assert done.override_pending and done.encounter.final_band == "identified"
    duties = world.open_by_type(youth.id)
    assert {"hotline_report", "written_report_ss8572", "law_enforcement_victim"} <= set(duties)
    assert ExploitationStatus(world.ctx).current(youth.id).data["level"] == "identified"
    # The worker alone cannot waive the SS 8572: the request waits, the duty stays open.
    report = duties["written_report_ss8572"]
    pending = world.duties.mark_not_applicable(report.id, "Youth recanted")
    assert pending.status == "open" and pending.waiver_pending["reason"] == "Youth recanted"
    with pytest.raises(AuthError):
        verify_cosigner(world.session, SUPERVISOR, "not the passphrase", "waiver")
    with pytest.raises(CsecError, match="second person"):
        verify_cosigner(world.session, world.session.account.username, "x", "waiver")
    supervisor = verify_cosigner(world.session, SUPERVISOR, SUPERVISOR_PASS, "waiver")
    waived = world.duties.cosign_waiver(report.id, supervisor)
    assert waived.status == "not_applicable"
    assert waived.data["not_applicable"]["cosigned_by"] == SUPERVISOR
    # The override itself, co-signed: the outcome changes and the remaining duties close.
    changed = world.screening.cosign_override(done.encounter.id, supervisor)
    assert changed.final_band == "no_current_concern"
    assert changed.explanation["override_request"]["cosigned_by"] == SUPERVISOR
    for duty in world.duties.for_encounter(done.encounter.id):
        assert duty.status == "not_applicable"
    assert ExploitationStatus(world.ctx).current(youth.id).data["level"] == "no_current_concern"
    events = {e.event for e in world.session.audit.entries(500)}
    assert AuditEvent.COSIGNED.value in events


# -- 6. "Immediately" has a grace window before it is late ------------------------------------
def test_row6_immediately_is_due_now_with_a_grace_window(world: World) -> None:
    youth = world.youth()
    world.clock.now = RECEIVED + timedelta(minutes=2)
    world.screen(youth, {"ex_disclosed": 2})
    hotline = world.open_by_type(youth.id)["hotline_report"]
    assert hotline.due_at == RECEIVED and hotline.data["grace_minutes"] == 60
    assert hotline.urgency(world.clock.now) == "due_soon"  # not "overdue by 2 min"
    assert hotline.late_after == RECEIVED + H
    status = load_statuses(world.ctx, world.policy)[youth.id]
    assert not status.overdue(world.clock.now)
    world.clock.now = RECEIVED + timedelta(minutes=40)
    done = world.duties.record_done(hotline.id, world.clock.now, "Phone report", "H-1")
    assert done.status == "done" and done.data["done"]["late"] is False
    report = world.open_by_type(youth.id)["cross_report_da"]
    world.clock.now = RECEIVED + 61 * timedelta(minutes=1)
    assert world.duties.get(report.id).urgency(world.clock.now) == "overdue"
    with pytest.raises(CsecError, match="reason it was late"):
        world.duties.record_done(report.id, world.clock.now, "Cross-report faxed")


# -- 7. A later "At risk" screen does not replace "Identified" --------------------------------
def test_row7_identified_stays_until_ended_on_purpose(world: World) -> None:
    youth = world.youth()
    world.screen(youth, {"ex_disclosed": 2})
    world.clock.advance(days=10)
    later = world.screen(
        youth,
        {**DEBRIEF_ANSWERS, "da_offers": 2},
        instrument="return_from_missing_debrief",
        point="return_from_missing",
        received=world.clock.now,
    )
    assert later.encounter.final_band == "at_risk"
    status = load_statuses(world.ctx, world.policy)[youth.id]
    assert status.latest_band == "identified" and "Identified" in status.chips
    statuses = ExploitationStatus(world.ctx)
    with pytest.raises(CsecError, match="Say why"):
        statuses.end(youth.id, " ", world.clock.now)
    statuses.end(youth.id, "MDT review: exploitation ended, youth safe", world.clock.now, "at_risk")
    history = statuses.episodes.for_youth(youth.id, "exploitation_status")
    assert [e.data["level"] for e in history] == ["at_risk", "identified"]
    assert history[1].data["ended"]["reason"].startswith("MDT review")
    assert load_statuses(world.ctx, world.policy)[youth.id].latest_band == "at_risk"


# -- 8. Non-minor dependents follow county protocol, not CANRA --------------------------------
def test_row8_a_non_minor_dependent_gets_the_county_protocol_duty(world: World) -> None:
    nmd = world.youth(
        birth_date=date(2005, 6, 1), legal_status=LegalStatus.NON_MINOR_DEPENDENT
    )  # 20 on the day the information came in
    world.screen(nmd, {"ex_disclosed": 2})
    duties = world.open_by_type(nmd.id)
    assert not {"hotline_report", "written_report_ss8572", "attorney_copy"} & set(duties)
    protocol = duties["nmd_county_protocol"]
    assert protocol.data["county_setting"] is True and "PC 11165" in protocol.citation
    assert protocol.due_at == RECEIVED + 24 * H


# -- 9. Re-screening an identified youth references the duties, does not repeat them ----------
def test_row9_a_rescreen_references_duties_already_met(world: World) -> None:
    youth = world.youth()
    world.screen(youth, {"ex_disclosed": 2})
    first = world.open_by_type(youth.id)
    world.clock.now = RECEIVED + 30 * timedelta(minutes=1)
    world.duties.record_done(first["hotline_report"].id, world.clock.now, "Phone", "HL-778")
    before = len(world.duties.for_youth(youth.id))
    world.clock.advance(days=30)
    again = world.screen(youth, {"ex_disclosed": 2}, received=world.clock.now)
    assert again.duties == []
    assert len(world.duties.for_youth(youth.id)) == before
    words = {r.duty_type: r.words for r in again.referenced}
    assert "already done on March 2, 2026, ref HL-778" in words["hotline_report"]
    assert "already open" in words["mdt_referral"]


# -- 10. The clocks that were missing altogether ----------------------------------------------
def test_row10_attorney_licensing_da_and_located_clocks(world: World) -> None:
    youth = world.youth(placement_type=PlacementType.STRTP)  # a WIC 300 dependent in an STRTP
    world.screen(youth, {"ex_disclosed": 2})
    duties = world.open_by_type(youth.id)
    assert duties["attorney_copy"].due_at == RECEIVED + 36 * H
    assert duties["attorney_copy"].citation.startswith("PC 11166.1(b)")
    assert duties["licensing_notice"].due_at == RECEIVED + 24 * H
    assert duties["licensing_notice"].citation == "PC 11166.1(a)"
    assert duties["cross_report_da"].due_at == RECEIVED
    assert duties["cross_report_da"].data["county_setting"] is True
    relative = world.youth(legal_first_name="Ana", placement_type=PlacementType.RELATIVE)
    world.screen(relative, {"ex_disclosed": 2})
    assert "licensing_notice" not in world.open_by_type(relative.id)
    world.clock.now = RECEIVED + 60 * H
    episode = world.missing.report_missing(youth.id, RECEIVED + 48 * H, "Sam Ortiz").episode
    world.missing.record_located(episode.id, world.clock.now, "Fresno", "CHP")
    located = world.open_by_type(youth.id)["located_notify_le_ncmec"]
    assert located.due_at == world.clock.now + 24 * H and "671(a)(35)(B)" in located.citation
    world.missing.record_notice(episode.id, "located_law_enforcement", world.clock.now, "CHP-9")
    world.missing.record_notice(episode.id, "located_ncmec", world.clock.now, "NC-2")
    assert world.duties.get(located.id).status == "done"


def test_row10_a_notice_before_learned_or_told_twice_is_refused_and_changes_nothing(
    world: World,
) -> None:
    youth = world.youth()
    world.clock.now = RECEIVED + 6 * H
    episode = world.missing.report_missing(youth.id, RECEIVED + 2 * H, "Sam Ortiz").episode
    with pytest.raises(CsecError, match="before you learned the youth was missing"):
        world.missing.record_notice(episode.id, "law_enforcement", RECEIVED + H, "LE-1")
    assert world.open_by_type(youth.id)["missing_law_enforcement_ncmec"].status == "open"
    world.missing.record_notice(episode.id, "law_enforcement", RECEIVED + 3 * H, "LE-1")
    with pytest.raises(CsecError, match=r"already recorded as told .*ref LE-1"):
        world.missing.record_notice(episode.id, "law_enforcement", RECEIVED + 4 * H, "LE-2")
    kept = world.missing.episodes.get(episode.id).data["reports"]["law_enforcement"]
    assert kept["ref"] == "LE-1"
    world.missing.record_located(episode.id, RECEIVED + 5 * H, "Fresno", "CHP")
    with pytest.raises(CsecError, match="before the youth was located"):
        world.missing.record_notice(episode.id, "located_ncmec", RECEIVED + 4 * H, "NC-1")


# -- 11. Danger now: a duty and a banner until acknowledged -----------------------------------
def test_row11_danger_now_starts_the_safety_duty_at_once(world: World) -> None:
    youth = world.youth()
    run = world.draft(youth, {}, instrument="csec_identification_brief", point="hotline_intake")
    assert "safety_now_procedure" not in world.open_by_type(youth.id)
    run.set_answer("b_safety_now", "yes")
    safety = world.open_by_type(youth.id)["safety_now_procedure"]
    assert safety.due_at == RECEIVED and "911" in safety.label["en"]
    assert safety.citation == "County safety procedure" and safety.data["county_setting"]
    assert "911" in world.policy.safety_procedure.en
    run.set_answer("b_safety_now", "yes")  # saved again: still one duty
    assert len(world.of_type(youth.id, "safety_now_procedure")) == 1
    done = world.duties.record_done(safety.id, world.clock.now, "Acknowledged", auto=True)
    assert done.status == "done"


def test_row11_danger_withdrawn_before_signing_leaves_no_safety_duty(world: World) -> None:
    youth = world.youth()
    run = world.draft(youth, {}, instrument="csec_identification_brief", point="hotline_intake")
    run.set_answer("b_safety_now", "yes")
    assert "safety_now_procedure" in world.open_by_type(youth.id)
    run.set_answer("b_safety_now", "no")  # corrected while drafting: the duty is withdrawn
    assert "safety_now_procedure" not in world.open_by_type(youth.id)
    run.set_answer("b_safety_now", "yes")  # and a new yes starts it again
    assert "safety_now_procedure" in world.open_by_type(youth.id)
    # A draft resumed later (nothing planned in this session) and corrected: signing decides.
    resumed = world.screening.resume(run.encounter_id, world.caseload.open(youth.id))
    resumed.navigator.set_answer("b_safety_now", "no")
    world.screening.encounters.save_answer(run.encounter_id, "b_safety_now", "no", None)
    done = resumed.complete()
    assert done.encounter.final_band == "no_current_concern"
    assert "safety_now_procedure" not in world.open_by_type(youth.id)
    closed = [d.status for d in world.of_type(youth.id, "safety_now_procedure")]
    assert closed == ["not_applicable", "not_applicable"]


# -- re-screening: youth in care due for screening by the policy's min_age and interval -------
def test_due_for_screening_uses_min_age_and_the_rescreen_interval(world: World) -> None:
    from csec_desktop.core.records.caseload_status import CaseloadFilter

    screened = world.youth()
    world.screen(screened, {})
    never = world.youth(legal_first_name="Ana")
    too_young = world.youth(legal_first_name="Bo", birth_date=date(2019, 1, 1))
    not_in_care = world.youth(
        legal_first_name="Cy", in_care=False, legal_status=LegalStatus.NOT_IN_CARE
    )
    statuses = load_statuses(world.ctx, world.policy)
    assert statuses[never.id].due_for_screening
    assert not statuses[screened.id].due_for_screening
    assert not statuses[too_young.id].due_for_screening  # under min_age 10
    assert not statuses[not_in_care.id].due_for_screening
    world.clock.advance(days=world.policy.rescreen_days or 0)
    later = load_statuses(world.ctx, world.policy, world.clock.now)
    assert later[screened.id].due_for_screening
    assert CaseloadFilter.DUE_FOR_SCREENING.label == "Due for screening"


def test_impossible_missing_times_are_refused_and_change_nothing(world: World) -> None:
    youth = world.youth()
    episode = world.missing.report_missing(youth.id, RECEIVED, "Sam Ortiz").episode
    world.clock.now = RECEIVED + 2 * H
    with pytest.raises(CsecError, match="cannot be located before you learned"):
        world.missing.record_located(episode.id, RECEIVED - H, "Oakland", "OPD")
    with pytest.raises(CsecError, match="later than now"):
        world.missing.record_located(episode.id, world.clock.now + H, "Oakland", "OPD")
    assert world.missing.open_episode(youth.id) is not None
    world.missing.record_located(episode.id, RECEIVED + H, "Oakland", "OPD")
    with pytest.raises(CsecError, match="after they were located"):
        world.missing.correct_learned_at(episode.id, RECEIVED + 90 * timedelta(minutes=1))
