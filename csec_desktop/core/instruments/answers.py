"""The stored form of an answer and its error type.

Answers live in a plain JSON-serialisable dict (item id → value) so the records layer can save
each one as it is given. What each item kind stores, and how input is normalised into it, is
one row per kind in ``kinds.py`` (``normalize_answer`` lives there).
"""

from __future__ import annotations

from csec_desktop.core.errors import ValidationError

Answer = str | int | float | list[str] | None
SHORT_TEXT_MAX = 500
LONG_TEXT_MAX = 20_000


class AnswerError(ValidationError):
    """An answer of the wrong kind for its item."""


def is_answered(value: Answer) -> bool:
    return value is not None
