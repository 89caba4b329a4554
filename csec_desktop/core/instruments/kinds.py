"""What each item kind means, in one table: one row per ``ItemKind``.

A row says how an answer of that kind is normalised and stored, what type it has in
expressions and which literals it may be compared with, whether it can score, where its
choices come from, whether it is free text (kept off copies that show no free text), how it
is worded in print and a sample answer for tests. Every other layer reads this table instead
of testing ``item.kind`` itself, so a new kind is added here once; a kind without a row fails
at import (see the check at the bottom), and the GUI's widget table is checked the same way.

Stored forms (JSON-serialisable; ``None`` or an empty text/selection means "not answered"):
yes/no/unknown "yes"|"no"|"unknown"; concern rating 0|1|2; single choice a choice id; multiple
choice a list of choice ids in the definition's order; date "YYYY-MM-DD"; number a finite int
or float; short/long text a non-empty string. Error messages name the item and what was
expected, never the value given: it may be personal.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from csec_desktop.core.instruments.answers import (
    LONG_TEXT_MAX,
    SHORT_TEXT_MAX,
    Answer,
    AnswerError,
)
from csec_desktop.core.instruments.model import (
    CONCERN_LEVELS,
    YES_NO_UNKNOWN_CHOICES,
    Choice,
    Item,
    ItemKind,
    Text,
)
from csec_desktop.core.nfc import nfc

ExprType = Literal["string", "number", "date", "list"]
# Where an item's answer options come from: the built-in yes/no/unknown scale, the built-in
# 0-2 concern scale, the author's own ``choices`` list, or none (typed answers).
ChoiceSource = Literal["yes_no_unknown", "concern_scale", "defined", "none"]
# How an answer is put into words on a page: one option's label, several labels, a date
# spelled out, a number, or the text as typed (see reports/wording.format_answer).
PrintStyle = Literal["label", "labels", "date", "number", "text"]


@dataclass(frozen=True)
class KindBehaviour:
    kind: ItemKind
    normalize: Callable[[Item, Any], Answer]  # raises AnswerError; never echoes the value
    expr_type: ExprType
    choices: ChoiceSource
    scorable: bool  # may belong to an indicator group (level x weight scores)
    free_text: bool  # typed words a person wrote: a privacy concern of its own
    print_style: PrintStyle
    sample: Callable[[Item], Answer]  # a valid, non-empty answer, for tests and demos

    def literals(self, item: Item) -> frozenset[object] | None:
        """The values an expression may compare this item with, or None for any value."""
        if self.choices == "concern_scale":
            return frozenset({0.0, 1.0, 2.0})
        if self.choices == "none":
            return None
        return frozenset(choice.id for choice in choices_of(item))


def choices_of(item: Item) -> tuple[Choice, ...]:
    """The choices of a yes/no/unknown or choice item (built-in scale included), else empty."""
    source = KINDS[item.kind].choices
    if source == "yes_no_unknown":
        return YES_NO_UNKNOWN_CHOICES
    if source == "defined":
        return tuple(item.choices or ())
    return ()


def answer_options(item: Item) -> tuple[tuple[str | int, Text], ...]:
    """What a form offers for an enumerated item: (stored answer value, label) pairs.

    Concern ratings are stored as the integers 0, 1, 2; choices as their ids."""
    if KINDS[item.kind].choices == "concern_scale":
        return tuple((level, text) for level, text in enumerate(CONCERN_LEVELS))
    return tuple((choice.id, choice.label) for choice in choices_of(item))


def _one_choice(item: Item, value: Any) -> Answer:
    ids = [choice.id for choice in choices_of(item)]
    if isinstance(value, str) and value in ids:
        return value
    raise AnswerError(f"{item.id}: expected one of {', '.join(ids)}")


def _concern(item: Item, value: Any) -> Answer:
    if isinstance(value, int) and not isinstance(value, bool) and value in (0, 1, 2):
        return value
    raise AnswerError(f"{item.id}: expected a concern rating 0, 1 or 2")


def _many_choices(item: Item, value: Any) -> Answer:
    ids = [choice.id for choice in choices_of(item)]
    if not isinstance(value, list | tuple | set | frozenset) or not all(
        isinstance(v, str) and v in ids for v in value
    ):
        raise AnswerError(f"{item.id}: expected a list of choices from {', '.join(ids)}")
    chosen = [ident for ident in ids if ident in value]
    return chosen or None


def _date(item: Item, value: Any) -> Answer:
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and len(value) == 10:
        try:
            return dt.date.fromisoformat(value).isoformat()
        except ValueError:
            pass
    raise AnswerError(f"{item.id}: expected a date written YYYY-MM-DD")


def _number(item: Item, value: Any) -> Answer:
    if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
        return value
    raise AnswerError(f"{item.id}: expected a number")


def _text(limit: int) -> Callable[[Item, Any], Answer]:
    def normalize(item: Item, value: Any) -> Answer:
        if not isinstance(value, str):
            raise AnswerError(f"{item.id}: expected text")
        value = nfc(value)  # one spelling of every answer (core/nfc.py)
        if len(value) > limit:
            raise AnswerError(f"{item.id}: text longer than {limit} characters")
        return value if value.strip() else None

    return normalize


def _first_choice(item: Item) -> Answer:
    return choices_of(item)[0].id


_ROWS = (
    KindBehaviour(
        ItemKind.YES_NO_UNKNOWN, _one_choice, "string", "yes_no_unknown", True, False,
        "label", lambda _item: "yes",
    ),
    KindBehaviour(
        ItemKind.CONCERN, _concern, "number", "concern_scale", True, False,
        "label", lambda _item: 2,
    ),
    KindBehaviour(
        ItemKind.SINGLE, _one_choice, "string", "defined", True, False,
        "label", _first_choice,
    ),
    KindBehaviour(
        ItemKind.MULTIPLE, _many_choices, "list", "defined", True, False,
        "labels", lambda item: [choices_of(item)[0].id],
    ),
    KindBehaviour(
        ItemKind.DATE, _date, "date", "none", False, False,
        "date", lambda _item: "2026-01-15",
    ),
    KindBehaviour(
        ItemKind.NUMBER, _number, "number", "none", False, False,
        "number", lambda _item: 3,
    ),
    KindBehaviour(
        ItemKind.SHORT_TEXT, _text(SHORT_TEXT_MAX), "string", "none", False, True,
        "text", lambda _item: "County youth services",
    ),
    KindBehaviour(
        ItemKind.LONG_TEXT, _text(LONG_TEXT_MAX), "string", "none", False, True,
        "text", lambda _item: "Spoke with the youth about school and friends.",
    ),
)  # fmt: skip

KINDS: Mapping[ItemKind, KindBehaviour] = {row.kind: row for row in _ROWS}

_missing = [kind.value for kind in ItemKind if kind not in KINDS]
if _missing or len(KINDS) != len(_ROWS):
    raise RuntimeError(f"item kinds without exactly one behaviour row: {_missing}")


def behaviour(item: Item) -> KindBehaviour:
    """The row of ``item``'s kind."""
    return KINDS[item.kind]


