"""The week ahead: open duties by when they count as late, and MDT meetings by their date.

A week runs Monday to Sunday on the laptop's local calendar. Duties come from
``DutyStore.open_duties`` and meetings from the case-items store, both already limited to the
youth the worker may see (``RecordContext.only_visible``). A meeting shows its start time when
its record has one (newer records) and "all day" otherwise; a meeting's planned next meeting
shows on its date too. Duties already overdue before the week are listed apart, first, so a
worker looking ahead never loses sight of what is late now.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo

from csec_desktop.core.i18n import translate
from csec_desktop.core.localtime import local_date, local_day_bounds
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.case_items import CaseItems, MdtMeeting
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.records.timeline_case_items import meeting_moment
from csec_desktop.core.records.urgency import DueLevel, due_level
from csec_desktop.core.worker_language import worker_language

DUTY, MEETING, NEXT_MEETING = "duty", "meeting", "next_meeting"


@dataclass(frozen=True)
class AgendaEntry:
    at: datetime  # aware: when a duty counts as late, or when a meeting starts
    kind: str  # DUTY, MEETING or NEXT_MEETING
    youth_id: str
    title: str
    record_id: str
    all_day: bool = False  # a meeting recorded with a date only
    level: DueLevel = DueLevel.NONE  # for duties: overdue, due today, later
    due_at: datetime | None = None  # for duties: when due (``at`` is when it counts as late)


@dataclass(frozen=True)
class AgendaDay:
    day: date
    entries: tuple[AgendaEntry, ...] = ()


@dataclass(frozen=True)
class WeekAgenda:
    start: date  # a Monday
    days: tuple[AgendaDay, ...]  # seven, Monday first
    overdue_before: tuple[AgendaEntry, ...] = field(default=())  # late before the week began

    @property
    def empty(self) -> bool:
        return not self.overdue_before and not any(d.entries for d in self.days)


def week_start(day: date) -> date:
    """The Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def week_agenda(
    ctx: RecordContext, start: date, now: datetime | None = None, tz: tzinfo | None = None
) -> WeekAgenda:
    """The agenda of the week that begins on Monday ``week_start(start)`` in ``tz`` (the
    laptop's zone when None), judged at ``now`` (the context's clock when None)."""
    monday = week_start(start)
    now = now or ctx.clock()
    begin = local_day_bounds(monday, tz)[0]
    end = local_day_bounds(monday + timedelta(days=6), tz)[1]
    by_day: dict[date, list[AgendaEntry]] = {monday + timedelta(days=i): [] for i in range(7)}
    overdue: list[AgendaEntry] = []
    for entry in [*_duties(ctx, now, tz), *_meetings(ctx, tz)]:
        if begin <= entry.at < end:
            by_day[local_date(entry.at, tz)].append(entry)
        elif entry.kind == DUTY and entry.at < begin and entry.level is DueLevel.OVERDUE:
            overdue.append(entry)
    days = tuple(
        AgendaDay(day, tuple(sorted(entries, key=_order))) for day, entries in by_day.items()
    )
    return WeekAgenda(monday, days, tuple(sorted(overdue, key=_order)))


def _order(entry: AgendaEntry) -> tuple[bool, datetime, str]:
    return (not entry.all_day, entry.at, entry.title)  # whole-day meetings head their day


def _duties(ctx: RecordContext, now: datetime, tz: tzinfo | None) -> list[AgendaEntry]:
    return [
        AgendaEntry(
            duty.late_after,
            DUTY,
            duty.youth_id,
            duty.label.get(worker_language()) or duty.label.get("en", duty.duty_type),
            duty.id,
            level=due_level(duty.late_after, now, tz),
            due_at=duty.due_at,
        )
        for duty in DutyStore(ctx).open_duties()
    ]


def _meetings(ctx: RecordContext, tz: tzinfo | None) -> list[AgendaEntry]:
    rows = ctx.db.execute(
        "SELECT id, youth_id FROM case_items WHERE kind = 'mdt_meeting'"
    ).fetchall()
    visible = ctx.only_visible([(str(r[0]), str(r[1])) for r in rows], lambda r: r[1])
    store = CaseItems(ctx)
    entries = []
    for item_id, youth_id in visible:
        stored = store.get(item_id)
        meeting = stored.item
        if stored.removed is not None or not isinstance(meeting, MdtMeeting):
            continue
        at, all_day = meeting_moment(meeting, tz)
        title = translate("Agenda", "MDT meeting")
        entries.append(AgendaEntry(at, MEETING, youth_id, title, item_id, all_day))
        next_on = getattr(meeting, "next_meeting_on", None)  # newer records plan the next one
        if isinstance(next_on, date):
            start = local_day_bounds(next_on, tz)[0]
            entries.append(
                AgendaEntry(
                    start,
                    NEXT_MEETING,
                    youth_id,
                    translate("Agenda", "Next MDT meeting (planned)"),
                    item_id,
                    True,
                )
            )
    return entries
