"""Whole sessions driven headless, as the GUI will drive them."""

from __future__ import annotations

import json

import pytest

from csec_desktop.core.errors import IntegrityError
from csec_desktop.core.instruments import (
    AnswerError,
    IncompleteError,
    Instrument,
    InstrumentRegistry,
    ItemKind,
    Navigator,
    SessionContext,
)


def walk_all(nav: Navigator, overrides: dict[str, object] | None = None) -> None:
    """Go through the form with next(), answering every relevant item as a worker might:
    no concern, "no", the first choice, a date or a few words, unless overridden."""
    overrides = overrides or {}
    while nav.current is not None:
        item = nav.current
        if item.id in overrides:
            nav.answer(overrides[item.id])
        elif item.kind is ItemKind.CONCERN:
            nav.answer(0)
        elif item.kind is ItemKind.YES_NO_UNKNOWN:
            nav.answer("no")
        elif item.kind is ItemKind.SINGLE:
            nav.answer(item.choices[0].id)  # type: ignore[index]
        elif item.kind is ItemKind.MULTIPLE:
            nav.answer([item.choices[0].id])  # type: ignore[index]
        elif item.kind is ItemKind.DATE:
            nav.answer("2024-05-01")
        elif item.kind is ItemKind.NUMBER:
            nav.answer(1)
        else:
            nav.answer("Noted.")
        nav.next()


@pytest.fixture
def screen(registry: InstrumentRegistry) -> Instrument:
    return registry.get("csec_identification")


def test_disclosure_identifies_whatever_the_other_ratings(screen: Instrument) -> None:
    nav = Navigator(screen)
    walk_all(nav, {"ex_disclosed": 2})
    assert nav.at_end
    outcome = nav.complete()
    assert outcome.band == "identified"
    assert outcome.band_label.es == "Identificado"
    assert outcome.deciding_rule is not None
    assert outcome.deciding_rule.rule_id == "exchange_identified"
    assert "WIC 300(b)(2)" in outcome.deciding_rule.reason.en
    first = outcome.explanation[0]
    assert (first.item_id, first.answer, first.points) == ("ex_disclosed", 2, 2.0)
    assert first.rules == ("exchange_identified", "possible_exchange")
    assert [hit.band for hit in outcome.fired] == ["identified", "at_risk"]
    assert first.label.en.startswith("The youth has said they traded")


def test_third_party_control_identifies(screen: Instrument) -> None:
    nav = Navigator(screen)
    walk_all(nav, {"ctl_third_party": 2})
    assert nav.complete().band == "identified"
    assert nav.outcome.deciding_rule.rule_id == "third_party_identified"  # type: ignore[union-attr]


def test_many_clear_concerns_without_exchange_are_at_risk_not_identified(screen: Instrument):
    nav = Navigator(screen)
    walk_all(nav, {"ms_episodes": 2, "rel_older_partner": 2, "mg_items": 2, "sp_school": 2})
    outcome = nav.complete()
    assert outcome.band == "at_risk"
    assert [hit.rule_id for hit in outcome.fired] == ["two_clear_concerns", "direct_indicators"]
    assert {line.item_id for line in outcome.explanation} == {
        "ms_episodes",
        "rel_older_partner",
        "mg_items",
        "sp_school",
    }
    assert outcome.total_score == 8.0
    assert outcome.group_scores["missing"] == 2.0


def test_background_vulnerabilities_alone_are_no_current_concern(screen: Instrument) -> None:
    nav = Navigator(screen)
    walk_all(nav, {"sp_school": 1, "sp_placements": 1, "pv_abuse": 2, "su_use": 1})
    outcome = nav.complete()
    assert outcome.band == "no_current_concern"
    assert outcome.deciding_rule is None
    assert outcome.total_score == 5.0


def test_skip_logic_hides_and_shows_and_hidden_answers_do_not_count(screen: Instrument):
    nav = Navigator(screen)
    assert not nav.is_relevant("exploitation_timing")
    nav.set_answer("ex_evidence", 1)
    assert nav.is_relevant("exploitation_timing")
    nav.set_answer("exploitation_timing", ["while_missing"])
    nav.set_answer("ex_evidence", 0)
    assert not nav.is_relevant("exploitation_timing")
    assert "exploitation_timing" not in nav.effective_answers()
    assert nav.answers["exploitation_timing"] == ["while_missing"]  # kept for going back
    nav.set_answer("ctl_third_party", 1)
    assert nav.effective_answers()["exploitation_timing"] == ["while_missing"]


def test_required_items_block_completion_with_a_message(screen: Instrument) -> None:
    nav = Navigator(screen)
    walk_all(nav)
    nav.set_answer("ctl_fear", None)
    assert not nav.can_complete
    with pytest.raises(IncompleteError) as caught:
        nav.complete()
    assert str(caught.value) == "cannot complete yet: item ctl_fear needs an answer"
    assert [i.item_id for i in caught.value.issues] == ["ctl_fear"]
    assert (
        nav.messages("ctl_fear")[0].en == "This needs an answer before the form can be completed."
    )
    assert nav.messages("ctl_fear")[0].es.startswith("Esto necesita una respuesta")
    assert [item.id for item in nav.missing()] == ["ctl_fear"]
    nav.set_answer("ctl_fear", 1)
    assert nav.complete().band == "no_current_concern"


