"""The one behaviour table per item kind: every kind has exactly one row, and each row's
parts agree with each other (its sample answer normalises to itself, has the expression type
the row claims, scores only where scoring is allowed, and is worded in print)."""

from __future__ import annotations

import pytest

from csec_desktop.core.instruments import (
    KINDS,
    AnswerError,
    ItemKind,
    load_instrument,
    normalize_answer,
    sample_answer,
)
from csec_desktop.core.instruments.kinds import answer_options, level_of, points_of
from csec_desktop.core.instruments.model import Item
from csec_desktop.core.reports.audience import Audience
from csec_desktop.core.reports.audience_visibility import visible
from csec_desktop.core.reports.wording import format_answer

TYPES = {"string": str, "number": (int, float), "date": str, "list": list}


def item_of(kind: ItemKind) -> Item:
    choices = None
    if KINDS[kind].choices == "defined":
        choices = [
            {"id": "first", "label": {"en": "First"}, "points": 1},
            {"id": "second", "label": {"en": "Second"}},
        ]
    data: dict[str, object] = {"id": "q", "kind": kind.value, "label": {"en": "Question"}}
    if choices:
        data["choices"] = choices
    if KINDS[kind].scorable:
        data["group"] = "g"
    return Item.model_validate(data)


def test_every_kind_has_exactly_one_row() -> None:
    assert set(KINDS) == set(ItemKind)
    assert all(row.kind is kind for kind, row in KINDS.items())


@pytest.mark.parametrize("kind", list(ItemKind))
def test_sample_answer_is_valid_and_typed(kind: ItemKind) -> None:
    item = item_of(kind)
    sample = sample_answer(item)
    assert sample is not None
    assert normalize_answer(item, sample) == sample
    assert isinstance(sample, TYPES[KINDS[kind].expr_type])
    literals = KINDS[kind].literals(item)
    if literals is not None:
        values = sample if isinstance(sample, list) else [sample]
        assert all((float(v) if isinstance(v, int) else v) in literals for v in values)
    assert format_answer(item, sample) not in ("", "—")


@pytest.mark.parametrize("kind", list(ItemKind))
def test_scoring_follows_the_row(kind: ItemKind) -> None:
    item = item_of(kind)
    sample = sample_answer(item)
    if KINDS[kind].scorable:
        assert points_of(item, sample) > 0
        assert level_of(item, sample) > 0
    else:
        assert points_of(item, sample) == 0
        assert level_of(item, sample) == 0
    assert bool(answer_options(item)) == (KINDS[kind].choices != "none")


@pytest.mark.parametrize("kind", list(ItemKind))
def test_a_wrong_answer_names_the_item_not_the_value(kind: ItemKind) -> None:
    item = item_of(kind)
    wrong: object = {"secret": "Jane"}
    with pytest.raises(AnswerError) as caught:
        normalize_answer(item, wrong)
    assert str(caught.value).startswith("q:")
    assert "Jane" not in str(caught.value)


@pytest.mark.parametrize("kind", list(ItemKind))
def test_free_text_is_kept_off_the_caregiver_copy(kind: ItemKind) -> None:
    item = item_of(kind)
    assert visible(item, Audience.CAREGIVER) is not KINDS[kind].free_text


def test_a_scoring_group_on_an_unscorable_kind_is_a_load_error() -> None:
    data = {
        "format": "csec-instrument/1",
        "id": "t",
        "version": "1",
        "kind": "other",
        "title": {"en": "T"},
        "about": {"en": "T"},
        "groups": [{"id": "g", "label": {"en": "G"}}],
        "sections": [
            {
                "id": "s",
                "title": {"en": "S"},
                "items": [{"id": "d", "kind": "date", "label": {"en": "D"}, "group": "g"}],
            }
        ],
        "bands": [{"id": "b", "label": {"en": "B"}}],
        "default_band": "b",
    }
    with pytest.raises(Exception, match="a date item cannot be scored"):
        load_instrument(data, "t.json")
