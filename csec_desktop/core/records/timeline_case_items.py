"""Timeline entries for case items (referrals, MDT meetings, notes), and when a meeting falls
on the calendar (the agenda places meetings with the same rule)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, tzinfo

from csec_desktop.core.clock import from_iso
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP
from csec_desktop.core.localtime import local_day_bounds
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.case_items import CaseItems, MdtMeeting, Note, Referral
from csec_desktop.core.records.referral_domains import domain_label
from csec_desktop.core.records.timeline_entry import TimelineEntry, TimelineKind, TimelineWords


def case_item_entries(
    ctx: RecordContext, youth_id: str, tz: tzinfo | None, w: TimelineWords
) -> list[TimelineEntry]:
    entries = []
    for stored in CaseItems(ctx).for_youth(youth_id):
        item = stored.item
        updated = from_iso(stored.updated_at)
        if isinstance(item, Referral):
            title = w.say(QT_TRANSLATE_NOOP("Timeline", "Referral: {need} — {agency}")).format(
                need=domain_label(item.domain, w.lang), agency=item.agency
            )
            at, all_day = _day_or(item.referred_on, updated, tz)
            status = w.say(QT_TRANSLATE_NOOP("Timeline", "Status: {value}")).format(
                value=item.status
            )
            entry = TimelineEntry(at, TimelineKind.REFERRAL, title, status, stored.id, all_day)
        elif isinstance(item, MdtMeeting):
            at, all_day = meeting_moment(item, tz)
            who = w.say(QT_TRANSLATE_NOOP("Timeline", "{count} attending")).format(
                count=len(item.attendees)
            )
            title = w.say(QT_TRANSLATE_NOOP("Timeline", "MDT meeting"))
            entry = TimelineEntry(
                at, TimelineKind.MEETING, title, who if item.attendees else "", stored.id, all_day
            )
        elif isinstance(item, Note):
            first = item.text.strip().splitlines()[0] if item.text.strip() else ""
            title = (
                w.say(QT_TRANSLATE_NOOP("Timeline", "Addendum"))
                if item.is_addendum
                else w.say(QT_TRANSLATE_NOOP("Timeline", "Note"))
            )
            entry = TimelineEntry(updated, TimelineKind.NOTE, title, first[:120], stored.id)
        else:
            continue  # team members are people, not events
        entries.append(entry)
    return entries


def _day_or(day: date | None, fallback: datetime, tz: tzinfo | None) -> tuple[datetime, bool]:
    if day is None:
        return fallback, False
    return local_day_bounds(day, tz)[0], True


def meeting_time(meeting: MdtMeeting) -> time | None:
    """The meeting's local start time when the record has one. Older records carry a date
    only; newer ones add ``starts_at`` (a local wall-clock time). Read by name, so both shapes
    of the record work."""
    value = getattr(meeting, "starts_at", None)
    return value if isinstance(value, time) else None


def meeting_moment(meeting: MdtMeeting, tz: tzinfo | None = None) -> tuple[datetime, bool]:
    """When the meeting starts (aware) and whether that is a whole day (no time recorded)."""
    at = meeting_time(meeting)
    if at is None:
        return local_day_bounds(meeting.held_on, tz)[0], True
    naive = datetime.combine(meeting.held_on, at.replace(tzinfo=None))
    local = naive.astimezone() if tz is None else naive.replace(tzinfo=tz)
    return local.astimezone(UTC), False
