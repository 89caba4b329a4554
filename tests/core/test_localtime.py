"""Local days and ages across daylight-saving changes (America/Los_Angeles, 2025)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from csec_desktop.core.localtime import age_on, local_date, local_day_bounds, to_local

LA = ZoneInfo("America/Los_Angeles")


@pytest.fixture
def laptop_in_la() -> Iterator[None]:
    """The operating system's zone set to Pacific time (the ``tz=None`` path)."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/Los_Angeles"
    time.tzset()
    yield
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


ZONES = pytest.mark.parametrize("tz", [LA, None], ids=["zoneinfo", "laptop-zone"])


@ZONES
@pytest.mark.parametrize(
    ("day", "hours"),
    [(date(2025, 3, 9), 23), (date(2025, 11, 2), 25), (date(2025, 7, 4), 24)],
)
def test_a_local_day_has_its_own_length(laptop_in_la, tz, day, hours):
    start, end = local_day_bounds(day, tz)
    assert end - start == timedelta(hours=hours)
    assert to_local(start, LA) == datetime(day.year, day.month, day.day, tzinfo=LA)
    assert start.tzinfo is UTC and end.tzinfo is UTC


@ZONES
def test_consecutive_days_meet_so_every_instant_is_in_exactly_one(laptop_in_la, tz):
    days = [date(2025, 3, 7) + timedelta(days=n) for n in range(5)] + [
        date(2025, 10, 31) + timedelta(days=n) for n in range(5)
    ]
    for day in days:
        start, end = local_day_bounds(day, tz)
        assert local_date(start, tz) == day
        assert local_date(end - timedelta(microseconds=1), tz) == day
        assert local_day_bounds(day + timedelta(days=1), tz)[0] == end


@ZONES
def test_the_evening_before_a_birthday_is_still_the_younger_age(laptop_in_la, tz):
    born = date(2012, 3, 10)
    evening = datetime(2026, 3, 10, 1, 0, tzinfo=UTC)  # 2026-03-09 6:00 PM PDT
    assert local_date(evening, tz) == date(2026, 3, 9)
    assert age_on(born, evening, tz) == 13
    assert age_on(born, "2026-03-10T06:59:59.000000Z", tz) == 13  # 11:59:59 PM PDT
    assert age_on(born, "2026-03-10T07:00:00.000000Z", tz) == 14  # midnight PDT
    assert age_on(None, evening, tz) is None


def test_a_leap_day_birthday_counts_on_the_first_of_march():
    born = date(2012, 2, 29)
    assert age_on(born, datetime(2025, 2, 28, 20, tzinfo=UTC), UTC) == 12
    assert age_on(born, datetime(2025, 3, 1, 0, tzinfo=UTC), UTC) == 13


def test_a_naive_instant_is_refused():
    with pytest.raises(ValueError, match="naive"):
        local_date(datetime(2026, 3, 9, 18))
