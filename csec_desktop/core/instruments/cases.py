"""Test cases for an instrument: answer sets run through the navigator, compared with what the
author expects (outcome band, the rules that fired, the deciding rule, skip logic, whether the
form can be completed, and the duties the county policy would create).

A cases file (``csec-instrument-cases/1``) is JSON::

    {"format": "csec-instrument-cases/1", "instrument": "runaway_risk_checkin",
     "version": "1.0.0",
     "cases": [{"name": "...", "decision_point": "placement_change", "age": 15,
                "missing": false, "in_care": true,
                "answers": {"worry": 2},
                "expect": {"band": "follow_up_now", "fired": ["clear_worry"],
                           "deciding_rule": "clear_worry", "hidden": ["times_left"],
                           "shown": [], "complete": false,
                           "duties": ["hotline_report"]}}]}

Only ``band`` is required in ``expect``; every other key is checked only when given
(``"deciding_rule": null`` means "no rule decides: the default band applies"). ``duties`` needs
the case's ``decision_point``. Each difference is one line naming the case and the field.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticError

from csec_desktop.core.errors import CsecError, ValidationError, first_problem
from csec_desktop.core.instruments.loader import Instrument, parse_json
from csec_desktop.core.instruments.model import Ident
from csec_desktop.core.instruments.navigator import Navigator
from csec_desktop.core.instruments.scoring import SessionContext
from csec_desktop.core.screening_policy import ScreeningPolicy, Situation

CASES_FORMAT = "csec-instrument-cases/1"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Expect(_Strict):
    band: Ident
    fired: list[Ident] | None = None
    deciding_rule: Ident | None = None
    hidden: list[Ident] = Field(default_factory=list)
    shown: list[Ident] = Field(default_factory=list)
    complete: bool | None = None
    duties: list[Ident] | None = None


class Case(_Strict):
    name: str = Field(min_length=1, max_length=200)
    decision_point: Ident | None = None
    age: int | None = Field(default=None, ge=0, le=30)
    missing: bool = False
    in_care: bool = False
    answers: dict[Ident, Any] = Field(default_factory=dict)
    expect: Expect


class CaseFile(_Strict):
    format: Literal["csec-instrument-cases/1"]
    instrument: Ident
    version: str | None = None
    cases: list[Case] = Field(min_length=1)


@dataclass(frozen=True)
class CaseResult:
    name: str
    differences: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.differences


def load_cases(text: str, source: str) -> CaseFile:
    """Parse a cases file; errors name the file and the place, e.g. ``cases[2].expect.band``."""
    data = parse_json(text, source)
    try:
        return CaseFile.model_validate(data)
    except PydanticError as exc:
        where, message = first_problem(exc)
        raise ValidationError(f"{source}:{where.lstrip('.') or 'cases'}: {message}") from None


def run_cases(instrument: Instrument, cases: CaseFile, policy: ScreeningPolicy) -> list[CaseResult]:
    """Run every case; a case whose answers do not fit the instrument fails with the reason."""
    if cases.instrument != instrument.id or cases.version not in (None, instrument.version):
        shown = f"{cases.instrument} {cases.version or ''}".strip()
        raise ValidationError(
            f"the cases are for {shown}, not {instrument.id} {instrument.version}"
        )
    return [_run(instrument, case, policy) for case in cases.cases]


def _run(instrument: Instrument, case: Case, policy: ScreeningPolicy) -> CaseResult:
    try:
        navigator = Navigator(
            instrument,
            answers=case.answers,
            context=SessionContext(age=case.age, decision_point=case.decision_point),
        )
    except CsecError as exc:
        return CaseResult(case.name, [f"answers: {exc.message}"])
    outcome, expect, diffs = navigator.outcome, case.expect, []
    if outcome.band != expect.band:
        diffs.append(f"band: expected '{expect.band}', got '{outcome.band}'")
    fired = [hit.rule_id for hit in outcome.fired]
    if expect.fired is not None:
        diffs.extend(_set_diff("fired", expect.fired, fired))
    if "deciding_rule" in expect.model_fields_set:
        got = outcome.deciding_rule.rule_id if outcome.deciding_rule else None
        if got != expect.deciding_rule:
            diffs.append(f"deciding_rule: expected {_show(expect.deciding_rule)}, got {_show(got)}")
    for item_id in expect.hidden:
        if not instrument.has_item(item_id):
            diffs.append(f"hidden: '{item_id}' is not an item of {instrument.id}")
        elif navigator.is_relevant(item_id):
            diffs.append(f"hidden: expected '{item_id}' to be skipped, but it is asked")
    for item_id in expect.shown:
        if not instrument.has_item(item_id):
            diffs.append(f"shown: '{item_id}' is not an item of {instrument.id}")
        elif not navigator.is_relevant(item_id):
            diffs.append(f"shown: expected '{item_id}' to be asked, but it is skipped")
    if expect.complete is not None and navigator.can_complete != expect.complete:
        open_items = ", ".join(issue.item_id for issue in navigator.issues()) or "none"
        diffs.append(
            f"complete: expected {str(expect.complete).lower()}, got "
            f"{str(navigator.can_complete).lower()} (items to review: {open_items})"
        )
    if expect.duties is not None:
        diffs.extend(_duty_diff(case, navigator, policy))
    return CaseResult(case.name, diffs)


def _duty_diff(case: Case, navigator: Navigator, policy: ScreeningPolicy) -> list[str]:
    point = case.decision_point
    if point is None:
        return ["duties: give the case a decision_point to check duties"]
    if point not in {p.id for p in policy.decision_points}:
        return [f"duties: decision point '{point}' is not in the county policy"]
    outcome = navigator.outcome
    # The same situation a completed screening is planned from
    # (records/screening_completion.py): the band, every rule that fired, and the tags of
    # items answered yes (e.g. safety_now).
    situation = Situation(
        event="screening",
        band=outcome.band,
        rules=frozenset(hit.rule_id for hit in outcome.fired),
        decision_point=point,
        age=case.age,
        missing=case.missing,
        in_care=case.in_care,
        tags=frozenset(
            tag.value
            for item in navigator.instrument.definition.items()
            if navigator.answers.get(item.id) == "yes"
            for tag in item.tags
        ),
    )
    got = [duty.id for duty in policy.duties_for(situation)]
    return _set_diff("duties", case.expect.duties or [], got)


def _set_diff(what: str, expected: list[str], got: list[str]) -> list[str]:
    missing = [x for x in expected if x not in got]
    extra = [x for x in got if x not in expected]
    lines = [f"{what}: expected '{x}', which did not happen" for x in missing]
    lines += [f"{what}: '{x}' happened, which the case does not expect" for x in extra]
    return lines


def _show(value: str | None) -> str:
    return "none (the default band)" if value is None else f"'{value}'"
