"""Property tests: whatever answers of the right kinds arrive, in whatever order, with whatever
moving back and forth, the navigator never raises, the outcome is always one of the bands, and
the quick decision an answer uses (band and firing rules) always agrees with the full outcome."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csec_desktop.core.instruments import (
    Instrument,
    Item,
    ItemKind,
    Navigator,
    SessionContext,
    shipped_registry,
)
from csec_desktop.core.instruments.kinds import choices_of

SHIPPED = [i.id for i in shipped_registry().latest()]


def answers_for(item: Item) -> st.SearchStrategy[Any]:
    ids = [choice.id for choice in choices_of(item)]
    kind = item.kind
    if kind is ItemKind.CONCERN:
        value: st.SearchStrategy[Any] = st.integers(0, 2)
    elif kind in (ItemKind.YES_NO_UNKNOWN, ItemKind.SINGLE):
        value = st.sampled_from(ids)
    elif kind is ItemKind.MULTIPLE:
        value = st.lists(st.sampled_from(ids), unique=True)
    elif kind is ItemKind.DATE:
        value = st.dates().map(lambda d: d.isoformat())
    elif kind is ItemKind.NUMBER:
        value = st.one_of(
            st.integers(-1000, 1000), st.floats(allow_nan=False, allow_infinity=False)
        )
    else:
        value = st.text(max_size=40)
    return st.one_of(st.none(), value)


def operations(instrument: Instrument) -> st.SearchStrategy[list[tuple[Any, ...]]]:
    setters = st.sampled_from(instrument.items()).flatmap(
        lambda item: answers_for(item).map(lambda value: ("set", item.id, value))
    )
    moves = st.sampled_from([("next",), ("back",), ("answer_current",)])
    return st.lists(st.one_of(setters, setters, moves), max_size=60)


@pytest.mark.parametrize("instrument_id", SHIPPED)
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_navigator_never_raises_and_outcome_is_a_band(instrument_id: str, data: Any) -> None:
    instrument = shipped_registry().get(instrument_id)
    bands = {band.id for band in instrument.definition.bands}
    context = SessionContext(
        age=data.draw(st.one_of(st.none(), st.integers(0, 25))),
        decision_point=data.draw(st.sampled_from([None, "return_from_missing", "court_report"])),
    )
    nav = Navigator(instrument, context=context)
    for op in data.draw(operations(instrument)):
        if op[0] == "set":
            nav.set_answer(op[1], op[2])
        elif op[0] == "next":
            nav.next()
        elif op[0] == "back":
            nav.back()
        elif nav.current is not None:
            nav.answer(data.draw(answers_for(nav.current)))
        decision = nav.decision  # asked first: worked out on its own, before the outcome
        assert nav.outcome.band == decision.band and decision.band in bands
        assert decision.rule_ids == {hit.rule_id for hit in nav.outcome.fired}
        assert nav.current is None or nav.is_relevant(nav.current.id)
        if op[0] in ("next", "back"):
            continue  # a move changes no answer
        # Issues are kept between answers: always those a fresh navigator finds.
        fresh = Navigator(instrument, nav.answers, nav.position, context)
        assert nav.issues(include_missing=False) == fresh.issues(include_missing=False)
        assert nav.issues() == fresh.issues()
    nav.issues()
    nav.recommended_actions()
    answered, total = nav.progress()
    assert 0 <= answered <= total
    if nav.can_complete:
        assert nav.complete().band in bands
    again = Navigator.from_snapshot(json.loads(json.dumps(nav.snapshot())), instrument)
    assert again.outcome == nav.outcome
    assert again.position == nav.position
