"""Case-level collaboration in core: referrals someone owns, MDT meetings whose sharing basis
is checked, a safety plan that is versioned and signed. Duties land in the real duty store
(the Deadlines panel reads ``open_duties``)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pydantic import ValidationError

from csec_desktop.core.errors import CsecError
from csec_desktop.core.localtime import local_date
from csec_desktop.core.records.case_duties import ACTION, FOLLOW_UP, NEXT_MEETING, REOFFER
from csec_desktop.core.records.case_items import (
    Authorization,
    CaseItems,
    EngagementAttempt,
    MdtMeeting,
    Referral,
    SafetyPlan,
    StageOfChange,
)
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.records.mdt_meeting import ActionItem, sharing_warning
from csec_desktop.core.records.safety_plan import ExploiterIdentifier
from csec_desktop.core.records.youth import Agency, YouthProfile

REPORT = date(2026, 3, 2)


@pytest.fixture
def youth_id(ctx) -> str:
    profile = YouthProfile(
        legal_first_name="Mia", legal_last_name="Soto", agency=Agency.CHILD_WELFARE
    )
    return Caseload(ctx).add(profile).id


def _open(ctx, youth_id: str) -> dict[str, list]:
    found: dict[str, list] = {}
    for duty in DutyStore(ctx).open_duties():
        if duty.youth_id == youth_id:
            found.setdefault(duty.duty_type, []).append(duty)
    return found


def test_a_declined_referral_produces_a_re_offer_duty_and_its_follow_up_closes(
    ctx, youth_id
) -> None:
    items = CaseItems(ctx)
    referral = Referral(
        domain="mental_health",
        agency="Youth counselling",
        owner="Kim Lee",
        follow_up_on=date(2026, 3, 9),
        youth_agreed=True,
    )
    stored = items.add(youth_id, referral)
    follow = _open(ctx, youth_id)[FOLLOW_UP]
    assert len(follow) == 1 and local_date(follow[0].due_at) == date(2026, 3, 9)
    assert (
        follow[0].label["en"] == "Follow up the referral to Youth counselling "
        "(Mental and emotional health) — Kim Lee"
    )
    declined = referral.model_copy(
        update={"outcome": "declined", "status": "declined", "reoffer_on": date(2026, 4, 6)}
    )
    items.change(stored.id, Referral.model_validate(declined.model_dump()))
    duties = _open(ctx, youth_id)
    assert FOLLOW_UP not in duties  # the re-offer takes its place, with the reason recorded
    assert [local_date(d.due_at) for d in duties[REOFFER]] == [date(2026, 4, 6)]
    closed = [d for d in DutyStore(ctx).for_youth(youth_id) if d.duty_type == FOLLOW_UP]
    assert closed[0].status == "not_applicable"
    # the re-offer date moves: the same duty moves with it (no second duty)
    later = Referral.model_validate({**declined.model_dump(), "reoffer_on": date(2026, 5, 4)})
    items.change(stored.id, later)
    assert [local_date(d.due_at) for d in _open(ctx, youth_id)[REOFFER]] == [date(2026, 5, 4)]
    items.remove(stored.id, "Entered for the wrong youth")
    assert _open(ctx, youth_id) == {}


def test_a_re_offer_date_is_only_for_a_declined_referral() -> None:
    with pytest.raises(ValidationError, match="re-offer date is for a referral the youth declined"):
        Referral(domain="housing", agency="Shelter", reoffer_on=date(2026, 4, 1))
    old = Referral.model_validate(
        {
            "kind": "referral",
            "domain": "housing",
            "agency": "Shelter",
            "contact": "",
            "referred_on": None,
            "status": "planned",
            "note": "",
        }
    )
    assert old.owner == "" and old.outcome is None and old.youth_agreed is None


@pytest.mark.parametrize(
    ("days", "good_cause", "warned"),
    [(30, "", False), (31, "", True), (31, "Youth still missing; team coordinating search", False)],
)
def test_an_18961_7_meeting_past_30_days_without_good_cause_is_warned(
    days: int, good_cause: str, warned: bool
) -> None:
    meeting = MdtMeeting(
        held_on=REPORT + timedelta(days=days), report_on=REPORT, good_cause=good_cause
    )
    warning = sharing_warning(meeting)
    assert bool(warning) is warned
    if warned:
        assert f"{days} days after the report" in warning and "good cause" in warning
    other = meeting.model_copy(update={"sharing_basis": "wic_830"})
    assert sharing_warning(other) == ""


def test_an_old_free_text_basis_is_read_as_the_section_it_names() -> None:
    old = {
        "kind": "mdt_meeting",
        "held_on": "2026-03-04",
        "attendees": [],
        "youth_attended": False,
        "decisions": "",
        "sharing_basis": "WIC 18961.7 (MDT information sharing)",
    }
    read = MdtMeeting.model_validate(old)
    assert (read.sharing_basis, read.basis_note) == ("wic_18961_7", "")
    other = MdtMeeting.model_validate({**old, "sharing_basis": "County MDT protocol, 2024 MOU"})
    assert other.sharing_basis == "wic_830"  # and the words are kept as written
    assert (
        other.basis_words
        == "WIC 830 / county MDT protocol — as recorded: County MDT protocol, 2024 MOU"
    )


def test_meeting_action_items_and_the_next_meeting_become_duties(ctx, youth_id) -> None:
    items = CaseItems(ctx)
    meeting = MdtMeeting(
        held_on=date(2026, 3, 4),
        meeting_type="initial",
        youth_asked_for="To stay at her school",
        action_items=(
            ActionItem(text="Enroll in tutoring", owner="School liaison", due_on=date(2026, 3, 11)),
            ActionItem(text="Schedule health exam", owner="PHN", due_on=date(2026, 3, 13)),
        ),
        next_meeting_on=date(2026, 4, 1),
        sharing_basis="wic_18961_7",
        report_on=REPORT,
    )
    stored = items.add(youth_id, meeting)
    duties = _open(ctx, youth_id)
    assert sorted(d.label["en"] for d in duties[ACTION]) == [
        "MDT action: Enroll in tutoring — School liaison",
        "MDT action: Schedule health exam — PHN",
    ]
    assert [local_date(d.due_at) for d in duties[NEXT_MEETING]] == [date(2026, 4, 1)]
    # the worker records one action done; changing the meeting does not start it again
    tutoring = next(d for d in duties[ACTION] if "tutoring" in d.label["en"])
    DutyStore(ctx).record_done(tutoring.id, ctx.clock(), "Confirmed with the school")
    items.change(stored.id, meeting.model_copy(update={"decisions": "Keep school placement"}))
    assert [d.label["en"] for d in _open(ctx, youth_id)[ACTION]] == [
        "MDT action: Schedule health exam — PHN"
    ]


def test_a_safety_plan_is_signed_and_a_change_makes_its_next_version(ctx, youth_id, clock) -> None:
    items = CaseItems(ctx)
    with pytest.raises(CsecError, match="empty"):
        items.sign_safety_plan(items.add(youth_id, SafetyPlan()).id)
    plan = SafetyPlan(
        exploiter_identifiers=(ExploiterIdentifier(kind="phone", value="555-0199"),),
        safe_adults=("Aunt Rosa", " "),
        if_contacted="Tell a safe adult and call the worker.",
        youth_participated=True,
    )
    stored = items.add(youth_id, plan)
    assert stored.item.safe_adults == ("Aunt Rosa",) and not stored.item.signed
    signed = items.sign_safety_plan(stored.id)
    assert signed.item.signed_by == ctx.actor.display_name and signed.item.plan_version == 1
    with pytest.raises(CsecError, match="already signed"):
        items.sign_safety_plan(stored.id)
    same = items.change(stored.id, plan)  # saved without a change: still signed
    assert same.item.signed and same.item.plan_version == 1
    clock.advance(days=3)
    changed = items.change(stored.id, plan.model_copy(update={"code_word": "blue kite"}))
    assert changed.item.plan_version == 2 and not changed.item.signed
    assert changed.version > signed.version  # every save is a record version that syncs
    assert items.sign_safety_plan(stored.id).item.plan_version == 2


def test_a_part_2_consent_needs_its_required_elements_and_applies_between_its_dates() -> None:
    with pytest.raises(ValidationError) as refused:
        Authorization(
            auth_type="part2_consent",
            agencies=("MDT",),
            information=("part2",),
            starts_on=date(2026, 3, 1),
        )
    said = str(refused.value)
    for element in (
        "program permitted to disclose",
        "the purpose",
        "an expiry date or event",
        "who signed it and when",
        "right to revoke was explained",
    ):
        assert element in said
    consent = Authorization(
        auth_type="part2_consent",
        agencies=("County MDT",),
        information=("part2",),
        starts_on=date(2026, 3, 1),
        expires_on=date(2026, 6, 1),
        signed_by="the youth",
        signed_on=date(2026, 3, 1),
        discloser="Teen recovery program",
        purpose="Plan services with the MDT",
        revocation_explained=True,
    )
    assert consent.current(date(2026, 3, 1)) and not consent.current(date(2026, 6, 2))
    revoked = consent.model_copy(update={"revoked_on": date(2026, 4, 1)})
    assert revoked.current(date(2026, 3, 31)) and not revoked.current(date(2026, 4, 1))
    with pytest.raises(ValidationError, match="order or case number"):
        Authorization(
            auth_type="court_order_827",
            agencies=("Probation",),
            information=("justice",),
            starts_on=date(2026, 3, 1),
        )


def test_the_worker_support_prompt_follows_an_identification_only() -> None:
    from csec_desktop.core.instruments.model import Text
    from csec_desktop.core.reports.resources_policy import ResourceLine
    from csec_desktop.core.worker_support import worker_support_words

    assert worker_support_words("at_risk", None) == ""
    assert "employee assistance program (EAP)" in worker_support_words("identified", None)
    line = ResourceLine(name=Text(en="County peer support"), phone="555-0177")
    words = worker_support_words("identified", line)
    assert words.endswith("County peer support: call 555-0177 — confidential.")


def test_stages_of_change_and_attempts_are_kept_over_time(ctx, youth_id) -> None:
    items = CaseItems(ctx)
    items.add(youth_id, StageOfChange(stage="precontemplation", noted_on=date(2026, 3, 2)))
    items.add(youth_id, StageOfChange(stage="contemplation", noted_on=date(2026, 4, 2)))
    items.add(youth_id, EngagementAttempt(tried_on=date(2026, 3, 9), method="phone"))
    stages = [s.item.stage for s in items.for_youth(youth_id, "stage_of_change")]
    assert stages == ["precontemplation", "contemplation"]
    assert items.for_youth(youth_id, "engagement_attempt")[0].item.reached is False
