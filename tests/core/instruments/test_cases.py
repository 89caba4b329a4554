"""Instrument test cases: the shipped cases pass and cover every band, rule and skip, and a
wrong expectation is reported as a difference naming the case and the field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.instruments import Instrument, shipped_registry
from csec_desktop.core.instruments.cases import CaseFile, load_cases, run_cases
from csec_desktop.core.screening_policy import default_screening_policy
from tests.county_example import EXAMPLE_CASES, ROOT, example_instrument

# The source tree's files (tests run from it); the package ships the same files.
SHIPPED_DIR = ROOT / "resources" / "instruments"
SHIPPED = [(i, SHIPPED_DIR / i.id / f"{i.version}.cases.json") for i in shipped_registry().all()]
ALL = [*SHIPPED, (example_instrument(), EXAMPLE_CASES)]


def cases_of(path: Path) -> CaseFile:
    return load_cases(path.read_text("utf-8"), path.name)


@pytest.mark.parametrize(("instrument", "path"), ALL, ids=[i.id for i, _ in ALL])
def test_cases_pass_and_cover_every_band_rule_and_skip(instrument: Instrument, path: Path) -> None:
    assert path.is_file(), f"{instrument.id} {instrument.version} ships without test cases"
    cases = cases_of(path)
    results = run_cases(instrument, cases, default_screening_policy())
    assert [r.differences for r in results if not r.passed] == []
    defn = instrument.definition
    assert {b.id for b in defn.bands} <= {c.expect.band for c in cases.cases}
    fired = {rule for c in cases.cases for rule in c.expect.fired or []}
    assert {r.id for r in defn.rules} <= fired
    deciding = {c.expect.deciding_rule for c in cases.cases}
    assert {r.id for r in defn.rules if r.band != defn.bands[-1].id} & deciding
    skipped = {i for c in cases.cases for i in c.expect.hidden}
    asked = {i for c in cases.cases for i in c.expect.shown}
    with_skip = {i.id for i in instrument.items() if i.relevant} or set()
    assert not with_skip or (with_skip & skipped and with_skip & asked)
    unknowns = [c for c in cases.cases if "unknown" in json.dumps(c.answers)]
    assert unknowns, "no case answers 'unknown'"
    assert any(c.expect.complete for c in cases.cases)


def test_a_wrong_expectation_is_a_difference_naming_the_field() -> None:
    instrument = example_instrument()
    data = json.loads(EXAMPLE_CASES.read_text("utf-8"))
    case = data["cases"][3]  # a clear worry
    case["expect"].update(band="watch", fired=["pull_score"], deciding_rule=None)
    case["expect"]["hidden"] = ["worry"]
    result = run_cases(instrument, CaseFile.model_validate(data), default_screening_policy())[3]
    assert not result.passed
    assert result.differences == [
        "band: expected 'watch', got 'follow_up_now'",
        "fired: expected 'pull_score', which did not happen",
        "fired: 'clear_worry' happened, which the case does not expect",
        "deciding_rule: expected none (the default band), got 'clear_worry'",
        "hidden: expected 'worry' to be skipped, but it is asked",
    ]


def test_duties_are_compared_with_what_the_policy_creates() -> None:
    instrument = example_instrument()
    data = json.loads(EXAMPLE_CASES.read_text("utf-8"))
    case = data["cases"][1]
    case["expect"]["duties"] = ["return_debrief"]
    result = run_cases(instrument, CaseFile.model_validate(data), default_screening_policy())[1]
    assert result.differences == ["duties: expected 'return_debrief', which did not happen"]


def test_answers_that_do_not_fit_fail_the_case_without_the_value() -> None:
    data = json.loads(EXAMPLE_CASES.read_text("utf-8"))
    data["cases"][0]["answers"] = {"worry": 7}
    data["cases"][1]["answers"] = {"no_such_item": "x"}
    results = run_cases(
        example_instrument(), CaseFile.model_validate(data), default_screening_policy()
    )
    assert results[0].differences == ["answers: worry: expected a concern rating 0, 1 or 2"]
    assert "no_such_item" in results[1].differences[0]


def test_a_malformed_cases_file_names_the_place() -> None:
    data = json.loads(EXAMPLE_CASES.read_text("utf-8"))
    del data["cases"][2]["expect"]["band"]
    with pytest.raises(ValidationError, match=r"c.json:cases\[2\]\.expect\.band: Field required"):
        load_cases(json.dumps(data), "c.json")
    with pytest.raises(ValidationError, match="not runaway_risk_checkin"):
        data = json.loads(EXAMPLE_CASES.read_text("utf-8"))
        data["instrument"] = "holistic_needs"
        run_cases(example_instrument(), CaseFile.model_validate(data), default_screening_policy())
