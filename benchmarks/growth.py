"""Growth: does each cost stay linear in what it handles? Export and import by bundle size,
the caseload index load by caseload size, the same bundle's import by county size.

    .venv/bin/python -m benchmarks.growth [--encounters 1000,5000,10000,20000]
        [--youth 5000,20000,50000] [--county 1000,50000] [--cache DIR] [--skip sync,index,county]

Every figure is printed beside its same-work floor from the same run (``sync_floors``,
``floors.index_floor``), and with its cost per thousand (encounters or youth): a linear cost
keeps that column flat. Vaults are seeded once into ``--cache`` and reused:

- bundles: the laptop vault of ``benchmarks.sync_bundles`` (one youth per 20 encounters);
- caseload: youth rows only, written through the product's own store in one transaction
  (fictional names, birth dates, aliases and case numbers), because the index reads only those;
  a 50,000-youth vault takes a few minutes to write on two cores, the full seeding of
  ``benchmarks.caseload`` (screenings, duties, teams) far longer;
- county: ``benchmarks.county_growth`` (the same bundle into a small and a large county).
"""

from __future__ import annotations

import argparse
import random
import re
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from benchmarks import county_growth, floors, sync_bundles
from benchmarks.common import Row, print_rows
from csec_desktop.core.clock import utc_now
from csec_desktop.core.records.base import Actor, RecordContext, new_id
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.records.youth_store import YouthStore
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from csec_desktop.core.vault.session import Session

USER, PASSPHRASE = "bench.supervisor", "benchmark passphrase only"
PARTS = ("sync", "index", "county")


def _sizes(text: str) -> list[int]:
    return [int(part.replace("_", "")) for part in text.split(",") if part.strip()]


def _profile(rng: random.Random) -> YouthProfile:
    first, last = rng.choice(county_growth.FIRST), rng.choice(county_growth.LAST)
    return YouthProfile(
        legal_first_name=first,
        legal_middle_name=rng.choice(["", "", rng.choice(county_growth.FIRST)]),
        legal_last_name=f"{last} {rng.choice(county_growth.LAST)}" if rng.random() < 0.2 else last,
        chosen_name=rng.choice(county_growth.FIRST) if rng.random() < 0.1 else "",
        aliases=(f"{rng.choice(county_growth.FIRST)} {last}",) if rng.random() < 0.1 else (),
        birth_date=date(2006, 1, 1) + timedelta(days=rng.randrange(6570)),
        agency=Agency.CHILD_WELFARE,
        case_numbers=(f"CW-{rng.randrange(10**6):06d}",),
    )


def youth_vault(folder: Path, youth: int) -> Session:
    """A signed-in vault holding ``youth`` youth rows (written once, then reused)."""
    vault = DeviceVault(folder, kdf_params=MINIMUM_PARAMS)
    if vault.is_initialized():
        return vault.sign_in(USER, PASSPHRASE)
    session, _ = vault.initialize(USER, "Benchmark", PASSPHRASE)
    ctx = RecordContext(session.db, session.audit, utc_now, Actor(USER, "Benchmark"))
    print(f"writing {youth:,} youth rows (once; cached in {folder}) ...", flush=True)
    rng = random.Random(youth)
    with ctx.db.transaction():
        for _ in range(youth):
            ctx.insert("youth", new_id(), YouthStore._columns(_profile(rng)))
    return session


def index_rows(sizes: list[int], cache: Path) -> list[Row]:
    rows = []
    for size in sizes:
        folder = cache / f"growth-youth-{size}"
        youth_vault(folder, size).sign_out()
        session = youth_vault(folder, size)  # a fresh, cold connection, as at sign-in
        ctx = RecordContext(session.db, session.audit, utc_now, Actor(USER, "Benchmark"))
        start = time.perf_counter()
        caseload = Caseload(ctx)
        load = time.perf_counter() - start
        session.sign_out()
        session = youth_vault(folder, size)
        try:
            floor = floors.index_floor(
                RecordContext(session.db, session.audit, utc_now, Actor(USER, "Benchmark"))
            )
        finally:
            session.sign_out()
        rows.append(Row(f"caseload index load, {len(caseload):,} youth", load * 1000, "ms",
                        "floor: cold SQLCipher read + parse + fold", floor * 1000))  # fmt: skip
    return rows


def sync_rows(sizes: list[int], cache: Path) -> list[Row]:
    rows = []
    for size in sizes:
        figures = sync_bundles.run(size, max(20, size // 20), cache)
        rows += sync_bundles.rows(figures)[2:]  # the same-work floor rows
    return rows


def per_thousand(rows: list[Row]) -> None:
    """Each row's cost per 1,000 of what it handled: flat down a column means linear."""
    print("\n  cost per 1,000 (encounters or youth), product and floor")
    for row in rows:
        found = re.search(r"([\d,]+) (?:encounters|youth)", row.name)
        count = int(found.group(1).replace(",", "")) if found else 1000
        scale = 1000 / count
        print(f"  {row.name:<52} {row.figure * scale:9.1f} ms  "
              f"floor {row.baseline_figure * scale:9.1f} ms  ratio {row.ratio:.2f}x")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--encounters", default="1000,5000,10000,20000")
    parser.add_argument("--youth", default="5000,20000,50000")
    parser.add_argument("--county", default="1000,50000", help="small,large county sizes")
    parser.add_argument("--county-encounters", type=int, default=1000)
    parser.add_argument(
        "--cache", type=Path, default=Path(tempfile.gettempdir()) / "csec-benchmarks"
    )
    parser.add_argument("--skip", default="", help=f"comma-separated parts to leave out: {PARTS}")
    args = parser.parse_args(argv)
    skip = {part.strip() for part in args.skip.split(",") if part.strip()}
    args.cache.mkdir(parents=True, exist_ok=True)
    parts = {
        "sync": lambda: sync_rows(_sizes(args.encounters), args.cache),
        "index": lambda: index_rows(_sizes(args.youth), args.cache),
        "county": lambda: county_growth.measure(
            *_sizes(args.county)[:2], args.county_encounters, args.cache
        ),
    }
    for part, measure in parts.items():
        if part in skip:
            continue
        rows = measure()  # each part printed as it ends: the largest sizes take minutes
        print_rows(f"Growth: {part}", rows)
        if part != "county":
            per_thousand(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
