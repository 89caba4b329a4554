"""Urgency (levels and the caseload's default order), one youth's timeline and the week's
agenda, headless over a real vault."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest

from csec_desktop.core.errors import AuthError
from csec_desktop.core.records.agenda import DUTY, MEETING, week_agenda
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.case_items import CaseItems, MdtMeeting, Note, Referral
from csec_desktop.core.records.timeline import youth_timeline
from csec_desktop.core.records.timeline_case_items import meeting_moment
from csec_desktop.core.records.timeline_entry import TimelineKind
from csec_desktop.core.records.urgency import (
    DueLevel,
    UrgencyFacts,
    UrgencyRank,
    due_level,
    urgency_key,
)
from tests.core.records.clock_world import World, open_laptop
from tests.core.vault.conftest import FakeClock

NOW = datetime(2026, 3, 4, 15, 0, tzinfo=UTC)  # a Wednesday afternoon


def test_due_levels_by_the_laptop_clock_and_calendar() -> None:
    assert due_level(None, NOW, UTC) is DueLevel.NONE
    assert due_level(NOW - timedelta(minutes=1), NOW, UTC) is DueLevel.OVERDUE
    assert due_level(NOW + timedelta(hours=8), NOW, UTC) is DueLevel.DUE_TODAY  # 23:00 today
    assert due_level(NOW + timedelta(hours=10), NOW, UTC) is DueLevel.LATER  # 01:00 tomorrow
    assert DueLevel.OVERDUE.words == "Overdue" and DueLevel.DUE_TODAY.words == "Due today"


def test_default_order_is_overdue_due_today_missing_identified_then_name() -> None:
    rows = [
        UrgencyFacts("zoe", None),
        UrgencyFacts("Amir", None),
        UrgencyFacts("Bea", NOW + timedelta(days=3), identified=True),
        UrgencyFacts("Cruz", None, missing=True),
        UrgencyFacts("Dana", NOW + timedelta(hours=2)),
        UrgencyFacts("Eli", NOW - timedelta(hours=1)),
        UrgencyFacts("Fay", NOW - timedelta(days=2), missing=True),
        UrgencyFacts("Gus", NOW + timedelta(hours=1), identified=True),
    ]
    shuffled = rows[:]
    random.Random(7).shuffle(shuffled)
    ordered = sorted(shuffled, key=lambda r: urgency_key(r, NOW, UTC))
    # Overdue (most overdue first), due today (soonest first), missing, identified, names.
    assert [r.name for r in ordered] == ["Fay", "Eli", "Gus", "Dana", "Cruz", "Bea", "Amir", "zoe"]
    assert urgency_key(rows[3], NOW, UTC)[0] == UrgencyRank.MISSING_NOW


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    clock = FakeClock()  # Monday 2026-03-02 09:00 UTC
    session = open_laptop(Path(tmp_path_factory.mktemp("timeline")) / "data", clock)
    built = World(session, clock)
    youth = built.youth()
    built.screen(youth, {"ex_disclosed": 2})  # information received 07:15: identified
    clock.advance(hours=1)
    duty = next(d for d in built.duties.for_youth(youth.id) if d.status == "open")
    built.duties.record_done(
        duty.id, clock.now, "Phone report to the hotline", late_reason="Hotline line busy"
    )
    clock.advance(days=1)
    episode = built.missing.report_missing(youth.id, clock.now, "Sam Ortiz").episode
    clock.advance(hours=5)
    built.missing.record_located(episode.id, clock.now, "Shelter", "Sam Ortiz")
    items = CaseItems(built.ctx)
    items.add(
        youth.id, Referral(domain="housing", agency="Host Homes", referred_on=date(2026, 3, 3))
    )
    items.add(youth.id, MdtMeeting(held_on=date(2026, 3, 5), attendees=("Dr. Ruiz",)))
    clock.advance(days=1)
    items.add(youth.id, Note(text="Met at school; calm and engaged.\nMore detail here."))
    built.youth_id = youth.id  # type: ignore[attr-defined]
    yield built
    session.sign_out()


def test_the_timeline_lists_every_kind_in_date_order(world: World) -> None:
    youth_id = world.youth_id  # type: ignore[attr-defined]
    entries = youth_timeline(world.ctx, youth_id, tz=UTC)
    assert [e.at for e in entries] == sorted(e.at for e in entries)
    assert {e.kind for e in entries} == set(TimelineKind)
    titles = [e.title for e in entries]
    assert titles.index("Status: Identified") < titles.index("Reported missing")
    assert titles.index("Reported missing") < titles.index("Located")
    assert titles.index("Located") < titles.index("Note") < titles.index("MDT meeting")
    screening = next(e for e in entries if e.kind is TimelineKind.SCREENING)
    assert screening.title.endswith(": Identified")
    assert screening.at == datetime(2026, 3, 2, 7, 15, tzinfo=UTC)  # when it was received
    assert any(e.title.startswith("Done (late): ") for e in entries)
    note = next(e for e in entries if e.kind is TimelineKind.NOTE)
    assert note.detail == "Met at school; calm and engaged."  # the first line only
    meeting = next(e for e in entries if e.kind is TimelineKind.MEETING)
    assert meeting.all_day and meeting.at == datetime(2026, 3, 5, tzinfo=UTC)


def test_the_timeline_filters_by_kind_and_respects_who_may_see(world: World) -> None:
    youth_id = world.youth_id  # type: ignore[attr-defined]
    missing = youth_timeline(world.ctx, youth_id, frozenset({TimelineKind.MISSING}), UTC)
    assert [e.title for e in missing] == ["Reported missing", "Located"]
    stranger = RecordContext(world.ctx.db, world.ctx.audit, world.clock, Actor("x", "X"))
    with pytest.raises(AuthError):
        youth_timeline(stranger, youth_id)
    supervisor = RecordContext(
        world.ctx.db, world.ctx.audit, world.clock, Actor("kim.lee", "Kim Lee", sees_all=True)
    )
    assert len(youth_timeline(supervisor, youth_id, tz=UTC)) == len(
        youth_timeline(world.ctx, youth_id, tz=UTC)
    )


def test_the_week_agenda_has_duties_by_due_time_and_meetings_by_date(world: World) -> None:
    youth_id = world.youth_id  # type: ignore[attr-defined]
    now = world.clock.now
    week = week_agenda(world.ctx, date(2026, 3, 4), now, UTC)
    assert week.start == date(2026, 3, 2) and len(week.days) == 7
    thursday = week.days[3]
    assert thursday.day == date(2026, 3, 5)
    assert next((e.kind, e.title, e.all_day) for e in thursday.entries) == (
        MEETING,
        "MDT meeting",
        True,
    )
    duties = [e for d in week.days for e in d.entries if e.kind == DUTY]
    open_ids = {d.id for d in world.duties.for_youth(youth_id) if d.status == "open"}
    in_week = {
        d.id
        for d in world.duties.for_youth(youth_id)
        if d.status == "open" and d.late_after < datetime(2026, 3, 9, tzinfo=UTC)
    }
    assert {e.record_id for e in duties} == in_week and in_week <= open_ids and in_week
    for entry in duties:
        assert entry.level is due_level(entry.at, now, UTC)
    # The week after: this week's late duties are listed first, apart.
    later = week_agenda(world.ctx, date(2026, 3, 9), datetime(2026, 3, 10, tzinfo=UTC), UTC)
    assert {e.record_id for e in later.overdue_before} == in_week
    stranger = RecordContext(world.ctx.db, world.ctx.audit, world.clock, Actor("x", "X"))
    assert week_agenda(stranger, date(2026, 3, 4), now, UTC).empty  # nothing not shared


def test_a_meeting_with_a_start_time_is_placed_at_that_time() -> None:
    class Timed(MdtMeeting):  # the record as it is with a start time (newer laptops)
        starts_at: time | None = None

    meeting = Timed(held_on=date(2026, 3, 5), starts_at=time(14, 30))
    assert meeting_moment(meeting, UTC) == (datetime(2026, 3, 5, 14, 30, tzinfo=UTC), False)
    assert meeting_moment(MdtMeeting(held_on=date(2026, 3, 5)), UTC)[1] is True
