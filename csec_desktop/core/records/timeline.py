"""One youth's history in date order: screenings, status changes, missing episodes, duties
done, referrals, MDT meetings and notes.

Built from the stores that already keep each of them, so nothing is recorded twice and every
read goes through their access checks: a worker asking for a youth not shared with them gets
``AuthError`` from ``RecordContext.require_youth`` (one rule for who sees which youth). An
entry says *what* happened in a line; notes give only their first line, so the list can be
read with a youth in the room. Removed case items and discarded drafts are left out (they are
corrections, kept in the audit trail). Entries from screenings, episodes and duties are made
here; from case items in ``timeline_case_items``; the entry types are in ``timeline_entry``.
"""

from __future__ import annotations

import json
from datetime import tzinfo

from csec_desktop.core.clock import from_iso
from csec_desktop.core.display_words import band_label
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.records.encounter_record import EncounterRecord
from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.core.records.episodes import EpisodeRecord, EpisodeStore
from csec_desktop.core.records.exploitation_status import LEVEL_LABELS
from csec_desktop.core.records.timeline_case_items import case_item_entries
from csec_desktop.core.records.timeline_entry import TimelineEntry, TimelineKind, TimelineWords
from csec_desktop.core.records.youth import LegalStatus, PlacementType


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
    w = TimelineWords(lang)
    entries = [*_screenings(ctx, youth_id, w), *_episodes(ctx, youth_id, w)]
    entries += [*_duties(ctx, youth_id, w), *case_item_entries(ctx, youth_id, tz, w)]
    chosen = [e for e in entries if kinds is None or e.kind in kinds]
    return sorted(chosen, key=lambda e: (e.at, _ORDER.index(e.kind), e.title))


_ORDER = tuple(TimelineKind)


def _worker_names(ctx: RecordContext) -> dict[str, str]:
    """Account name -> the name people know the worker by (what every other screen shows)."""
    rows = ctx.db.execute("SELECT username, display_name FROM accounts").fetchall()
    return {str(username): str(name) for username, name in rows}


def _screenings(ctx: RecordContext, youth_id: str, w: TimelineWords) -> list[TimelineEntry]:
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


def _episodes(ctx: RecordContext, youth_id: str, w: TimelineWords) -> list[TimelineEntry]:
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


def _episode_title(kind: str, value: str, w: TimelineWords) -> str:
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


def _missing(episode: EpisodeRecord, w: TimelineWords) -> list[TimelineEntry]:
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


def _duties(ctx: RecordContext, youth_id: str, w: TimelineWords) -> list[TimelineEntry]:
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
