"""Malformed definitions are refused with the exact place: file, item (or section, rule…) and,
for expressions, the column."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.instruments import (
    DefinitionError,
    check_instrument,
    load_instrument,
    load_instrument_file,
)


def problems(data: dict[str, Any]) -> list[str]:
    instrument, lines = check_instrument(data, "county.json")
    assert instrument is None
    return lines


def items(data: dict[str, Any]) -> list[dict[str, Any]]:
    return data["sections"][0]["items"]


def test_the_tiny_definition_is_sound(tiny: dict[str, Any]) -> None:
    assert check_instrument(tiny, "county.json")[1] == []


def test_missing_label(tiny: dict[str, Any]) -> None:
    del items(tiny)[1]["label"]
    assert problems(tiny) == ["county.json:missing: label: Field required"]


def test_missing_spanish_when_spanish_is_declared(tiny: dict[str, Any]) -> None:
    items(tiny)[2]["label"] = {"en": "Older partner"}
    tiny["bands"][1]["label"] = {"en": "At risk"}
    assert problems(tiny) == [
        "county.json:older: label: Spanish text (es) is missing",
        "county.json:at_risk: label: Spanish text (es) is missing",
    ]


def test_english_only_county_file_is_allowed(tiny: dict[str, Any]) -> None:
    tiny["languages"] = ["en"]
    items(tiny)[2]["label"] = {"en": "Older partner"}
    instrument = load_instrument(tiny, "county.json")
    assert instrument.item("older").label.get("es") == "Older partner"  # falls back to English


def test_unknown_item_reference_names_item_and_column(tiny: dict[str, Any]) -> None:
    items(tiny)[3]["relevant"] = 'exchange == "yes" and olderr == 2'
    assert problems(tiny) == ["county.json:details: relevant: column 23: unknown item 'olderr'"]


def test_unknown_item_in_a_rule(tiny: dict[str, Any]) -> None:
    tiny["rules"][0]["when"] = 'exchang == "yes"'
    assert problems(tiny) == ["county.json:disclosed: when: column 1: unknown item 'exchang'"]


def test_relevance_cycle(tiny: dict[str, Any]) -> None:
    items(tiny)[1]["relevant"] = "older == 1"
    items(tiny)[2]["relevant"] = "missing == 1"
    assert problems(tiny) == [
        "county.json:missing: relevant: skip logic cycle missing -> older -> missing"
    ]


def test_relevance_cycle_through_a_score(tiny: dict[str, Any]) -> None:
    items(tiny)[1]["relevant"] = 'score("signs") > 0'
    assert problems(tiny) == ["county.json:missing: relevant: skip logic cycle missing -> missing"]


def test_type_mismatch(tiny: dict[str, Any]) -> None:
    tiny["rules"][1]["when"] = 'missing == "yes"'
    assert problems(tiny) == [
        "county.json:two_signs: when: column 9: cannot compare a number with a string"
    ]


def test_wrong_item_kind_and_unknown_key(tiny: dict[str, Any]) -> None:
    items(tiny)[0]["kind"] = "checkbox"
    items(tiny)[1]["requried"] = True
    lines = problems(tiny)
    assert lines[0].startswith("county.json:exchange: kind: Input should be ")
    assert lines[1] == "county.json:missing: requried: Extra inputs are not permitted"


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ('__import__("os").system("x")', "column 1: names may not start with '_'"),
        (
            "exchange.upper()",
            "column 9: '.' (attribute access) is not part of the expression grammar",
        ),
        (
            'getattr(exchange, "x") == 1',
            "column 1: unknown function 'getattr' "
            "(allowed: answered, count, any, all, score, flagged, size)",
        ),
    ],
)
def test_code_in_an_expression_is_refused(tiny: dict[str, Any], expression: str, expected: str):
    tiny["rules"][0]["when"] = expression
    assert problems(tiny) == [f"county.json:disclosed: when: {expected}"]


def test_references_to_bands_groups_and_choices(tiny: dict[str, Any]) -> None:
    tiny["rules"][0]["band"] = "exploited"
    items(tiny)[1]["group"] = "nope"
    items(tiny)[3]["group"] = "signs"
    items(tiny)[0]["choices"] = [{"id": "a", "label": {"en": "A", "es": "A"}}]
    tiny["default_band"] = "nothing"
    assert problems(tiny) == [
        "county.json:exchange: choices: a yes_no_unknown item takes no choices",
        "county.json:missing: group: unknown indicator group 'nope'",
        "county.json:details: group: a long_text item cannot be scored",
        "county.json:definition: default_band: unknown band 'nothing'",
        "county.json:disclosed: band: unknown band 'exploited'",
    ]


def test_duplicate_ids(tiny: dict[str, Any]) -> None:
    items(tiny)[2]["id"] = "missing"
    assert problems(tiny) == ["county.json:missing: item id is used twice"]


def test_constraint_needs_a_message(tiny: dict[str, Any]) -> None:
    items(tiny)[1]["constraint"] = "missing >= 0"
    assert problems(tiny) == [
        "county.json:missing: constraint_message: a constraint needs a message to show"
    ]


def test_load_raises_one_error_carrying_every_line(tiny: dict[str, Any]) -> None:
    del items(tiny)[1]["label"]
    del items(tiny)[2]["label"]
    with pytest.raises(DefinitionError) as caught:
        load_instrument(tiny, "county.json")
    assert isinstance(caught.value, ValidationError)
    assert caught.value.lines == [
        "county.json:missing: label: Field required",
        "county.json:older: label: Field required",
    ]
    assert str(caught.value) == "county.json:missing: label: Field required (and 1 more problems)"


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('{"id": "a", "id": "b"}', "key 'id' appears twice"),
        ('{"weight": NaN}', "NaN is not allowed"),
        ("[1, 2]", "must hold a JSON object"),
        ('{"id": ', "not valid JSON (line 1 column 8"),
    ],
)
def test_bad_json_files(tmp_path: Path, text: str, fragment: str) -> None:
    path = tmp_path / "county.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DefinitionError) as caught:
        load_instrument_file(path)
    assert caught.value.lines[0].startswith("county.json:definition: ")
    assert fragment in caught.value.lines[0]


def test_file_round_trip(tmp_path: Path, tiny: dict[str, Any]) -> None:
    path = tmp_path / "tiny.json"
    path.write_text(json.dumps(tiny), encoding="utf-8")
    assert load_instrument_file(path).id == "tiny"
