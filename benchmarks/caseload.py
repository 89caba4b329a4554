"""Caseload search and wizard-step latency on a 20,000-youth vault, beside plain sqlite3.

    .venv/bin/python -m benchmarks.caseload [--youth 20000] [--vault-dir DIR]

Seeds a real encrypted vault with fictional youth through the product's services (cached in
--vault-dir between runs), then times:
- caseload search (the product's typo-tolerant search over the in-memory index) for a mix of
  queries, beside the same queries as LIKE lookups on a plain sqlite3 table of the same youth;
- one wizard step (answer committed with synchronous=FULL on SQLCipher, then next item),
  beside the same upsert and commit on plain sqlite3 in WAL with synchronous=FULL;
- the index load and the status column at sign-in (the index read from the entries kept in
  the vault, and built from every profile as after a change: decision 70);
each also beside its same-work floor (``benchmarks/floors.py``).
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import tempfile
import time
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

from benchmarks import floors
from benchmarks.common import Row, print_rows, summary_ms, timed
from csec_desktop.core.clock import utc_now
from csec_desktop.core.demo_seed import seed_caseload
from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.caseload_status import load_statuses
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.records.youth_store import YouthStore
from csec_desktop.core.screening_policy import default_screening_policy
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from csec_desktop.core.vault.session import Session

USER, PASSPHRASE = "bench.supervisor", "benchmark passphrase only"


def open_vault(folder: Path, youth: int) -> tuple[Session, RecordContext, float]:
    vault = DeviceVault(folder, kdf_params=MINIMUM_PARAMS)
    seeded = 0.0
    if not vault.is_initialized():
        session, _ = vault.initialize(USER, "Benchmark", PASSPHRASE)
        ctx = RecordContext(session.db, session.audit, utc_now, Actor(USER, "Benchmark"))
        print(f"seeding {youth} fictional youth (once; cached in {folder}) ...", flush=True)
        seeded = timed(
            lambda: seed_caseload(ctx, shipped_registry(), default_screening_policy(), youth)
        )
    else:
        session = vault.sign_in(USER, PASSPHRASE)
        ctx = RecordContext(session.db, session.audit, utc_now, Actor(USER, "Benchmark"))
    return session, ctx, seeded


def queries(caseload: Caseload, rng: random.Random, count: int) -> list[str]:
    entries = caseload.index.entries()
    picks = [rng.choice(entries) for _ in range(count)]
    made = []
    for n, entry in enumerate(picks):
        first, *_, last = entry.legal_name.split()
        kind = n % 5
        if kind == 0:
            made.append(f"{first} {last}")
        elif kind == 1:
            made.append(f"{last} {first}")  # swapped
        elif kind == 2:
            made.append(f"{first[:-1]}{'x' if first[-1] != 'x' else 'y'} {last}")  # a typo
        elif kind == 3:
            made.append(entry.birth_date.isoformat() if entry.birth_date else last)
        else:
            made.append(entry.case_numbers[0][-5:] if entry.case_numbers else first[:3])
    return made


def plain_copy(ctx: RecordContext, folder: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(folder / "plain.db")
    conn.execute(
        "CREATE TABLE youth (id TEXT PRIMARY KEY, first TEXT, last TEXT, chosen TEXT, "
        "aliases TEXT, birth_date TEXT, case_numbers TEXT)"
    )
    rows = [
        (
            r.id,
            r.profile.legal_first_name,
            r.profile.legal_last_name,
            r.profile.chosen_name,
            " ".join(r.profile.aliases),
            r.profile.birth_date.isoformat() if r.profile.birth_date else None,
            " ".join(r.profile.case_numbers),
        )
        for r in YouthStore(ctx).all()
    ]
    conn.executemany("INSERT INTO youth VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.commit()
    return conn


def plain_search(conn: sqlite3.Connection, query: str) -> list[tuple[str]]:
    clauses, params = [], []
    for token in query.split():
        clauses.append(
            "(first LIKE ? OR last LIKE ? OR chosen LIKE ? OR aliases LIKE ? "
            "OR birth_date = ? OR case_numbers LIKE ?)"
        )
        like = f"%{token}%"
        params += [like, like, like, like, token, like]
    sql = "SELECT id FROM youth WHERE " + " AND ".join(clauses) + " LIMIT 500"  # noqa: S608
    return conn.execute(sql, params).fetchall()


def wizard_steps(
    ctx: RecordContext,
    caseload: Caseload,
    steps: int,
    *floor_list: floors.AutosaveFloor,
) -> list[float]:
    """Seconds per product step; ten steps of each floor after every ten product steps.

    Blocks, not single steps: both meet the same disk weather, and the product's position
    write (committed without its own fsync) is flushed by the product's next answer, not by a
    floor step's fsync (a journalling file system flushes every pending write at an fsync).
    """
    service = ScreeningService(ctx, shipped_registry(), default_screening_policy())
    youth = caseload.open(caseload.index.entries()[0].youth_id)
    run = service.start(youth, "placement_change", "csec_identification", datetime.now(UTC))
    times: list[float] = []
    while len(times) < steps:
        item = run.navigator.current
        if item is None:
            run.go_to(run.navigator.relevant_ids()[1])
            continue
        value = 1 if item.kind.value == "concern_rating" else None
        if value is None:
            run.next()
            continue
        start = time.perf_counter()
        run.answer(value)
        run.next()
        times.append(time.perf_counter() - start)
        if len(times) % 10 == 0:
            for floor in floor_list:
                floor.times.extend(floor.step() for _ in range(10))
    for floor in floor_list:  # a last partial block
        floor.times.extend(floor.step() for _ in range(len(times) - len(floor.times)))
    return times


def plain_steps(folder: Path, steps: int) -> list[float]:
    conn = sqlite3.connect(folder / "plain-steps.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE IF NOT EXISTS answers (encounter_id TEXT, item_id TEXT, value TEXT, "
        "saved_at TEXT, PRIMARY KEY (encounter_id, item_id))"
    )
    times = []
    for n in range(steps):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(  # a new value and time each step: every commit changes bytes
            "INSERT INTO answers VALUES ('e', ?, ?, ?) ON CONFLICT DO UPDATE SET "
            "value = excluded.value, saved_at = excluded.saved_at",
            (f"q{n % 30}", str(n % 3), str(n)),
        )
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return times


def measure(folder: Path, youth: int, query_count: int = 200, steps: int = 60) -> list[Row]:
    """Search and autosave rows on the vault cached in ``folder`` (seeded on first use)."""
    session, ctx, seeded = open_vault(folder / "vault", youth)
    try:  # the index as after a change to some youth: built from every profile, then kept
        with ctx.db.transaction():
            ctx.db.execute("DELETE FROM caseload_snapshot")
        rebuilt = timed(lambda: Caseload(ctx))
    finally:
        session.sign_out()
    session, ctx, _ = open_vault(folder / "vault", youth)  # a fresh, cold connection
    try:
        # As at sign-in: the index cold (from the entries kept above), then the status column
        # (source.py does the same).
        load = timed(lambda: Caseload(ctx))
        status = timed(lambda: load_statuses(ctx, default_screening_policy()))
        plain_status = floors.status_floor(floors.status_floor_copy(ctx))
        caseload = Caseload(ctx)
        texts = queries(caseload, random.Random(20), query_count)
        ours = [timed(partial(caseload.search, q)) for q in texts]
        with tempfile.TemporaryDirectory() as scratch:
            conn = plain_copy(ctx, Path(scratch))
            base = [timed(partial(plain_search, conn, q)) for q in texts]
            plain_load = timed(lambda: conn.execute("SELECT * FROM youth").fetchall())
            conn.close()
            floor = floors.AutosaveFloor(Path(scratch))
            floor_move = floors.AutosaveFloor(Path(scratch), move=True)
            step = wizard_steps(ctx, caseload, steps, floor, floor_move)
            floor.close()
            floor_move.close()
            floor_step, floor_move_step = floor.times, floor_move.times
            plain_step = plain_steps(Path(scratch), steps)
    finally:
        session.sign_out()
    session, ctx, _ = open_vault(folder / "vault", youth)  # a fresh, cold connection
    try:
        floor_load = floors.index_floor(ctx)
    finally:
        session.sign_out()
    if seeded:
        print(f"  seeding {youth} youth took {seeded:.0f} s", flush=True)
    (qm, qp), (bm, bp) = summary_ms(ours), summary_ms(base)
    (sm, sp), (pm, pp) = summary_ms(step), summary_ms(plain_step)
    fm, fp = summary_ms(floor_step)
    mm, mp = summary_ms(floor_move_step)
    size = f"{len(caseload):,} youth"
    return [
        Row(f"caseload search, {len(caseload):,} youth", qm, "ms",
            "LIKE on plain sqlite3", bm, qp, bp),
        Row("autosave: answer committed + next", sm, "ms",
            "sqlite3 upsert+commit, WAL, sync=FULL", pm, sp, pp),
        Row("autosave: answer committed + next", sm, "ms",
            "floor: same writes, 1 FULL commit, SQLCipher + next", fm, sp, fp),
        Row("autosave: answer committed + next", sm, "ms",
            "floor: the same + the move committed, no fsync", mm, sp, mp),
        Row(f"caseload index load, {size}", load * 1000, "ms",
            "SELECT * youth, plain sqlite3", plain_load * 1000),
        Row(f"caseload index load, {size}", load * 1000, "ms",
            "floor: cold SQLCipher read + parse + fold", floor_load * 1000),
        Row(f"caseload index load after a youth changed, {size}", rebuilt * 1000, "ms",
            "floor: cold SQLCipher read + parse + fold", floor_load * 1000),
        Row(f"caseload status column at sign-in, {size}", status * 1000, "ms",
            "floor: shown columns only, grouped", plain_status * 1000),
    ]  # fmt: skip


def ensure_seeded(folder: Path, youth: int) -> None:
    """Seed the cached vault in ``folder`` if it is not there yet (the memory probe needs it)."""
    if not DeviceVault(folder / "vault").is_initialized():
        session, _, _ = open_vault(folder / "vault", youth)
        session.sign_out()


def default_folder(youth: int) -> Path:
    return Path(tempfile.gettempdir()) / f"csec-bench-{youth}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--youth", type=int, default=20_000)
    parser.add_argument("--vault-dir", type=Path, default=None)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    folder = args.vault_dir or default_folder(args.youth)
    print_rows("Caseload and autosave", measure(folder, args.youth, args.queries))
    print(f"  vault cached in {folder}")


if __name__ == "__main__":
    main()