def normalize_answer(item: Item, value: Any) -> Answer:
    """Return ``value`` in its stored form for ``item``, or raise AnswerError."""
    if value is None:
        return None
    return KINDS[item.kind].normalize(item, value)


def level_of(item: Item, value: Answer) -> int:
    """An answer's concern level: the rating itself, 2 for "yes", a choice's points, or for a
    multiple choice the highest points among the chosen. Used by score() and flagged()."""
    if value is None or not KINDS[item.kind].scorable:
        return 0
    if KINDS[item.kind].choices == "concern_scale" and isinstance(value, int):
        return value
    points = {choice.id: choice.points for choice in choices_of(item)}
    if isinstance(value, list):
        return max((points.get(v, 0) for v in value), default=0)
    return points.get(str(value), 0)


def points_of(item: Item, value: Answer) -> float:
    """An answer's contribution to its group score: level x weight (sum for multiple choice)."""
    if item.group is None or value is None or not KINDS[item.kind].scorable:
        return 0.0
    if isinstance(value, list):
        points = {choice.id: choice.points for choice in choices_of(item)}
        return float(sum(points.get(v, 0) for v in value)) * item.weight
    return float(level_of(item, value)) * item.weight


def sample_answer(item: Item) -> Answer:
    """A valid answer for ``item`` (the first choice, a fixed date, a short text…)."""
    return KINDS[item.kind].sample(item)
