"""The expression grammar: parsing, type checking and evaluation, and that nothing outside the
grammar (attribute access, dunder names, unknown functions) can ever be expressed."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.instruments import check_instrument, load_instrument
from csec_desktop.core.instruments.expr_check import Scope, check_bool
from csec_desktop.core.instruments.expr_eval import evaluate
from csec_desktop.core.instruments.expr_parse import ExpressionError, parse


class Answers:
    """An expression environment over a plain dict, with fixed scores."""

    def __init__(self, values: dict[str, Any], scores: dict[str | None, float] | None = None):
        self.values = values
        self.scores = scores or {}

    def value(self, name: str) -> Any:
        return self.values.get(name)

    def score(self, group: str | None) -> float:
        return self.scores.get(group, 0.0)

    def flagged(self, group: str | None, level: float) -> int:
        return int(self.scores.get(group, 0.0) >= level)


@pytest.fixture
def scope(tiny: dict[str, Any]) -> Scope:
    instrument = load_instrument(tiny, "tiny.json")
    return Scope(items={i.id: i for i in instrument.items()}, groups=frozenset({"signs"}))


def check(text: str, scope: Scope) -> None:
    check_bool(parse(text), scope)


@pytest.mark.parametrize(
    ("text", "values", "expected"),
    [
        ('exchange == "yes"', {"exchange": "yes"}, True),
        ('exchange == "yes"', {}, False),
        ("exchange == null", {}, True),
        ("missing >= 1 and older >= 1", {"missing": 2, "older": 1}, True),
        ("missing >= 1 and older >= 1", {"missing": 2}, False),  # unanswered orders as false
        ("not (missing == 2) or older == 2", {"missing": 2, "older": 0}, False),
        ("missing + older >= 3", {"missing": 2, "older": 1}, True),
        ("missing in [1, 2]", {"missing": 1}, True),
        ("missing not in [1, 2]", {"missing": 0}, True),
        (
            'count(missing == 2, older == 2, exchange == "no") == 2',
            {"missing": 2, "older": 2},
            True,
        ),
        ('any(exchange == "yes", older == 2)', {"older": 2}, True),
        ('all(exchange == "yes", older == 2)', {"older": 2}, False),
        ("answered(details)", {"details": "text"}, True),
        ("answered(details)", {}, False),
        ('score("signs") >= 3', {}, True),
        ("flagged(2) >= 1", {}, True),
        ("age >= 10 and -age < 0", {}, False),  # age unknown: comparisons are false
    ],
)
def test_evaluates_against_answers(text: str, values: dict[str, Any], expected: bool, scope: Scope):
    node = parse(text)
    check_bool(node, scope)
    assert evaluate(node, Answers(values, {"signs": 3.0, None: 3.0})) is expected


@pytest.mark.parametrize(
    ("text", "column", "fragment"),
    [
        ("exchange.__class__", 9, "attribute access"),
        ('__import__("os")', 1, "may not start with '_'"),
        ('eval("1")', 1, "unknown function 'eval'"),
        ("open(details)", 1, "unknown function 'open'"),
        ('exchnage == "yes"', 1, "unknown item 'exchnage'"),
        ('exchange == "yse"', 10, "'yse' is not an answer of 'exchange'"),
        ("missing == 3", 9, "3 is not an answer of 'missing'"),
        ('missing == "yes"', 9, "cannot compare a number with a string"),
        ("exchange > 1", 10, "cannot compare a string with a number"),
        ("missing and older", 1, "'and' needs a bool, not a number"),
        ("missing + 1", 1, "a condition must be true or false"),
        ('score("nope") > 1', 7, "unknown indicator group 'nope'"),
        ("exchange = 1", 10, "use '=='"),
        ("(missing == 1", 14, "expected ')'"),
        ("missing == 1 older", 14, "unexpected 'older'"),
        ("missing in older", 12, "needs a list on the right"),
        ('[1, "a"] == null', 1, "only numbers or only strings"),
        ("exchange == 'yes", 13, "string is not closed"),
        ("missing == 1 # comment", 14, "unexpected character '#'"),
    ],
)
def test_refuses_with_column(text: str, column: int, fragment: str, scope: Scope) -> None:
    with pytest.raises(ExpressionError) as caught:
        check(text, scope)
    assert caught.value.column == column
    assert fragment in str(caught.value)
    assert str(caught.value).startswith(f"column {column}: ")


def test_deep_nesting_is_a_load_error_not_a_crash(scope: Scope) -> None:
    with pytest.raises(ExpressionError, match="nested deeper"):
        check("(" * 60 + "true" + ")" * 60, scope)
    with pytest.raises(ExpressionError, match="nested deeper"):
        check("not " * 60 + "true", scope)
    with pytest.raises(ExpressionError, match="longer than"):
        check("true or " * 400 + "true", scope)
    with pytest.raises(ExpressionError, match="more than 300 parts"):
        check("1+" * 400 + "1 == 1", scope)


def test_longest_allowed_chain_still_evaluates(scope: Scope) -> None:
    text = " or ".join(["missing == 2"] * 74)  # 74 * 3 + 73 = 295 tokens, a 147-deep tree
    node = parse(text)
    check_bool(node, scope)
    assert evaluate(node, Answers({"missing": 2})) is True


GRAMMAR_BITS = st.sampled_from(
    [
        "exchange",
        "missing",
        "older",
        "details",
        "age",
        "score",
        "flagged",
        "count",
        "answered",
        "(",
        ")",
        "[",
        "]",
        ",",
        "==",
        "!=",
        "<",
        ">=",
        "+",
        "-",
        "and",
        "or",
        "not",
        "in",
        "null",
        "true",
        '"yes"',
        "'no'",
        "1",
        "2.5",
        ".",
        "_",
        "__import__",
        "=",
        "\\",
        '"',
        " ",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=80), st.lists(GRAMMAR_BITS, max_size=25).map(" ".join)))
def test_any_text_parses_or_is_a_load_error(text: str) -> None:
    items = load_instrument(_tiny_for_fuzz(), "fuzz.json").items()
    fuzz_scope = Scope(items={i.id: i for i in items}, groups=frozenset({"signs"}))
    try:
        node = parse(text)
        check_bool(node, fuzz_scope)
    except ValidationError:
        return
    # Whatever type-checks also evaluates without error, answered or not.
    for values in ({}, {"exchange": "yes", "missing": 2, "older": 0, "details": "x"}):
        assert evaluate(node, Answers(values)) in (True, False)


def _tiny_for_fuzz() -> dict[str, Any]:
    return {
        "format": "csec-instrument/1",
        "id": "fuzz",
        "version": "1",
        "kind": "other",
        "title": {"en": "Fuzz"},
        "about": {"en": "Fuzz"},
        "groups": [{"id": "signs", "label": {"en": "Signs"}}],
        "sections": [
            {
                "id": "s",
                "title": {"en": "S"},
                "items": [
                    {"id": "exchange", "kind": "yes_no_unknown", "label": {"en": "E"}},
                    {
                        "id": "missing",
                        "kind": "concern_rating",
                        "label": {"en": "M"},
                        "group": "signs",
                    },
                    {
                        "id": "older",
                        "kind": "concern_rating",
                        "label": {"en": "O"},
                        "group": "signs",
                    },
                    {"id": "details", "kind": "short_text", "label": {"en": "D"}},
                ],
            }
        ],
        "bands": [{"id": "b", "label": {"en": "B"}}],
        "default_band": "b",
    }


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=60), st.lists(GRAMMAR_BITS, max_size=20).map(" ".join)))
def test_any_rule_text_loads_or_is_reported_with_its_place(text: str) -> None:
    data = _tiny_for_fuzz()
    data["rules"] = [{"id": "r", "band": "b", "when": text, "reason": {"en": "R"}}]
    instrument, lines = check_instrument(data, "fuzz.json")
    if instrument is None:
        assert lines
        assert all(line.startswith("fuzz.json:r: when: ") for line in lines), lines
