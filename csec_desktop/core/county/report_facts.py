"""What the county knows about each youth, read once from the county store for a report.

One ``Person`` per youth, with records a person decided are the same youth (``csec county
duplicates decide``) folded into one. Each fact keeps its own time, so the counts can place it
(in care at the time? missing at the time? inside the period?). Only plain ``SELECT``s of the
stored JSON: the same code reads the embedded store and PostgreSQL.

Drafts and discarded screenings are left out here: they never count.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from csec_desktop.core.clock import from_iso
from csec_desktop.core.county.duplicate_review import persons
from csec_desktop.core.vault.database import Database

IN_CARE_STATUSES = frozenset(
    {"dependent_300", "ward_602", "dual_status_241_1", "non_minor_dependent", "voluntary"}
)
NO_END = datetime.max.replace(tzinfo=UTC)


@dataclass(frozen=True)
class Span:
    """A dated episode: ``value`` from ``start`` until ``end`` (None: still open)."""

    start: datetime
    end: datetime | None
    value: str

    def covers(self, moment: datetime) -> bool:
        return self.start <= moment and (self.end is None or moment < self.end)

    def overlaps(self, first: datetime, last: datetime) -> bool:
        return self.start <= last and (self.end or NO_END) > first


@dataclass(frozen=True)
class Screening:
    id: str
    at: datetime  # when the information was received (the clocks' start)
    decision_point: str
    instrument_id: str
    band: str
    in_care: bool
    missing: bool
    timing: tuple[str, ...]  # the exploitation_timing answer, when given
    assessment: bool  # a needs assessment, not a screen
    interpreted: str = ""  # the language interpreted; "" for none or not recorded


@dataclass(frozen=True)
class MissingEpisode:
    id: str
    learned_at: datetime
    in_care: bool
    reports: dict[str, datetime]
    located_at: datetime | None
    debrief_id: str | None


@dataclass(frozen=True)
class Duty:
    duty_type: str
    received_at: datetime | None
    done_at: datetime | None


@dataclass(frozen=True)
class CaseItem:
    kind: str  # referral, mdt_meeting
    on: date | None
    domain: str
    status: str


@dataclass
class Person:
    id: str
    profile: dict[str, Any]
    legal: list[Span] = field(default_factory=list)
    placements: list[Span] = field(default_factory=list)
    statuses: list[Span] = field(default_factory=list)
    screenings: list[Screening] = field(default_factory=list)
    missing: list[MissingEpisode] = field(default_factory=list)
    duties: list[Duty] = field(default_factory=list)
    items: list[CaseItem] = field(default_factory=list)

    @property
    def agency(self) -> str:
        return str(self.profile.get("agency") or "child_welfare")

    @property
    def birth_date(self) -> date | None:
        born = self.profile.get("birth_date")
        return date.fromisoformat(born) if born else None


def _when(text: str | None) -> datetime | None:
    return from_iso(text) if text else None


_CHUNK = 1000  # rows parsed together; a quarter's report reads 100,000 and more


def _rows(db: Database, kind: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(youth id, parsed record) of every county record of ``kind``.

    Each record's text is one JSON object the importer wrote (``county_records.data``), so a
    thousand of them joined by commas between brackets are one JSON array of the same objects:
    one parser call per thousand rows instead of one per row (the per-call overhead was half
    of the report's parsing)."""
    cursor = db.execute("SELECT youth_id, data FROM county_records WHERE kind = ?", (kind,))
    while rows := cursor.fetchmany(_CHUNK):
        parsed = json.loads("[" + ",".join([row[1] for row in rows]) + "]")
        yield from zip([row[0] for row in rows], parsed, strict=True)


def _definitions(db: Database) -> dict[str, tuple[str, bool]]:
    """Definition hash → (instrument id, is a needs assessment)."""
    out = {}
    for digest, instrument_id, definition in db.execute(
        "SELECT hash, instrument_id, definition FROM county_definitions"
    ).fetchall():
        out[digest] = (instrument_id, json.loads(definition).get("kind") == "needs_assessment")
    return out


def load_people(db: Database) -> dict[str, Person]:
    """Every youth the county holds, keyed by the id standing for the person."""
    same = persons(db)
    people: dict[str, Person] = {}
    latest: dict[str, str] = {}
    for _youth_id, record in _rows(db, "youth"):
        key = same.get(record["id"], record["id"])
        held = people.setdefault(key, Person(key, record["profile"]))
        if record["updated_at"] >= latest.get(key, ""):  # the newest profile speaks
            latest[key] = record["updated_at"]
            held.profile = record["profile"]

    def owner(youth_id: str | None) -> Person | None:
        return people.get(same.get(youth_id or "", youth_id or ""))

    definitions = _definitions(db)
    for youth_id, record in _rows(db, "encounter"):
        person = owner(youth_id)
        if person is None or record.get("status") != "completed" or record.get("discarded"):
            continue
        instrument_id, assessment = definitions.get(
            (record.get("instrument") or {}).get("hash", ""), ("", False)
        )
        timing = record.get("answers", {}).get("exploitation_timing") or []
        interpreter = record.get("interpreter") or {}
        interpreted = interpreter.get("language") if interpreter.get("mode") != "none" else ""
        person.screenings.append(
            Screening(
                record["id"], from_iso(record["info_received_at"]), record["decision_point"],
                instrument_id, str(record.get("final_band")), bool(record.get("in_care")),
                bool(record.get("missing")), tuple(t for t in timing if isinstance(t, str)),
                assessment, str(interpreted or ""),
            )
        )  # fmt: skip
    for youth_id, record in _rows(db, "episode"):
        person = owner(youth_id)
        if person is None:
            continue
        _add_episode(person, record)
    for youth_id, record in _rows(db, "duty"):
        person = owner(youth_id)
        if person is None or record.get("status") != "done":
            continue
        data = record.get("data") or {}
        done = data.get("done") or {}
        person.duties.append(
            Duty(record["duty_type"], _when(data.get("received_at")), _when(done.get("at")))
        )
    for youth_id, record in _rows(db, "case_item"):
        person = owner(youth_id)
        data = record.get("data") or {}
        if person is None or data.get("removed") or record.get("item_kind") == "note":
            continue
        on = data.get("referred_on") or data.get("held_on")
        # A referral's follow-up outcome (since the referral owner fields) says "connected"
        # even where its status still reads "referred"; older records say it in the status.
        status = "connected" if data.get("outcome") == "connected" else data.get("status", "")
        person.items.append(
            CaseItem(
                str(record.get("item_kind")), date.fromisoformat(on) if on else None,
                str(data.get("domain", "")), str(status),
            )
        )  # fmt: skip
    return people


def _add_episode(person: Person, record: dict[str, Any]) -> None:
    data = record.get("data") or {}
    start, end = from_iso(record["started_at"]), _when(record.get("ended_at"))
    kind = record.get("episode_kind")
    if kind == "legal_status":
        person.legal.append(Span(start, end, str(data.get("value"))))
    elif kind == "placement":
        person.placements.append(Span(start, end, str(data.get("value"))))
    elif kind == "exploitation_status":
        person.statuses.append(Span(start, end, str(data.get("level"))))
    elif kind == "missing":
        reports = {
            party: from_iso(made["at"])
            for party, made in (data.get("reports") or {}).items()
            if isinstance(made, dict) and made.get("at")
        }
        located = data.get("located") or {}
        person.missing.append(
            MissingEpisode(
                record["id"], from_iso(data.get("learned_at") or record["started_at"]),
                bool(data.get("in_care")), reports, _when(located.get("at")),
                data.get("debrief_encounter_id"),
            )
        )  # fmt: skip
