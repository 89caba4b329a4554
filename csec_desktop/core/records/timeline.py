"""One youth's history in date order: screenings, status changes, missing episodes, duties
done, referrals, MDT meetings and notes.

Built from the stores that already keep each of them, so nothing is recorded twice and every
read goes through their access checks: a worker asking for a youth not shared with them gets
``AuthError`` from ``RecordContext.require_youth`` (one rule for who sees which youth). An
entry says *what* happened in a line; notes give only their first line, so the list can be
read with a youth in the room. Removed case items and discarded drafts are left out (they are
corrections, kept in the audit trail).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo
from enum import StrEnum

from csec_desktop.core.clock import from_iso
from csec_desktop.core.display_words import band_label
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.localtime import local_day_bounds
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.case_items import CaseItems, MdtMeeting, Note, Referral
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.records.encounters import EncounterRecord, EncounterStore
from csec_desktop.core.records.episodes import EpisodeRecord, EpisodeStore
from csec_desktop.core.records.exploitation_status import LEVEL_LABELS
from csec_desktop.core.records.referral_domains import domain_label
from csec_desktop.core.records.youth import LegalStatus, PlacementType


class TimelineKind(StrEnum):
    SCREENING = "screening"
    STATUS = "status"
    MISSING = "missing"
    DUTY = "duty"
    REFERRAL = "referral"
    MEETING = "meeting"
    NOTE = "note"

    @property
    def label(self) -> str:
        """In English: what the printed timeline says (it picks its own language)."""
        return _KIND_LABELS[self]

    @property
    def words(self) -> str:
        """In the worker's language, for the timeline tab."""
        return translate("Timeline", _KIND_LABELS[self])


_KIND_LABELS = {
    TimelineKind.SCREENING: QT_TRANSLATE_NOOP("Timeline", "Screenings and assessments"),
    TimelineKind.STATUS: QT_TRANSLATE_NOOP("Timeline", "Status changes"),
    TimelineKind.MISSING: QT_TRANSLATE_NOOP("Timeline", "Missing episodes"),
    TimelineKind.DUTY: QT_TRANSLATE_NOOP("Timeline", "Duties done"),
    TimelineKind.REFERRAL: QT_TRANSLATE_NOOP("Timeline", "Referrals"),
    TimelineKind.MEETING: QT_TRANSLATE_NOOP("Timeline", "MDT meetings"),
    TimelineKind.NOTE: QT_TRANSLATE_NOOP("Timeline", "Notes"),
}


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime  # aware; for a date-only record, the start of that local day
    kind: TimelineKind
    title: str
    detail: str = ""
    record_id: str = ""
    all_day: bool = False  # the record has a date but no time (a meeting, a referral)


def youth_timeline(
    ctx: RecordContext,
    youth_id: str,
    kinds: frozenset[TimelineKind] | None = None,
    tz: tzinfo | None = None,
) -> list[TimelineEntry]:
    """The youth's entries, oldest first (of ``kinds`` only, when given); ``tz`` places
    date-only records on the local calendar (the laptop's zone when None). Raises
    ``AuthError`` for a youth not shared with the actor."""
    ctx.require_youth(youth_id)
    entries = [*_screenings(ctx, youth_id), *_episodes(ctx, youth_id), *_duties(ctx, youth_id)]
    entries += _case_items(ctx, youth_id, tz)
    chosen = [e for e in entries if kinds is None or e.kind in kinds]
    return sorted(chosen, key=lambda e: (e.at, _ORDER.index(e.kind), e.title))


_ORDER = tuple(TimelineKind)


def _worker_names(ctx: RecordContext) -> dict[str, str]:
    """Account name -> the name people know the worker by (what every other screen shows)."""
    rows = ctx.db.execute("SELECT username, display_name FROM accounts").fetchall()
    return {str(username): str(name) for username, name in rows}