def test_going_back_and_changing_an_answer_updates_relevance_and_outcome(screen: Instrument):
    nav = Navigator(screen, context=SessionContext(age=15, decision_point="placement_change"))
    nav.answer(["records"])
    nav.next()
    nav.answer("no")
    assert nav.next().id == "ex_disclosed"  # type: ignore[union-attr]
    nav.answer(2)
    assert nav.outcome.band == "identified"
    assert nav.is_relevant("exploitation_timing")
    nav.next()
    nav.answer(0)
    assert nav.back().id == "ex_disclosed"  # type: ignore[union-attr]
    nav.answer(0)
    assert nav.outcome.band == "no_current_concern"
    assert not nav.is_relevant("exploitation_timing")
    assert nav.back().id == "safety_now"  # type: ignore[union-attr]
    assert nav.back().id == "info_sources"  # type: ignore[union-attr]
    assert nav.back().id == "info_sources"  # stays at the first item


def test_wrong_kind_of_answer_is_refused_without_echoing_it(screen: Instrument) -> None:
    nav = Navigator(screen)
    with pytest.raises(AnswerError) as caught:
        nav.set_answer("ex_disclosed", "Maria said yes")
    assert str(caught.value) == "ex_disclosed: expected a concern rating 0, 1 or 2"
    assert "Maria" not in str(caught.value)
    assert "ex_disclosed" not in nav.answers


def test_recommended_actions_follow_band_and_decision_point(screen: Instrument) -> None:
    nav = Navigator(screen, context=SessionContext(decision_point="return_from_missing"))
    walk_all(nav, {"ex_disclosed": 2, "safety_now": "yes"})
    ids = [a.id for a in nav.recommended_actions()]
    assert ids[:4] == ["report_hotline", "report_law_enforcement", "refer_mdt", "safety_plan"]
    assert {"safety_first", "share_hotline", "debrief_on_return"} <= set(ids)
    assert "rescreen" not in ids
    calm = Navigator(screen, context=SessionContext(decision_point="court_report"))
    walk_all(calm)
    assert [a.id for a in calm.recommended_actions()] == ["rescreen", "share_hotline"]


def test_snapshot_round_trip_restores_answers_position_and_outcome(
    screen: Instrument, registry: InstrumentRegistry
) -> None:
    nav = Navigator(screen, context=SessionContext(age=14, decision_point="case_opening"))
    walk_all(nav, {"ms_episodes": 2, "on_contact": 2})
    nav.go_to("on_images")
    saved = json.loads(json.dumps(nav.snapshot()))
    again = Navigator.from_snapshot(saved, registry.resolve(screen.pin))
    assert again.position == "on_images"
    assert again.answers == nav.answers
    assert again.outcome == nav.outcome
    assert again.context == SessionContext(age=14, decision_point="case_opening")


def test_snapshot_refuses_a_different_definition(registry: InstrumentRegistry) -> None:
    nav = Navigator(registry.get("csec_identification"))
    with pytest.raises(IntegrityError, match="content hash differs"):
        Navigator.from_snapshot(nav.snapshot(), registry.get("csec_identification_brief"))


def test_brief_screen_two_signs_and_unknowns(registry: InstrumentRegistry) -> None:
    nav = Navigator(registry.get("csec_identification_brief"))
    walk_all(nav, {"b_missing": "yes", "b_online": "yes"})
    assert nav.complete().band == "at_risk"
    nav.set_answer("b_third_party", "yes")
    assert nav.outcome.band == "identified"
    for item_id in ("b_exchange", "b_third_party", "b_missing"):
        nav.set_answer(item_id, "unknown")
    assert "many_unknowns" in [a.id for a in nav.recommended_actions()]


def test_debrief_constraint_and_decisive_exchange(registry: InstrumentRegistry) -> None:
    nav = Navigator(registry.get("return_from_missing_debrief"))
    walk_all(nav, {"left_date": "2024-05-03", "returned_date": "2024-05-01"})
    assert nav.messages("returned_date")[0].en == (
        "The return date cannot be before the date the youth left."
    )
    with pytest.raises(IncompleteError, match="returned_date does not pass its check"):
        nav.complete()
    nav.set_answer("returned_date", "2024-05-06")
    assert nav.complete().band == "no_current_concern"
    nav.set_answer("stayed_where", ["hotel"])
    assert nav.outcome.band == "at_risk"
    nav.set_answer("da_exchange", 2)
    assert nav.outcome.band == "identified"
    assert nav.outcome.explanation[0].item_id == "da_exchange"


def test_needs_assessment_referrals_follow_need_and_crisis_is_urgent(
    registry: InstrumentRegistry,
) -> None:
    nav = Navigator(registry.get("holistic_needs"))
    assert nav.current.id == "cr_safe_now"  # type: ignore[union-attr]
    assert not nav.is_relevant("housing_referrals")
    nav.set_answer("housing_need", "significant")
    assert nav.is_relevant("housing_referrals")
    assert not nav.is_relevant("housing_referral_other")
    nav.set_answer("housing_referrals", ["emergency_shelter", "other"])
    assert nav.is_relevant("housing_referral_other")
    nav.set_answer("cr_safe_now", "yes")
    assert nav.outcome.band == "moderate_need"
    nav.set_answer("cr_place_tonight", "no")
    assert nav.outcome.band == "urgent"
    assert nav.outcome.deciding_rule.rule_id == "crisis"  # type: ignore[union-attr]
    assert "act_today" in [a.id for a in nav.recommended_actions()]
