"""Local days on paper across both 2025 daylight-saving changes in America/Los_Angeles:
print-day takes each local day's own 23 or 25 hours, due times print in the local time that
applies on that date, and ages count by the local date the information arrived."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from csec_desktop.core.errors import UsageError
from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.reports.service import SummaryService
from csec_desktop.core.screening_policy import default_screening_policy
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from tests.core.reports.conftest import fill
from tests.core.reports.helpers import flat, text_of
from tests.core.vault.conftest import FakeClock

LA = ZoneInfo("America/Los_Angeles")

# Information received at these instants (UTC), with the Pacific wall clock in the comment.
RECEIVED = {
    "nov1_late": datetime(2025, 11, 2, 6, 59, tzinfo=UTC),  # Nov 1, 11:59 PM PDT
    "nov2_first_130": datetime(2025, 11, 2, 8, 30, tzinfo=UTC),  # Nov 2, 1:30 AM PDT
    "nov2_second_130": datetime(2025, 11, 2, 9, 30, tzinfo=UTC),  # Nov 2, 1:30 AM PST
    "nov2_2330": datetime(2025, 11, 3, 7, 30, tzinfo=UTC),  # Nov 2, 11:30 PM PST (25th hour)
    "mar9_0015": datetime(2025, 3, 9, 8, 15, tzinfo=UTC),  # Mar 9, 12:15 AM PST
    "mar9_2330": datetime(2025, 3, 10, 6, 30, tzinfo=UTC),  # Mar 9, 11:30 PM PDT
    "mar10_0010": datetime(2025, 3, 10, 7, 10, tzinfo=UTC),  # Mar 10, 12:10 AM PDT
    # 36 hours after these, the clock has changed:
    "spring_duty": datetime(2025, 3, 9, 4, 0, tzinfo=UTC),  # Mar 8, 8:00 PM PST
    "fall_duty": datetime(2025, 11, 2, 3, 0, tzinfo=UTC),  # Nov 1, 8:00 PM PDT
    # the evening before the youth's 14th birthday (born 2012-03-10):
    "birthday_eve": datetime(2026, 3, 10, 1, 0, tzinfo=UTC),  # Mar 9 2026, 6:00 PM PDT
}
DUTY_CASES = ("spring_duty", "fall_duty", "birthday_eve")


@contextmanager
def laptop_zone(name: str) -> Iterator[None]:
    """The operating system's zone (what ``tz=None`` reads), set for the duration."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()


@dataclass
class Days:
    root: Path
    ids: dict[str, str]
    ages: dict[str, int | None]
    service: SummaryService
    session: Any


def build_days(root: Path, tz: ZoneInfo | None = LA) -> Days:
    """A vault with one youth (born 2012-03-10) and a completed screen for each RECEIVED."""
    clock = FakeClock()
    clock.now = datetime(2026, 3, 12, 17, 0, tzinfo=UTC)
    vault = DeviceVault(root / "data", clock=clock, kdf_params=MINIMUM_PARAMS)
    session, _ = vault.initialize("kim.lee", "Kim Lee", "morning fog over the bay")
    ctx = RecordContext(session.db, session.audit, clock, Actor("kim.lee", "Kim Lee"))
    youth = Caseload(ctx).add(
        YouthProfile(
            legal_first_name="Mai",
            legal_last_name="Tran",
            birth_date=date(2012, 3, 10),
            agency=Agency.CHILD_WELFARE,
        )
    )
    screening = ScreeningService(ctx, shipped_registry(), default_screening_policy())
    ids: dict[str, str] = {}
    ages: dict[str, int | None] = {}
    for name, received in RECEIVED.items():
        instrument = "csec_identification" if name in DUTY_CASES else "csec_identification_brief"
        run = screening.start(youth, "case_opening", instrument, received)
        ages[name] = run.navigator.context.age
        fill(run, {"ex_disclosed": 2} if name in DUTY_CASES else {})
        ids[name] = run.complete().encounter.id
    return Days(root, ids, ages, SummaryService(ctx, vault.policy, tz=tz), session)


@pytest.fixture(scope="module")
def days(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Days]:
    with laptop_zone("America/Los_Angeles"):  # what the screening's age is read in
        built = build_days(tmp_path_factory.mktemp("days"))
        yield built
        built.session.sign_out()


def batch(days: Days, day: date) -> set[str]:
    _pdf, ids = days.service.render_day(day, "case")
    names = {name for name, eid in days.ids.items() if eid in ids}
    assert len(names) == len(ids)
    return names


def test_print_day_takes_the_25_hours_of_the_fall_change(days):
    assert batch(days, date(2025, 11, 2)) == {"nov2_first_130", "nov2_second_130", "nov2_2330"}
    assert batch(days, date(2025, 11, 1)) == {"nov1_late", "fall_duty"}
    with pytest.raises(UsageError, match="2025-11-03"):
        days.service.render_day(date(2025, 11, 3), "case")


def test_print_day_takes_the_23_hours_of_the_spring_change(days):
    assert batch(days, date(2025, 3, 9)) == {"mar9_0015", "mar9_2330"}
    assert batch(days, date(2025, 3, 10)) == {"mar10_0010"}
    assert batch(days, date(2025, 3, 8)) == {"spring_duty"}


def test_each_screening_is_printed_on_exactly_one_day(days):
    seen: list[str] = []
    day = date(2025, 3, 1)
    while day <= date(2025, 11, 5):
        with suppress(UsageError):  # a day with nothing received
            seen += sorted(batch(days, day))
        day = date.fromordinal(day.toordinal() + 1)
    assert sorted(seen) == sorted(n for n in RECEIVED if n != "birthday_eve")


def test_due_times_print_in_the_local_time_of_their_own_date(days):
    spring = flat(text_of(days.service.render(days.ids["spring_duty"], "case")))
    assert "Information received March 8, 2025, 8:00 PM PST" in spring
    assert "March 10, 2025, 9:00 AM PDT" in spring  # written report: 36 hours later
    assert "March 9, 2025, 9:00 PM PDT" in spring  # 24 hours later
    fall = flat(text_of(days.service.render(days.ids["fall_duty"], "case")))
    assert "Information received November 1, 2025, 8:00 PM PDT" in fall
    assert "November 3, 2025, 7:00 AM PST" in fall  # 36 hours later
    assert "November 2, 2025, 7:00 PM PST" in fall  # 24 hours later


def test_age_on_the_evening_before_a_birthday(days):
    # Skip logic and policy read the screening's age; the page prints it.
    assert days.ages["birthday_eve"] == 13
    assert days.ages["mar9_2330"] == 12
    case = flat(text_of(days.service.render(days.ids["birthday_eve"], "case")))
    assert "March 10, 2012 (age 13)" in case
    assert "Information received March 9, 2026, 6:00 PM PDT" in case
