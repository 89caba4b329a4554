"""What an encounter is when read back: its pinned definition, its fields and its answers.

``ENCOUNTER_SELECT`` reads the columns ``encounter_from_row`` turns into an ``EncounterRecord``
(the store in ``encounters.py`` adds the WHERE clause and the access checks).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from csec_desktop.core.records.interpreter import Interpreter
from csec_desktop.core.vault.database import Database


@dataclass(frozen=True)
class PinnedDefinition:
    instrument_id: str
    version: str
    content_hash: str
    definition_json: str


@dataclass(frozen=True)
class EncounterRecord:
    id: str
    youth_id: str
    decision_point: str
    definition: PinnedDefinition
    info_received_at: str
    status: str
    position: str | None
    in_care: bool
    missing: bool
    answers: dict[str, Any]
    computed_band: str | None
    final_band: str | None
    override_reason: str | None
    explanation: Any
    version: int
    created_at: str
    created_by: str
    completed_at: str | None
    completed_by: str | None
    interpreter: Interpreter | None = None  # None: recorded before schema 11

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"


ENCOUNTER_SELECT = (
    "SELECT e.id, e.youth_id, e.decision_point, d.instrument_id, d.instrument_version, d.hash, "
    "d.definition, e.info_received_at, e.status, e.position, e.in_care, e.missing, "
    "e.computed_band, e.final_band, e.override_reason, e.explanation, e.version, e.created_at, "
    "e.created_by, e.completed_at, e.completed_by, e.interpreter "
    "FROM encounters e JOIN instrument_definitions d ON d.hash = e.instrument_hash "
)


def encounter_from_row(db: Database, row: tuple[Any, ...]) -> EncounterRecord:
    """The record of one ``ENCOUNTER_SELECT`` row, with its answers read."""
    answers = {
        item: json.loads(value)
        for item, value in db.execute(
            "SELECT item_id, value FROM answers WHERE encounter_id = ?", (row[0],)
        ).fetchall()
    }
    return EncounterRecord(
        id=row[0],
        youth_id=row[1],
        decision_point=row[2],
        definition=PinnedDefinition(row[3], row[4], row[5], row[6]),
        info_received_at=row[7],
        status=row[8],
        position=row[9],
        in_care=bool(row[10]),
        missing=bool(row[11]),
        answers=answers,
        computed_band=row[12],
        final_band=row[13],
        override_reason=row[14],
        explanation=json.loads(row[15]) if row[15] else None,
        version=row[16],
        created_at=row[17],
        created_by=row[18],
        completed_at=row[19],
        completed_by=row[20],
        interpreter=Interpreter.from_data(json.loads(row[21])) if row[21] else None,
    )
