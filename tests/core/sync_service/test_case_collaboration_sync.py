"""A safety plan, a referral with its follow-up and an MDT meeting travel in a signed bundle,
are kept by the county as sent (so counts can read them), and so do the duties they start."""

from __future__ import annotations

import json
from datetime import date

from csec_desktop.core.records.case_duties import REOFFER
from csec_desktop.core.records.case_items import (
    Authorization,
    CaseItems,
    EngagementAttempt,
    MdtMeeting,
    Referral,
    SafetyPlan,
    StageOfChange,
)
from csec_desktop.core.records.mdt_meeting import ActionItem
from csec_desktop.core.records.safety_plan import ExploiterIdentifier

from .world import World, profile


def test_collaboration_records_and_their_duties_reach_the_county(world: World) -> None:
    a = world.laptop("a")
    youth = a.caseload.add(profile())
    items = CaseItems(a.ctx)
    plan = items.add(
        youth.id,
        SafetyPlan(
            exploiter_identifiers=(ExploiterIdentifier(kind="handle", value="@someone"),),
            if_contacted="Call the worker",
        ),
    )
    items.sign_safety_plan(plan.id)
    referral = items.add(
        youth.id,
        Referral(
            domain="education",
            agency="Tutoring",
            outcome="declined",
            status="declined",
            reoffer_on=date(2026, 4, 1),
            youth_agreed=False,
        ),
    )
    meeting = items.add(
        youth.id,
        MdtMeeting(
            held_on=date(2026, 3, 3),
            sharing_basis="wic_830",
            action_items=(ActionItem(text="Call school", owner="Kim", due_on=date(2026, 3, 5)),),
        ),
    )
    others = [
        items.add(youth.id, StageOfChange(stage="preparation", noted_on=date(2026, 3, 3))),
        items.add(youth.id, EngagementAttempt(tried_on=date(2026, 3, 4), method="phone")),
        items.add(
            youth.id,
            Authorization(
                auth_type="youth_release",
                agencies=("County MDT",),
                information=("general",),
                starts_on=date(2026, 3, 1),
            ),
        ),
    ]
    result = world.import_(a.sync.export(a.out).path)
    assert result.counts.get("rejected", 0) == 0

    def county(record_id: str) -> dict:
        row = world.county_db.execute(
            "SELECT data FROM county_records WHERE record_id = ?", (record_id,)
        ).fetchone()
        return json.loads(row[0])

    sent_plan = county(plan.id)
    assert sent_plan["item_kind"] == "safety_plan" and sent_plan["version"] == 2
    assert sent_plan["data"]["signed_by"] == "Kim Lee"
    assert county(referral.id)["data"]["outcome"] == "declined"
    assert [county(o.id)["item_kind"] for o in others] == [
        "stage_of_change",
        "engagement_attempt",
        "authorization",
    ]
    assert county(meeting.id)["data"]["action_items"][0]["owner"] == "Kim"
    duties = world.county_db.execute(
        "SELECT data FROM county_records WHERE kind = 'duty'"
    ).fetchall()
    types = sorted(json.loads(d[0])["duty_type"] for d in duties)
    assert types == ["mdt_action_item", REOFFER]
