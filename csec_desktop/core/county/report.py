"""The county report: the four WIC 16501.45 counts, possible duplicates and open conflicts.

The rule for the counts (distinct youth, from the records the county holds):

- A youth is **exploited** when any completed encounter's final outcome is ``identified``.
  Each such encounter is placed by the identification screen's ``exploitation_timing`` answer
  when it was given (``before_care``, ``in_care``, ``while_missing``; several may apply, so a
  youth can count under more than one heading); when that answer is absent or only
  ``unknown``, by the encounter's own flags: ``missing`` or a return-from-missing decision
  point (exploitation a return debrief finds happened while missing) → while missing, else
  ``in_care`` → while in care, else → before entering care.
- A youth is **at risk** when a completed encounter's final outcome is ``at_risk`` and the
  youth is not counted as exploited.

Missing episodes are counted as the audits look at them (42 USC 671(a)(35)(B)): episodes, those
with both the law-enforcement report and the NCMEC report recorded within 24 hours of when the
worker learned of it, those located, and those whose return was debriefed. Outcome overrides
and report waivers still waiting for a supervisor's co-signature are counted too.

Drafts never count. Two records a person decided are the same youth (``csec county
duplicates decide``) count as one youth, in every count; a youth in a pair still open is
counted once per record, which is why the report shows the open pairs beside the counts.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime

from csec_desktop.core.county.duplicate_review import persons
from csec_desktop.core.vault.database import Database

TIMINGS = {"before_care": "before_care", "in_care": "in_care", "while_missing": "while_missing"}
RETURN_POINTS = ("return_from_missing", "awol_warrant_return")


@dataclass(frozen=True)
class CountyReport:
    exploited_before_care: int
    exploited_in_care: int
    exploited_while_missing: int
    at_risk: int
    youth: int
    encounters: int
    possible_duplicates_open: int
    conflicts_open: int
    sequence_flags: int
    missing_episodes: int = 0
    missing_reported_within_24h: int = 0
    missing_located: int = 0
    missing_debriefed: int = 0
    cosign_pending: int = 0

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

    def person(youth_id: str) -> str:
        return same.get(youth_id, youth_id)

    exploited: dict[str, set[str]] = {k: set() for k in TIMINGS.values()}
    risk: set[str] = set()
    encounters = 0
    for (data,) in db.execute(
        "SELECT data FROM county_records WHERE kind = 'encounter'"
    ).fetchall():
        encounters += 1
        record = json.loads(data)
        if record.get("status") != "completed":
            continue
        youth_id, band = person(record["youth_id"]), record.get("final_band")
        if band == "at_risk":
            risk.add(youth_id)
        if band != "identified":
            continue
        timing = record.get("answers", {}).get("exploitation_timing")
        chosen = [TIMINGS[t] for t in timing or [] if t in TIMINGS]
        if not chosen:
            chosen = [
                "while_missing"
                if record.get("missing") or record.get("decision_point") in RETURN_POINTS
                else "in_care"
                if record.get("in_care")
                else "before_care"
            ]
        for heading in chosen:
            exploited[heading].add(youth_id)
    any_exploited = set().union(*exploited.values())

    def count(sql: str) -> int:
        return int(db.execute(sql).fetchone()[0])

    return CountyReport(
        exploited_before_care=len(exploited["before_care"]),
        exploited_in_care=len(exploited["in_care"]),
        exploited_while_missing=len(exploited["while_missing"]),
        at_risk=len(risk - any_exploited),
        youth=len(
            {
                person(youth_id)
                for (youth_id,) in db.execute(
                    "SELECT record_id FROM county_records WHERE kind = 'youth'"
                ).fetchall()
            }
        ),
        encounters=encounters,
        possible_duplicates_open=count(
            "SELECT count(*) FROM county_possible_duplicates WHERE status = 'open'"
        ),
        conflicts_open=count("SELECT count(*) FROM county_conflicts WHERE status = 'open'"),
        sequence_flags=count("SELECT count(*) FROM county_flags"),
        **_missing_counts(db),
    )


def _missing_counts(db: Database) -> dict[str, int]:
    counts = dict.fromkeys(
        ("missing_episodes", "missing_reported_within_24h", "missing_located",
         "missing_debriefed", "cosign_pending"),
        0,
    )  # fmt: skip
    for (data,) in db.execute(
        "SELECT data FROM county_records WHERE kind = 'episode' "
        "AND json_extract(data, '$.episode_kind') = 'missing'"
    ).fetchall():
        episode = json.loads(data)["data"]
        counts["missing_episodes"] += 1
        learned, reports = episode.get("learned_at"), episode.get("reports") or {}
        made = [reports.get(p, {}).get("at") for p in ("law_enforcement", "ncmec")]
        if learned and all(made) and all(_hours(learned, at) <= 24 for at in made):
            counts["missing_reported_within_24h"] += 1
        counts["missing_located"] += bool(episode.get("located"))
        counts["missing_debriefed"] += bool(episode.get("debrief_encounter_id"))
    counts["cosign_pending"] = int(
        db.execute(
            "SELECT count(*) FROM county_records WHERE (kind = 'duty' AND "
            "json_extract(data, '$.status') = 'open' AND "
            "json_extract(data, '$.data.waiver_pending') IS NOT NULL) OR (kind = 'encounter' AND "
            "json_extract(data, '$.explanation.override_request') IS NOT NULL AND "
            "json_extract(data, '$.explanation.override_request.cosigned_by') IS NULL)"
        ).fetchone()[0]
    )
    return counts


def _hours(start: str, end: str) -> float:
    begin = datetime.fromisoformat(start.replace("Z", "+00:00"))
    finish = datetime.fromisoformat(end.replace("Z", "+00:00"))
    return (finish - begin).total_seconds() / 3600
