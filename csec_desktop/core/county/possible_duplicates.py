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
from csec_desktop.core.vault.database import Database


def flag_possible_duplicates(
    db: Database, youth_ids: list[str], stamp: str, matcher: NameMatcher | None = None
) -> int:
    """Flag the accepted youth's possible duplicates; returns how many new flags.

    ``matcher`` carries the county's nickname table (the shipped list when None).
    """
    if not youth_ids:
        return 0
    by_birth: dict[date | None, list[tuple[str, str, YouthProfile]]] = defaultdict(list)
    for record_id, device_id, data in db.conn.execute(
        "SELECT record_id, device_id, data FROM county_records WHERE kind = 'youth'"
    ).fetchall():
        profile = YouthProfile.model_validate(json.loads(data)["profile"])
        by_birth[profile.birth_date].append((record_id, device_id, profile))
    everyone = {rid: (dev, prof) for group in by_birth.values() for rid, dev, prof in group}
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
