"""Typed dates: US month-first and ISO read the same everywhere; nothing is guessed silently."""

from __future__ import annotations

from datetime import date

import pytest

from csec_desktop.core.date_entry import DateEntryError, DateRange, parse_typed_date

TODAY = date(2026, 12, 6)
BIRTH = DateRange(date(1990, 1, 1), TODAY)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("2011-03-14", date(2011, 3, 14)),
        ("03/14/2011", date(2011, 3, 14)),
        ("3/14/2011", date(2011, 3, 14)),
        ("3/14/11", date(2011, 3, 14)),
        (" 11/20/2026 ", date(2026, 11, 20)),
        ("03-04-2026", date(2026, 3, 4)),
        ("2024-2-29", date(2024, 2, 29)),
    ],
)
def test_us_and_iso_dates_are_read_as_meant(typed: str, meant: date) -> None:
    assert parse_typed_date(typed, TODAY) == meant


def test_a_two_digit_year_takes_the_century_the_field_allows() -> None:
    assert parse_typed_date("3/14/95", TODAY, BIRTH) == date(1995, 3, 14)
    assert parse_typed_date("3/14/15", TODAY, BIRTH) == date(2015, 3, 14)
    assert parse_typed_date("3/14/30", TODAY) == date(2030, 3, 14)  # nearest today


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("14/03/2011", "Type the month first: 03/14/2011"),
        ("2011-14-03", "there is no month 14"),
        ("02/30/2026", "February 2026 has no day 30"),
        ("02/29/2025", "February 2025 has no day 29"),
        ("3/14", "has no year"),
        ("yesterday", "is not a date this field can read"),
        ("", "Type a date"),
        ("31/31/2026", "there is no month 31"),
    ],
)
def test_impossible_or_ambiguous_input_is_refused_in_words(typed: str, says: str) -> None:
    with pytest.raises(DateEntryError) as caught:
        parse_typed_date(typed, TODAY)
    assert says in caught.value.message


def test_a_date_outside_the_fields_range_is_refused() -> None:
    with pytest.raises(DateEntryError, match="December 7, 2026 is in the future"):
        parse_typed_date("12/07/2026", TODAY, BIRTH)
    with pytest.raises(DateEntryError, match="before January 1, 1990"):
        parse_typed_date("1989-12-31", TODAY, BIRTH)
