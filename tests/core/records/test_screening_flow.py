"""Whole screenings run headless through the records layer, as the wizard will drive them."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from csec_desktop.core.errors import CsecError
from csec_desktop.core.instruments import IncompleteError, shipped_registry
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.screening_policy import default_screening_policy

RECEIVED = datetime(2026, 3, 2, 7, 15, tzinfo=UTC)


@pytest.fixture
def service(ctx) -> ScreeningService:
    return ScreeningService(ctx, shipped_registry(), default_screening_policy())


@pytest.fixture
def youth(ctx):
    profile = YouthProfile(
        legal_first_name="Imani",
        legal_last_name="Walker",
        birth_date=date(2011, 5, 9),
        agency=Agency.CHILD_WELFARE,
        in_care=True,
    )
    return Caseload(ctx).add(profile)


def answer_all(run, overrides: dict[str, object]) -> None:
    """Walk the form as the wizard does: answer the current item, then go next."""
    while run.navigator.current is not None:
        item = run.navigator.current
        if item.id in overrides:
            run.answer(overrides[item.id])
        elif item.kind == "concern_rating":
            run.answer(0)
        elif item.kind == "yes_no_unknown":
            run.answer("no")
        elif item.kind == "multiple_choice":
            run.answer([item.choices[0].id])
        run.next()


def test_a_disclosure_identifies_and_starts_the_clocks(service, youth, clock) -> None:
    run = service.start(youth, "placement_change", "csec_identification", RECEIVED)
    answer_all(run, {"ex_disclosed": 2})
    done = run.complete()
    assert done.encounter.final_band == "identified"
    explanation = done.encounter.explanation
    assert explanation["deciding_rule"]["rule_id"] == "exchange_identified"
    assert explanation["contributions"][0]["item_id"] == "ex_disclosed"
    # Reporting duties started provisionally from the draft, the rest at completion.
    assert {d.duty_type for d in run.provisional_duties} >= {
        "hotline_report",
        "law_enforcement_victim",
    }
    all_duties = DutyStore(service.ctx).for_encounter(done.encounter.id)
    due = {d.duty_type: d.due_at for d in all_duties}
    assert due["hotline_report"] == RECEIVED
    assert due["written_report_ss8572"] == RECEIVED + timedelta(hours=36)
    assert due["law_enforcement_victim"] == RECEIVED + timedelta(hours=24)
    assert due["mdt_referral"] == RECEIVED + timedelta(hours=72)
    assert "PC 11166" in next(d for d in all_duties if d.duty_type == "hotline_report").citation


def test_no_concern_starts_no_identified_duties(service, youth) -> None:
    run = service.start(youth, "placement_change", "csec_identification", RECEIVED)
    answer_all(run, {})
    done = run.complete()
    assert done.encounter.final_band == "no_current_concern"
    assert not {"hotline_report", "law_enforcement_victim"} & {d.duty_type for d in done.duties}


def test_required_items_block_completion(service, youth) -> None:
    run = service.start(youth, "case_opening", "csec_identification", RECEIVED)
    assert run.navigator.current.id == "info_sources"
    run.answer(["youth", "records"])
    with pytest.raises(IncompleteError, match="needs an answer"):
        run.complete()


def test_a_draft_resumes_where_it_stopped_with_every_saved_answer(ctx, service, youth) -> None:
    run = service.start(youth, "placement_change", "csec_identification", RECEIVED)
    answer_all(run, {"ctl_fear": 1})
    run.go_to("ms_travel")
    fresh = ScreeningService(ctx, shipped_registry(), default_screening_policy())
    again = fresh.resume(run.encounter_id, youth)
    assert again.navigator.position == "ms_travel"
    assert again.navigator.answers == run.navigator.answers
    assert again.navigator.outcome.band == run.navigator.outcome.band


def test_duties_record_how_and_when_and_late_needs_a_reason(ctx, service, youth, clock) -> None:
    run = service.start(youth, "placement_change", "csec_identification", RECEIVED)
    answer_all(run, {"ex_evidence": 2})
    run.complete()
    duties = {d.duty_type: d for d in DutyStore(ctx).for_encounter(run.encounter_id)}
    store = DutyStore(ctx)
    clock.now = RECEIVED + timedelta(hours=40)
    report = duties["written_report_ss8572"]
    assert report.urgency(clock.now) == "overdue"
    with pytest.raises(CsecError, match="reason it was late"):
        store.record_done(report.id, clock.now, "Form SS 8572 faxed", reference="R-1")
    done = store.record_done(
        report.id,
        clock.now,
        "Form SS 8572 faxed",
        reference="R-1",
        late_reason="Hotline system outage",
    )
    assert done.status == "done" and done.data["done"]["late_reason"] == "Hotline system outage"
    assert report.id not in {d.id for d in store.open_duties()}


def test_needs_referrals_become_service_plan_referrals_by_domain_id_once(
    service, youth, ctx
) -> None:
    from csec_desktop.core.records.case_items import CaseItems

    def assess(referrals: list[str], other: str | None = None) -> list[tuple[str, str]]:
        run = service.start(youth, "case_plan_review", "holistic_needs", RECEIVED)
        answers: dict[str, object] = {
            item.id: "no" if item.kind == "yes_no_unknown" else "none"
            for item in run.navigator.instrument.items()
            if item.required
        }
        answers.update({"cr_safe_now": "yes", "housing_need": "significant"})
        answers.update({"housing_referrals": referrals, "mental_health_need": "some"})
        answers["mental_health_referrals"] = ["trauma_therapy"]
        if other:
            answers["housing_referral_other"] = other
        run.set_answers(answers)
        done = run.complete()
        return [(s.item.domain, s.item.agency) for s in done.referrals]

    created = assess(["emergency_shelter", "other"], "Host home program")
    assert created == [
        ("mental_health", "Trauma-focused therapy"),
        ("housing", "Emergency shelter"),
        ("housing", "Host home program"),
    ]
    plan = CaseItems(ctx).for_youth(youth.id, "referral")
    assert all(s.item.status == "planned" and "needs assessment" in s.item.note for s in plan)
    # A reassessment with one referral the same and one new adds only the new one.
    assert assess(["emergency_shelter", "transitional_housing"]) == [
        ("housing", "Transitional housing")
    ]
    assert len(CaseItems(ctx).for_youth(youth.id, "referral")) == 4
