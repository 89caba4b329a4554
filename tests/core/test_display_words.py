"""One US style for every date, time, length of time, band and count on screen."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from csec_desktop.core import display_words as words


def test_dates_and_times_are_us_style_in_the_laptops_zone(monkeypatch) -> None:
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    import time

    time.tzset()
    try:
        moment = datetime(2026, 3, 14, 16, 5, tzinfo=UTC)  # 9:05 AM in California (PDT)
        assert words.day_words(date(2011, 3, 14)) == "March 14, 2011"
        assert words.time_words(moment) == "9:05 AM"
        assert words.moment_words(moment) == "March 14, 2026, 9:05 AM"
        assert words.time_words(datetime(2026, 3, 15, 7, 30, tzinfo=UTC)) == "12:30 AM"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()


def test_counts_and_spans_are_plural_aware() -> None:
    assert words.count_words(1, "page") == "1 page"
    assert words.count_words(7, "page") == "7 pages"
    assert words.count_words(2, "summary", "summaries") == "2 summaries"
    assert words.span_words(timedelta(minutes=1)) == "1 minute"
    assert words.span_words(timedelta(hours=1, minutes=20)) == "1 hour"
    assert words.span_words(timedelta(days=3)) == "3 days"
    assert words.hours_words(72) == "3 days"
    assert words.hours_words(36) == "36 hours"


def test_age_and_birth_echo() -> None:
    assert words.birth_words(date(2011, 3, 14), date(2026, 12, 6)) == "March 14, 2011 — age 15"
    assert words.age_words(date(2011, 12, 7), date(2026, 12, 6)) == "14"
    assert words.age_words(None, date(2026, 12, 6)) == "Not known"


def test_band_words_come_from_the_instruments() -> None:
    assert words.band_label(None) == "Not yet screened"
    assert words.band_label("identified") == "Identified"
    assert words.band_label("identified", "es") == "Identificado"
    assert words.band_label("made_up_band") == "Made up band"


def test_a_duty_time_uses_each_moments_own_daylight_saving_offset(monkeypatch) -> None:
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    import time

    time.tzset()
    try:
        october = datetime(2026, 10, 14, 14, 41, tzinfo=UTC)  # 7:41 AM PDT (UTC-7)
        december = datetime(2026, 12, 14, 15, 41, tzinfo=UTC)  # 7:41 AM PST (UTC-8)
        hour = timedelta(hours=1)
        assert words.duty_time_words(october) == "October 14, 2026, 7:41 AM"
        assert words.duty_time_words(december, december + hour) == (
            "December 14, 2026, 7:41 AM (late after 8:41 AM)"
        )
        assert words.duty_time_words(october, october + hour, day=False) == (
            "7:41 AM (late after 8:41 AM)"
        )
        late_night = datetime(2026, 12, 15, 7, 30, tzinfo=UTC)  # 11:30 PM, late the next day
        assert words.duty_time_words(late_night, late_night + hour) == (
            "December 14, 2026, 11:30 PM (late after December 15, 2026, 12:30 AM)"
        )
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
