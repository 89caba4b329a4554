"""Typed times of day: afternoon kept, ambiguity refused, never guessed (core.time_entry)."""

from __future__ import annotations

from datetime import time

import pytest

from csec_desktop.core.display_words import clock_words
from csec_desktop.core.time_entry import TimeEntryError, parse_typed_time


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("2:30 PM", time(14, 30)), ("2:30pm", time(14, 30)), ("230p", time(14, 30)),
        ("1145p", time(23, 45)), ("11:45 p.m.", time(23, 45)), ("9:05 AM", time(9, 5)),
        ("12:00 AM", time(0, 0)), ("12 pm", time(12, 0)), ("2 p", time(14, 0)),
        ("14:30", time(14, 30)), ("0930", time(9, 30)), ("09:30", time(9, 30)),
        ("0:15", time(0, 15)), ("23:59", time(23, 59)),
    ],
)  # fmt: skip
def test_times_are_read_as_typed(typed: str, expected: time) -> None:
    assert parse_typed_time(typed) == expected
    assert parse_typed_time(clock_words(expected)) == expected  # the echo reads back the same


@pytest.mark.parametrize(
    ("typed", "why"),
    [
        ("2:30", "add AM or PM"), ("9", "add AM or PM"), ("1245", "add AM or PM"),
        ("13:60", "minutes go up to 59"), ("25:00", "the hour goes up to 23"),
        ("13 PM", "the hour is 1 to 12"), ("noon-ish", "not a time"), ("", "Type a time"),
    ],
)  # fmt: skip
def test_ambiguous_or_impossible_times_are_refused_with_a_reason(typed: str, why: str) -> None:
    with pytest.raises(TimeEntryError, match=why):
        parse_typed_time(typed)
