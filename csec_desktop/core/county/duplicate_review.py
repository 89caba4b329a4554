"""A person decides each possible-duplicate pair the intake flagged: the same youth, or not.

Nothing is merged: both records stay as their devices sent them. A pair decided "same youth"
makes the county report count the two records as one youth (``persons``), which is what the
WIC 16501.45 counts are about; "different" closes the flag. Every decision names who made it,
when and why, and goes into the county store's audit chain (youth ids only, never names). A
decision can be changed later, again with a reason; the audit keeps each one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from csec_desktop.core.clock import to_iso
from csec_desktop.core.errors import UsageError, ValidationError
from csec_desktop.core.records.youth import YouthProfile
from csec_desktop.core.vault.audit import AuditLog
from csec_desktop.core.vault.database import Database

SAME_YOUTH, DIFFERENT, OPEN = "same_youth", "different", "open"
DECISIONS = (SAME_YOUTH, DIFFERENT)
MAX_NOTE = 500


@dataclass(frozen=True)
class YouthSummary:
    """What a reviewer compares: how each device recorded the youth."""

    youth_id: str
    device_id: str
    name: str
    legal_name: str
    aliases: tuple[str, ...]
    birth_date: str | None
    case_numbers: tuple[str, ...]


@dataclass(frozen=True)
class DuplicatePair:
    youth_id: str
    other_youth_id: str
    reason: str
    status: str
    flagged_at: str
    decided_by: str | None
    decided_at: str | None
    note: str | None


_COLUMNS = "youth_id, other_youth_id, reason, status, flagged_at, decided_by, decided_at, note"


def pairs(db: Database, include_decided: bool = False) -> list[DuplicatePair]:
    where = "" if include_decided else "WHERE status = 'open'"
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM county_possible_duplicates {where} "  # noqa: S608 - fixed text
        "ORDER BY flagged_at, youth_id, other_youth_id"
    ).fetchall()
    return [DuplicatePair(*row) for row in rows]


def youth_summary(db: Database, youth_id: str) -> YouthSummary:
    row = db.execute(
        "SELECT device_id, data FROM county_records WHERE record_id = ? AND kind = 'youth'",
        (youth_id,),
    ).fetchone()
    if row is None:
        raise UsageError(f"the county holds no youth {youth_id}")
    # The same model and names the laptop shows (display name, legal name with middle name).
    profile = YouthProfile.model_validate(json.loads(row[1])["profile"])
    return YouthSummary(
        youth_id,
        row[0],
        profile.display_name,
        profile.legal_name,
        profile.aliases,
        profile.birth_date.isoformat() if profile.birth_date else None,
        profile.case_numbers,
    )


def decide(
    db: Database,
    audit: AuditLog,
    actor: str,
    youth_id: str,
    other_youth_id: str,
    decision: str,
    note: str,
    now: datetime,
) -> DuplicatePair:
    """Record the decision on the flagged pair (given in either order) and audit it."""
    if decision not in DECISIONS:
        raise UsageError(f"the decision must be one of: {', '.join(DECISIONS)}")
    note = " ".join(note.split())
    if not note:
        raise ValidationError("Say why (for example: same birth date and case number).")
    if len(note) > MAX_NOTE:
        raise ValidationError(f"Keep the reason under {MAX_NOTE} characters.")
    first, second = sorted((youth_id, other_youth_id))
    with db.transaction():
        found = db.execute(
            "SELECT status FROM county_possible_duplicates WHERE youth_id = ? AND "
            "other_youth_id = ?",
            (first, second),
        ).fetchone()
        if found is None:
            raise UsageError(f"{first} and {second} are not a flagged pair")
        db.execute(
            "UPDATE county_possible_duplicates SET status = ?, decided_by = ?, decided_at = ?, "
            "note = ? WHERE youth_id = ? AND other_youth_id = ?",
            (decision, actor, to_iso(now), note, first, second),
        )
        audit.append(
            "duplicate_decided",
            actor,
            f"{first} {second}",
            {"decision": decision, "was": found[0]},
        )
    row = db.execute(
        f"SELECT {_COLUMNS} FROM county_possible_duplicates "  # noqa: S608 - fixed text
        "WHERE youth_id = ? AND other_youth_id = ?",
        (first, second),
    ).fetchone()
    return DuplicatePair(*row)


def persons(db: Database) -> dict[str, str]:
    """Each youth id in a "same youth" pair → one id standing for the person (the smallest of
    the group, so the answer does not depend on the order decisions were made in). Pairs chain:
    A=B and B=C make one person."""
    parent: dict[str, str] = {}

    def root(youth_id: str) -> str:
        while parent[youth_id] != youth_id:
            youth_id = parent[youth_id]
        return youth_id

    for first, second in db.execute(
        "SELECT youth_id, other_youth_id FROM county_possible_duplicates WHERE status = ?",
        (SAME_YOUTH,),
    ).fetchall():
        parent.setdefault(first, first)
        parent.setdefault(second, second)
        a, b = root(first), root(second)
        if a != b:
            parent[max(a, b)] = min(a, b)
    return {youth_id: root(youth_id) for youth_id in parent}
