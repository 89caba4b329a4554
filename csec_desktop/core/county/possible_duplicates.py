"""Possible duplicate youth across devices, flagged at the county and never merged.

Each youth accepted from a bundle is compared with the youth the county holds from *other*
devices (a laptop already shows its worker the possible duplicates on that laptop) by the same
rule the laptop uses (``records/duplicates.py`` over ``core/names``: names, aliases, birth
date), with the county's nickname list. A match is stored
as an open flag for a person to decide ("same youth" or "different").
"""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import date

from csec_desktop.core.names.match import NameMatcher
from csec_desktop.core.records.caseload_index import CaseloadEntry
from csec_desktop.core.records.duplicates import find_possible_duplicates
from csec_desktop.core.records.youth import YouthProfile
from csec_desktop.core.vault.bound_list import IN_LIST, bound_list
from csec_desktop.core.vault.database import Database

# The birth date as the county stores it, written exactly as in the index ``county_records_born``
# (county migration 7) so both SQLite and PostgreSQL answer from the index.
_BORN = "json_extract(data, '$.profile.birth_date')"


def flag_possible_duplicates(
    db: Database, youth_ids: list[str], stamp: str, matcher: NameMatcher | None = None
) -> int:
    """Flag the accepted youth's possible duplicates; returns how many new flags.

    ``matcher`` carries the county's nickname table (the shipped list when None). Reads only
    the candidates the rule can match (county youth born on an accepted youth's birth date or
    with none recorded), through an index, so the cost per bundle does not grow with the
    county's size; only an accepted youth without a birth date is compared with everyone.
    """
    if not youth_ids:
        return 0
    accepted = [
        row[1:]
        for row in db.conn.execute(ACCEPTED_SQL, (bound_list(youth_ids),)).fetchall()
        if row[0] == "youth"
    ]
    births = sorted({str(born) for _, _, _, born in accepted if born is not None})
    if any(born is None for _, _, _, born in accepted):
        candidates = _youth_rows(db, "1 = 1", [])  # no birth date: everyone is a candidate
    else:
        candidates = _youth_rows(db, f"{_BORN} {{}}", births) + _youth_rows(
            db, f"{_BORN} IS NULL", []
        )
    by_birth: dict[date | None, list[tuple[str, str, YouthProfile]]] = defaultdict(list)
    everyone: dict[str, tuple[str, YouthProfile]] = {}
    for record_id, device_id, data, _ in {row[0]: row for row in accepted + candidates}.values():
        profile = YouthProfile.model_validate(json.loads(data)["profile"])
        by_birth[profile.birth_date].append((record_id, device_id, profile))
        everyone[record_id] = (device_id, profile)
    flagged = 0
    for youth_id in youth_ids:
        device_id, profile = everyone[youth_id]
        pool = by_birth[None] + (by_birth[profile.birth_date] if profile.birth_date else [])
        if profile.birth_date is None:
            pool = [item for group in by_birth.values() for item in group]
        known = [
            (CaseloadEntry.of(rid, prof), prof)
            for rid, dev, prof in pool
            if rid != youth_id and dev != device_id
        ]
        for match in find_possible_duplicates(profile, known, matcher):
            pair = sorted((youth_id, match.entry.youth_id))
            cursor = db.conn.execute(
                "INSERT INTO county_possible_duplicates "
                "(youth_id, other_youth_id, reason, flagged_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                (pair[0], pair[1], match.reason, stamp),
            )
            flagged += cursor.rowcount
    return flagged


# The accepted youth by the record id's primary key alone, their kind checked here: with
# ``kind = 'youth'`` in the WHERE, SQLite walked every county youth through the kind index
# (decision 69), and the import's cost grew with the county's size.
ACCEPTED_SQL = (
    f"SELECT kind, record_id, device_id, data, {_BORN} FROM county_records "  # noqa: S608
    f"WHERE record_id {IN_LIST}"
)


def _youth_rows(db: Database, where: str, values: list[str]) -> list[tuple[str, str, str, object]]:
    """County youth rows (record id, device, data, birth date) matching ``where``; a ``{}`` in
    it stands for "is one of ``values``", bound as one parameter (``bound_list``)."""
    if "{}" in where and not values:
        return []
    params = (bound_list(values),) if "{}" in where else ()
    return [tuple(row) for row in db.conn.execute(youth_rows_sql(where), params).fetchall()]


def youth_rows_sql(where: str) -> str:
    """The query ``_youth_rows`` runs (its plan is tested on both backends)."""
    return (
        f"SELECT record_id, device_id, data, {_BORN} FROM county_records "  # noqa: S608
        f"WHERE kind = 'youth' AND {where.format(IN_LIST)}"
    )
