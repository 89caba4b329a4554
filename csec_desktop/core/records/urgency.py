"""What is urgent, in one place: how late a duty is, and the caseload's default order.

Every screen that marks a deadline (caseload rows, the youth page, the deadlines panel, the
agenda) asks ``due_level``; the caseload's default order is ``urgency_key``. A clock starts
when the worker learned of an event (PC 11166, SSA §471(a)(35)), so "overdue" is judged by the
laptop's own clock, offline, and "due today" by the laptop's local calendar day.

The order a worker with a child in the room needs (issue 21): overdue duties first (most
overdue first), then duties due later today, then youth missing now, then youth identified,
then everyone else by name.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from enum import IntEnum

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.localtime import local_date
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.records.episodes import EpisodeStore
from csec_desktop.core.worker_language import worker_language


class DueLevel(IntEnum):
    """How pressing a deadline is; the lower, the sooner it needs a worker."""

    OVERDUE = 0
    DUE_TODAY = 1
    LATER = 2
    NONE = 3

    @property
    def words(self) -> str:
        """The level said in the worker's language (never shown by colour alone)."""
        return translate("DueLevel", _WORDS[self])


_WORDS = {
    DueLevel.OVERDUE: QT_TRANSLATE_NOOP("DueLevel", "Overdue"),
    DueLevel.DUE_TODAY: QT_TRANSLATE_NOOP("DueLevel", "Due today"),
    DueLevel.LATER: QT_TRANSLATE_NOOP("DueLevel", "Due later"),
    DueLevel.NONE: QT_TRANSLATE_NOOP("DueLevel", "Nothing due"),
}


def due_level(late_at: datetime | None, now: datetime, tz: tzinfo | None = None) -> DueLevel:
    """The level of a deadline that counts as late at ``late_at`` (aware), seen at ``now``.

    Overdue once ``now`` is past it; due today when it falls on today's local date in ``tz``
    (the laptop's zone when None); later otherwise; NONE without a deadline."""
    if late_at is None:
        return DueLevel.NONE
    if late_at < now:
        return DueLevel.OVERDUE
    if local_date(late_at, tz) == local_date(now, tz):
        return DueLevel.DUE_TODAY
    return DueLevel.LATER


class UrgencyRank(IntEnum):
    """The caseload's default groups, in order."""

    OVERDUE = 0
    DUE_TODAY = 1
    MISSING_NOW = 2
    IDENTIFIED = 3
    OTHER = 4


@dataclass(frozen=True)
class UrgencyFacts:
    """What the default order reads from one caseload row."""

    name: str
    next_due: datetime | None = None  # when the soonest open duty counts as late
    missing: bool = False
    identified: bool = False


_FAR_FUTURE = datetime.max.replace(tzinfo=UTC)


def urgency_rank(facts: UrgencyFacts, now: datetime, tz: tzinfo | None = None) -> UrgencyRank:
    level = due_level(facts.next_due, now, tz)
    if level is DueLevel.OVERDUE:
        return UrgencyRank.OVERDUE
    if level is DueLevel.DUE_TODAY:
        return UrgencyRank.DUE_TODAY
    if facts.missing:
        return UrgencyRank.MISSING_NOW
    if facts.identified:
        return UrgencyRank.IDENTIFIED
    return UrgencyRank.OTHER


def urgency_key(
    facts: UrgencyFacts, now: datetime, tz: tzinfo | None = None
) -> tuple[int, datetime, str]:
    """A sort key: group (``UrgencyRank``), then the deadline inside the two deadline groups
    (most overdue first), then the name (case-folded)."""
    rank = urgency_rank(facts, now, tz)
    deadline = facts.next_due if rank <= UrgencyRank.DUE_TODAY and facts.next_due else _FAR_FUTURE
    return (int(rank), deadline, facts.name.casefold())


@dataclass(frozen=True)
class YouthAlerts:
    """What the youth page's banner says: open duties overdue or due today, missing now."""

    overdue: tuple[tuple[str, datetime], ...] = ()  # (duty label, late at), most overdue first
    due_today: tuple[tuple[str, datetime], ...] = ()
    missing_since: datetime | None = None  # the open missing episode's start
    missing: bool = False

    @property
    def level(self) -> DueLevel:
        if self.overdue or self.missing:
            return DueLevel.OVERDUE
        return DueLevel.DUE_TODAY if self.due_today else DueLevel.NONE


def youth_alerts(
    ctx: RecordContext, youth_id: str, missing: bool, now: datetime, tz: tzinfo | None = None
) -> YouthAlerts:
    """The banner's facts for one youth (``AuthError`` when not shared with the worker);
    ``missing`` is the profile's "missing now"."""
    overdue, today = [], []
    for duty in DutyStore(ctx).for_youth(youth_id):
        if duty.status != "open":
            continue
        level = due_level(duty.late_after, now, tz)
        label = duty.label.get(worker_language()) or duty.label.get("en", duty.duty_type)
        entry = (label, duty.late_after)
        if level is DueLevel.OVERDUE:
            overdue.append(entry)
        elif level is DueLevel.DUE_TODAY:
            today.append(entry)
    episode = EpisodeStore(ctx).current(youth_id, "missing") if missing else None
    return YouthAlerts(
        tuple(sorted(overdue, key=lambda e: e[1])),
        tuple(sorted(today, key=lambda e: e[1])),
        episode.started_at if episode else None,
        missing,
    )
