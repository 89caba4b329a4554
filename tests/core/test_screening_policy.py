"""The screening section of the county policy: decision points and duty clocks."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.paths import read_resource_text
from csec_desktop.core.screening_policy import (
    Situation,
    default_screening_policy,
    load_screening_policy,
)


@pytest.fixture
def section() -> dict[str, Any]:
    return json.loads(read_resource_text("policy", "california.json"))["screening"]


def ids(policy: Any, **situation: Any) -> list[str]:
    return [d.id for d in policy.duties_for(Situation(**situation))]


def test_identification_starts_the_reporting_clocks() -> None:
    policy = default_screening_policy()
    child = ids(policy, event="screening", band="identified", age=15, in_care=True)
    assert child == [
        "hotline_report",
        "written_report_ss8572",
        "cross_report_da",
        "law_enforcement_victim",
        "mdt_referral",
        "cse_assessment",
    ]
    duties = {d.id: d for d in policy.duties}
    received = dt.datetime(2024, 5, 1, 9, 30, tzinfo=dt.UTC)
    assert duties["hotline_report"].hours is None
    assert duties["hotline_report"].due_by(received) == received  # immediately
    assert duties["written_report_ss8572"].due_by(received) == received + dt.timedelta(hours=36)
    assert duties["written_report_ss8572"].citation == "PC 11166(a)"
    assert duties["law_enforcement_victim"].hours == 24
    assert duties["mdt_referral"].county_setting and not duties["hotline_report"].county_setting
    assert policy.immediate_grace_minutes == 60


def test_reasonable_suspicion_age_status_and_placement_decide() -> None:
    policy = default_screening_policy()
    images = ids(
        policy, event="screening", band="at_risk", rules=frozenset({"sexual_images"}), age=14
    )
    assert images[:3] == ["hotline_report", "written_report_ss8572", "cross_report_da"]
    assert "law_enforcement_victim" not in images  # a suspicion, not an identification
    nmd = ids(
        policy, event="screening", band="identified", age=20, legal_status="non_minor_dependent"
    )
    assert "hotline_report" not in nmd and "nmd_county_protocol" in nmd
    placed = ids(
        policy, event="screening", band="identified", age=15, legal_status="dependent_300",
        placement_type="strtp",
    )  # fmt: skip
    assert {"attorney_copy", "licensing_notice"} <= set(placed)
    assert ids(policy, event="screening", band="at_risk", age=15) == []
    draft = ids(policy, event="screening", band="identified", age=15, draft=True)
    assert "hotline_report" in draft and "mdt_referral" not in draft  # provisional only


def test_missing_youth_clocks() -> None:
    policy = default_screening_policy()
    in_care = ids(policy, event="missing", in_care=True, missing=True, age=15)
    assert in_care == [
        "missing_law_enforcement_ncmec",
        "missing_notify_family",
        "missing_notify_counsel",
    ]
    assert ids(policy, event="missing", in_care=False, missing=True) == []
    located = ids(policy, event="located", in_care=True)
    assert located == ["located_notify_le_ncmec", "return_debrief"]
    assert ids(policy, event="screening", decision_point="return_from_missing") == []


def test_minimum_age() -> None:
    policy = default_screening_policy()
    assert policy.screens_age(10) and policy.screens_age(None) and not policy.screens_age(9)


def test_county_may_change_a_clock_and_give_english_only(section: dict[str, Any]) -> None:
    section["duties"][7]["hours"] = 48
    section["decision_points"][0]["label"] = {"en": "Hotline"}
    policy = load_screening_policy(section)
    assert policy.duties[7].hours == 48
    assert policy.decision_points[0].label.get("es") == "Hotline"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda s: s["duties"][1].update(hours=-1),
            "screening.duties[1].hours: Input should be greater than or equal to 0",
        ),
        (
            lambda s: s["duties"][0].update(trigger={}),
            "screening.duties[0].trigger: Value error, a trigger needs at least one condition",
        ),
        (
            lambda s: s["duties"][12].update(satisfied_at=["returned"]),
            "duty 'return_debrief' names unknown decision point 'returned'",
        ),
        (
            lambda s: s["decision_points"][2].update(instruments=[]),
            "screening.decision_points[2].instruments: List should have at least 1 item",
        ),
        (lambda s: s.update(min_age="ten"), "screening.min_age: Input should be a valid integer"),
    ],
)
def test_bad_policy_is_refused_with_its_place(section: dict[str, Any], change: Any, message: str):
    change(section)
    with pytest.raises(ValidationError) as caught:
        load_screening_policy(section)
    assert message in str(caught.value)


def test_unknown_decision_point() -> None:
    with pytest.raises(ValidationError, match="unknown decision point 'lunch'"):
        default_screening_policy().instruments_for("lunch")


def test_shipped_citations_are_clean_for_workers() -> None:
    """Citations go on screen and paper: review notes ("confirm …") live in docs/clocks.md."""
    policy = default_screening_policy()
    citations = [duty.citation for duty in policy.duties]
    assert citations and all("confirm" not in c.lower() for c in citations), citations
    assert all(c == c.strip() and "()" not in c for c in citations)
