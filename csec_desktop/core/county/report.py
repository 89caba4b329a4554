"""The county store's state beside the period report: youth and encounters held, open
possible-duplicate pairs, open conflicts, sequence flags, and what waits for a co-signature.

The counts a county owes for a period (WIC 16501.45, missing from care, reporting duties,
screening coverage, the CSEC Program's data) are in ``period_report.py`` and the modules it
names; ``docs/county-reports.md`` gives each rule with its source. Two records a person decided
are the same youth count as one youth here too.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from csec_desktop.core.county.duplicate_review import persons
from csec_desktop.core.vault.database import Database


@dataclass(frozen=True)
class CountyReport:
    youth: int
    encounters: int
    possible_duplicates_open: int
    conflicts_open: int
    sequence_flags: int
    cosign_pending: int

    def as_dict(self) -> dict[str, int]:
        return asdict(self)


def open_duplicate_pairs(db: Database) -> list[dict[str, str]]:
    """Open possible-duplicate pairs (record ids and the reason in words), for review."""
    rows = db.execute(
        "SELECT youth_id, other_youth_id, reason FROM county_possible_duplicates "
        "WHERE status = 'open' ORDER BY flagged_at, youth_id"
    ).fetchall()
    return [{"youth_id": r[0], "other_youth_id": r[1], "reason": r[2]} for r in rows]


def build_report(db: Database) -> CountyReport:
    same = persons(db)  # records decided to be one youth count as one

    def count(sql: str) -> int:
        return int(db.execute(sql).fetchone()[0])

    return CountyReport(
        youth=len(
            {
                same.get(youth_id, youth_id)
                for (youth_id,) in db.execute(
                    "SELECT record_id FROM county_records WHERE kind = 'youth'"
                ).fetchall()
            }
        ),
        encounters=count("SELECT count(*) FROM county_records WHERE kind = 'encounter'"),
        possible_duplicates_open=count(
            "SELECT count(*) FROM county_possible_duplicates WHERE status = 'open'"
        ),
        conflicts_open=count("SELECT count(*) FROM county_conflicts WHERE status = 'open'"),
        sequence_flags=count("SELECT count(*) FROM county_flags"),
        cosign_pending=count(
            "SELECT count(*) FROM county_records WHERE (kind = 'duty' AND "
            "json_extract(data, '$.status') = 'open' AND "
            "json_extract(data, '$.data.waiver_pending') IS NOT NULL) OR (kind = 'encounter' AND "
            "json_extract(data, '$.explanation.override_request') IS NOT NULL AND "
            "json_extract(data, '$.explanation.override_request.cosigned_by') IS NULL)"
        ),
    )
