"""What a stored answer looks like for each item kind, and turning input into that form.

Answers live in a plain JSON-serialisable dict (item id → value) so the records layer can save
each one as it is given:

- yes/no/unknown: "yes" | "no" | "unknown"      - concern rating: 0 | 1 | 2
- single choice: choice id                       - multiple choice: list of choice ids (in
- date: "YYYY-MM-DD"                               the definition's order, no repeats)
- number: int or float (finite)                  - short / long text: non-empty string

``None`` (or an empty text or selection) means "not answered". Error messages name the item and
what was expected, never the value given: it may be personal.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.instruments.model import Item, ItemKind, choices_of
from csec_desktop.core.nfc import nfc

Answer = str | int | float | list[str] | None
SHORT_TEXT_MAX = 500
LONG_TEXT_MAX = 20_000


class AnswerError(ValidationError):
    """An answer of the wrong kind for its item."""


def normalize_answer(item: Item, value: Any) -> Answer:
    """Return ``value`` in its stored form for ``item``, or raise AnswerError."""
    if value is None:
        return None
    kind = item.kind
    if kind in (ItemKind.YES_NO_UNKNOWN, ItemKind.SINGLE):
        ids = [choice.id for choice in choices_of(item)]
        if isinstance(value, str) and value in ids:
            return value
        raise AnswerError(f"{item.id}: expected one of {', '.join(ids)}")
    if kind is ItemKind.CONCERN:
        if isinstance(value, int) and not isinstance(value, bool) and value in (0, 1, 2):
            return value
        raise AnswerError(f"{item.id}: expected a concern rating 0, 1 or 2")
    if kind is ItemKind.MULTIPLE:
        return _multiple(item, value)
    if kind is ItemKind.DATE:
        return _date(item, value)
    if kind is ItemKind.NUMBER:
        if isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value):
            return value
        raise AnswerError(f"{item.id}: expected a number")
    limit = SHORT_TEXT_MAX if kind is ItemKind.SHORT_TEXT else LONG_TEXT_MAX
    if not isinstance(value, str):
        raise AnswerError(f"{item.id}: expected text")
    value = nfc(value)  # one spelling of every answer (core/nfc.py)
    if len(value) > limit:
        raise AnswerError(f"{item.id}: text longer than {limit} characters")
    return value if value.strip() else None


def _multiple(item: Item, value: Any) -> list[str] | None:
    ids = [choice.id for choice in choices_of(item)]
    if not isinstance(value, list | tuple | set | frozenset) or not all(
        isinstance(v, str) and v in ids for v in value
    ):
        raise AnswerError(f"{item.id}: expected a list of choices from {', '.join(ids)}")
    chosen = [ident for ident in ids if ident in value]
    return chosen or None


def _date(item: Item, value: Any) -> str:
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


def is_answered(value: Answer) -> bool:
    return value is not None


def level_of(item: Item, value: Answer) -> int:
    """An answer's concern level: the rating itself, 2 for "yes", a choice's points, or for a
    multiple choice the highest points among the chosen. Used by score() and flagged()."""
    if value is None:
        return 0
    if item.kind is ItemKind.CONCERN and isinstance(value, int):
        return value
    points = {choice.id: choice.points for choice in choices_of(item)}
    if isinstance(value, list):
        return max((points.get(v, 0) for v in value), default=0)
    return points.get(str(value), 0)


def points_of(item: Item, value: Answer) -> float:
    """An answer's contribution to its group score: level x weight (sum for multiple choice)."""
    if item.group is None or value is None:
        return 0.0
    if isinstance(value, list):
        points = {choice.id: choice.points for choice in choices_of(item)}
        return float(sum(points.get(v, 0) for v in value)) * item.weight
    return float(level_of(item, value)) * item.weight
