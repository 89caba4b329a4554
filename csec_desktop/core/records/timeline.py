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
from csec_desktop.core.records.encounter_record import EncounterRecord
from csec_desktop.core.records.encounters import EncounterStore
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
    lang: str = "en",
) -> list[TimelineEntry]:
    """The youth's entries, oldest first (of ``kinds`` only, when given); ``tz`` places
    date-only records on the local calendar (the laptop's zone when None); ``lang`` the
    language of titles and details: English (the printed timeline's words) unless a screen
    asks for the worker's language. Raises ``AuthError`` for a youth not shared with the
    actor."""
    ctx.require_youth(youth_id)
    w = _Words(lang)
    entries = [*_screenings(ctx, youth_id, w), *_episodes(ctx, youth_id, w)]
    entries += [*_duties(ctx, youth_id, w), *_case_items(ctx, youth_id, tz, w)]
    chosen = [e for e in entries if kinds is None or e.kind in kinds]
    return sorted(chosen, key=lambda e: (e.at, _ORDER.index(e.kind), e.title))


_ORDER = tuple(TimelineKind)


@dataclass(frozen=True)
class _Words:
    """The language of one timeline: English for paper, the worker's for a screen."""

    lang: str

    def say(self, text: str) -> str:
        """``text`` (marked in context "Timeline") in this timeline's language."""
        return text if self.lang == "en" else translate("Timeline", text)

    def of(self, label: dict[str, str], fallback: str) -> str:
        """A stored en/es label (a duty's) in this timeline's language."""
        return label.get(self.lang) or label.get("en", fallback)


def _worker_names(ctx: RecordContext) -> dict[str, str]:
    """Account name -> the name people know the worker by (what every other screen shows)."""
    rows = ctx.db.execute("SELECT username, display_name FROM accounts").fetchall()
    return {str(username): str(name) for username, name in rows}


def _screenings(ctx: RecordContext, youth_id: str, w: _Words) -> list[TimelineEntry]:
    entries = []
    names = _worker_names(ctx)
    for record in EncounterStore(ctx).for_youth(youth_id):
        title = _instrument_title(record, w.lang)
        if record.is_draft:
            entries.append(
                TimelineEntry(
                    from_iso(record.info_received_at),
                    TimelineKind.SCREENING,
                    w.say(QT_TRANSLATE_NOOP("Timeline", "{title} started (draft)")).format(
                        title=title
                    ),
                    record_id=record.id,
                )
            )
            continue
        outcome = (
            band_label(record.final_band, w.lang)
            if record.final_band
            else w.say(QT_TRANSLATE_NOOP("Timeline", "no outcome"))
        )
        signer = record.completed_by or record.created_by
        entries.append(
            TimelineEntry(
                from_iso(record.info_received_at),
                TimelineKind.SCREENING,
                w.say(QT_TRANSLATE_NOOP("Timeline", "{title}: {outcome}")).format(
                    title=title, outcome=outcome
                ),
                w.say(QT_TRANSLATE_NOOP("Timeline", "Signed by {name}")).format(
                    name=names.get(signer, signer)
                ),
                record.id,
            )
        )
    return entries


def _instrument_title(record: EncounterRecord, lang: str = "en") -> str:
    try:
        title = json.loads(record.definition.definition_json)["title"]
        return str(title.get(lang) or title["en"])
    except (ValueError, KeyError, TypeError):
        return record.definition.instrument_id.replace("_", " ").capitalize()


def _episodes(ctx: RecordContext, youth_id: str, w: _Words) -> list[TimelineEntry]:
    entries = []
    for episode in EpisodeStore(ctx).for_youth(youth_id):
        if episode.kind == "missing":
            entries += _missing(episode, w)
            continue
        value = str(episode.data.get("level") or episode.data.get("value") or "")
        title = _episode_title(episode.kind, value, w)
        detail = ""
        ended = episode.data.get("ended")
        if isinstance(ended, dict) and ended.get("reason"):
            detail = w.say(QT_TRANSLATE_NOOP("Timeline", "Ended later: {reason}")).format(
                reason=ended["reason"]
            )
        entries.append(
            TimelineEntry(episode.started_at, TimelineKind.STATUS, title, detail, episode.id)
        )
    return entries


def _episode_title(kind: str, value: str, w: _Words) -> str:
    if kind == "exploitation_status":
        level = LEVEL_LABELS.get(value, value)
        level = translate("ExploitationStatus", level) if w.lang != "en" else level
        return w.say(QT_TRANSLATE_NOOP("Timeline", "Status: {value}")).format(value=level)
    if kind == "legal_status":
        words = LegalStatus(value).label if value in set(LegalStatus) else value
        shown = translate("LegalStatus", words) if w.lang != "en" else words
        return w.say(QT_TRANSLATE_NOOP("Timeline", "Legal status: {value}")).format(value=shown)
    words = PlacementType(value).label if value in set(PlacementType) else value
    shown = translate("PlacementType", words) if w.lang != "en" else words
    return w.say(QT_TRANSLATE_NOOP("Timeline", "Placement: {value}")).format(value=shown)


def _missing(episode: EpisodeRecord, w: _Words) -> list[TimelineEntry]:
    seen = episode.data.get("last_seen") or ""
    entries = [
        TimelineEntry(
            episode.started_at,
            TimelineKind.MISSING,
            w.say(QT_TRANSLATE_NOOP("Timeline", "Reported missing")),
            w.say(QT_TRANSLATE_NOOP("Timeline", "Last seen: {seen}")).format(seen=seen)
            if seen
            else "",
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
                w.say(QT_TRANSLATE_NOOP("Timeline", "Located")),
                w.say(QT_TRANSLATE_NOOP("Timeline", "Where: {where}")).format(where=where)
                if where
                else "",
                episode.id,
            )
        )
    return entries


def _duties(ctx: RecordContext, youth_id: str, w: _Words) -> list[TimelineEntry]:
    entries = []
    for duty in DutyStore(ctx).for_youth(youth_id):
        done = duty.data.get("done")
        if duty.status != "done" or not isinstance(done, dict):
            continue
        done_words = (
            w.say(QT_TRANSLATE_NOOP("Timeline", "Done (late): {duty}"))
            if done.get("late")
            else w.say(QT_TRANSLATE_NOOP("Timeline", "Done: {duty}"))
        )
        entries.append(
            TimelineEntry(
                from_iso(str(done["at"])),
                TimelineKind.DUTY,
                done_words.format(duty=w.of(duty.label, duty.duty_type)),
                str(done.get("method", "")),
                duty.id,
            )
        )
    return entries


def _case_items(
    ctx: RecordContext, youth_id: str, tz: tzinfo | None, w: _Words
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