def _screenings(ctx: RecordContext, youth_id: str) -> list[TimelineEntry]:
    entries = []
    names = _worker_names(ctx)
    for record in EncounterStore(ctx).for_youth(youth_id):
        title = _instrument_title(record)
        if record.is_draft:
            entries.append(
                TimelineEntry(
                    from_iso(record.info_received_at),
                    TimelineKind.SCREENING,
                    f"{title} started (draft)",
                    record_id=record.id,
                )
            )
            continue
        outcome = band_label(record.final_band) if record.final_band else "no outcome"
        signer = record.completed_by or record.created_by
        entries.append(
            TimelineEntry(
                from_iso(record.info_received_at),
                TimelineKind.SCREENING,
                f"{title}: {outcome}",
                f"Signed by {names.get(signer, signer)}",
                record.id,
            )
        )
    return entries


def _instrument_title(record: EncounterRecord) -> str:
    try:
        return str(json.loads(record.definition.definition_json)["title"]["en"])
    except (ValueError, KeyError, TypeError):
        return record.definition.instrument_id.replace("_", " ").capitalize()


def _episodes(ctx: RecordContext, youth_id: str) -> list[TimelineEntry]:
    entries = []
    for episode in EpisodeStore(ctx).for_youth(youth_id):
        if episode.kind == "missing":
            entries += _missing(episode)
            continue
        value = str(episode.data.get("level") or episode.data.get("value") or "")
        title = _episode_title(episode.kind, value)
        detail = ""
        ended = episode.data.get("ended")
        if isinstance(ended, dict) and ended.get("reason"):
            detail = f"Ended later: {ended['reason']}"
        entries.append(
            TimelineEntry(episode.started_at, TimelineKind.STATUS, title, detail, episode.id)
        )
    return entries


def _episode_title(kind: str, value: str) -> str:
    if kind == "exploitation_status":
        return f"Status: {LEVEL_LABELS.get(value, value)}"
    if kind == "legal_status":
        try:
            return f"Legal status: {LegalStatus(value).label}"
        except ValueError:
            return f"Legal status: {value}"
    try:
        return f"Placement: {PlacementType(value).label}"
    except ValueError:
        return f"Placement: {value}"


def _missing(episode: EpisodeRecord) -> list[TimelineEntry]:
    seen = episode.data.get("last_seen") or ""
    entries = [
        TimelineEntry(
            episode.started_at,
            TimelineKind.MISSING,
            "Reported missing",
            f"Last seen: {seen}" if seen else "",
            episode.id,
        )
    ]
    located = episode.data.get("located")
    if isinstance(located, dict) and located.get("at"):
        where = located.get("where") or ""
        entries.append(
            TimelineEntry(
                from_iso(str(located["at"])),
                TimelineKind.MISSING,
                "Located",
                f"Where: {where}" if where else "",
                episode.id,
            )
        )
    return entries


def _duties(ctx: RecordContext, youth_id: str) -> list[TimelineEntry]:
    entries = []
    for duty in DutyStore(ctx).for_youth(youth_id):
        done = duty.data.get("done")
        if duty.status != "done" or not isinstance(done, dict):
            continue
        late = " (late)" if done.get("late") else ""
        entries.append(
            TimelineEntry(
                from_iso(str(done["at"])),
                TimelineKind.DUTY,
                f"Done{late}: {duty.label.get('en', duty.duty_type)}",
                str(done.get("method", "")),
                duty.id,
            )
        )
    return entries


def _case_items(ctx: RecordContext, youth_id: str, tz: tzinfo | None) -> list[TimelineEntry]:
    entries = []
    for stored in CaseItems(ctx).for_youth(youth_id):
        item = stored.item
        updated = from_iso(stored.updated_at)
        if isinstance(item, Referral):
            title = f"Referral: {domain_label(item.domain)} — {item.agency}"
            at, all_day = _day_or(item.referred_on, updated, tz)
            status = f"Status: {item.status}"
            entry = TimelineEntry(at, TimelineKind.REFERRAL, title, status, stored.id, all_day)
        elif isinstance(item, MdtMeeting):
            at, all_day = meeting_moment(item, tz)
            who = f"{len(item.attendees)} attending" if item.attendees else ""
            entry = TimelineEntry(at, TimelineKind.MEETING, "MDT meeting", who, stored.id, all_day)
        elif isinstance(item, Note):
            first = item.text.strip().splitlines()[0] if item.text.strip() else ""
            title = "Addendum" if item.is_addendum else "Note"
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
