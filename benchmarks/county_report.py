"""The county report over a large county store, beside a plain SQL aggregate of the same rows.

    .venv/bin/python -m benchmarks.county_report [--youth 20000] [--encounters 100000]

Fills an encrypted county store (SQLCipher, minimum Argon2id: the key derivation is not what is
timed) with fictional records shaped as the records codec sends them — youth profiles, completed
screens over a year, legal-status, exploitation-status and missing episodes, law-enforcement
duties, referrals and MDT meetings — then times ``build_period_report`` for one quarter
(median of 3) beside one ``GROUP BY`` that counts distinct youth by final band over the same
encounter rows: the floor for anything that reads those rows once.
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from benchmarks.common import Row, median_ms, print_rows
from csec_desktop.core.clock import to_iso
from csec_desktop.core.county.period_report import build_period_report
from csec_desktop.core.county.report_period import Period
from csec_desktop.core.county.store import CountyVault
from csec_desktop.core.vault.database import Database
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS

START = datetime(2025, 7, 1, tzinfo=UTC)
POINTS = ("hotline_intake", "case_opening", "placement_change", "return_from_missing",
          "probation_intake", "case_plan_review")  # fmt: skip
BANDS = ("no_current_concern",) * 8 + ("at_risk", "identified")
STATUSES = ("dependent_300",) * 6 + ("ward_602",) * 2 + ("not_in_care", "non_minor_dependent")
INSERT = (
    "INSERT INTO county_records (record_id, kind, youth_id, version, content_hash, data, "
    "device_id, bundle_hash, updated_at) VALUES (?, ?, ?, 1, 'h', ?, 'bench', 'b', ?)"
)


def _at(rng: random.Random) -> datetime:
    return START + timedelta(minutes=rng.randrange(365 * 24 * 60))


def _youth_rows(n: int, per_youth: int, rng: random.Random) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for y in range(n):
        youth_id = f"y{y:06d}"
        status = rng.choice(STATUSES)
        profile = {
            "agency": "probation" if status == "ward_602" else "child_welfare",
            "birth_date": date(2008 + rng.randrange(10), 1 + rng.randrange(12), 1).isoformat(),
            "legal_status": status, "in_care": status != "not_in_care",
            "gender_category": rng.choice(("female", "male", "nonbinary", "unknown")),
            "race_ethnicity": [rng.choice(("hispanic_latino", "white", "asian", "declined"))],
        }  # fmt: skip
        stamp = to_iso(START)
        rows.append((youth_id, "youth", youth_id,
                     json.dumps({"id": youth_id, "profile": profile, "updated_at": stamp}),
                     stamp))  # fmt: skip
        level = "no_current_concern"
        episodes = [("legal_status", START, None, {"value": status})]
        for e in range(per_youth):
            at, band = _at(rng), rng.choice(BANDS)
            level = "identified" if "identified" in (band, level) else band
            record = {
                "id": f"{youth_id}-e{e}", "youth_id": youth_id, "status": "completed",
                "decision_point": rng.choice(POINTS), "instrument": {"hash": "full"},
                "info_received_at": to_iso(at), "final_band": band,
                "in_care": status != "not_in_care", "missing": False,
                "answers": {"exploitation_timing": [rng.choice(("in_care", "unknown"))]}
                if band == "identified" else {},
            }  # fmt: skip
            rows.append((record["id"], "encounter", youth_id, json.dumps(record), to_iso(at)))
        episodes.append(("exploitation_status", START, None, {"level": level}))
        if rng.random() < 0.05:
            learned = _at(rng)
            located = {"at": to_iso(learned + timedelta(days=3))}
            reports = {"law_enforcement": {"at": to_iso(learned + timedelta(hours=5))}}
            episodes.append(("missing", learned, learned + timedelta(days=3),
                             {"learned_at": to_iso(learned), "in_care": True,
                              "reports": reports, "located": located}))  # fmt: skip
        for k, (kind, start, end, data) in enumerate(episodes):
            record = {"id": f"{youth_id}-p{k}", "episode_kind": kind, "started_at": to_iso(start),
                      "ended_at": to_iso(end) if end else None, "data": data}  # fmt: skip
            rows.append((record["id"], "episode", youth_id, json.dumps(record), to_iso(start)))
        if level == "identified":
            done = {"received_at": to_iso(START), "done": {"at": to_iso(START + timedelta(1))}}
            duty = {"id": f"{youth_id}-d", "status": "done", "duty_type": "law_enforcement_victim",
                    "data": done}  # fmt: skip
            rows.append((duty["id"], "duty", youth_id, json.dumps(duty), to_iso(START)))
            item = {"id": f"{youth_id}-r", "item_kind": "referral",
                    "data": {"domain": "housing", "status": "referred",
                             "referred_on": _at(rng).date().isoformat()}}  # fmt: skip
            rows.append((item["id"], "case_item", youth_id, json.dumps(item), to_iso(START)))
    return rows


def fill(db: Database, youth: int, encounters: int, seed: int = 18) -> None:
    rows = _youth_rows(youth, max(1, encounters // youth), random.Random(seed))
    db.execute(
        "INSERT INTO county_definitions (hash, instrument_id, instrument_version, definition) "
        "VALUES ('full', 'csec_identification', '1.2.0', '{\"kind\": \"screening\"}')"
    )
    with db.transaction():
        db.conn.executemany(INSERT, rows)


BASELINE = (
    "SELECT json_extract(data, '$.final_band'), count(DISTINCT youth_id) FROM county_records "
    "WHERE kind = 'encounter' AND json_extract(data, '$.status') = 'completed' "
    "AND json_extract(data, '$.info_received_at') BETWEEN ? AND ? GROUP BY 1"
)


def measure(youth: int, encounters: int, runs: int = 3) -> list[Row]:
    with tempfile.TemporaryDirectory() as folder:
        vault = CountyVault(Path(folder) / "county", kdf_params=MINIMUM_PARAMS)
        session, _ = vault.initialize("county.admin", "Analyst", "county bench long phrase")
        try:
            fill(session.db, youth, encounters)
            period = Period.of(date(2025, 10, 1), date(2025, 12, 31))
            window = (to_iso(period.start), to_iso(period.end))
            report = median_ms(lambda: build_period_report(session.db, period), runs)
            plain = median_ms(lambda: session.db.execute(BASELINE, window).fetchall(), runs)
        finally:
            session.sign_out()
    name = f"county report, one quarter ({youth:,} youth, {encounters:,} encounters)"
    return [Row(name, report, "ms", "one GROUP BY over the same encounter rows", plain)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--youth", type=int, default=20_000)
    parser.add_argument("--encounters", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print_rows("County report (median of runs)", measure(args.youth, args.encounters, args.runs))


if __name__ == "__main__":
    main()
