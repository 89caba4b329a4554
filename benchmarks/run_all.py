"""Every benchmark in turn, then one table: each figure beside a baseline from the same run.

    .venv/bin/python -m benchmarks.run_all [--quick] [--youth 20000] [--encounters 10000]
                                           [--cache DIR] [--skip startup,memory,...]

``--quick`` uses small sizes for a smoke run of a minute or two. Seeded vaults are kept in
--cache (default: a folder in the system temp directory), so a second full run skips the
several minutes of seeding. Parts: startup, unlock, caseload, table (the caseload table
filled and sorted on the GUI thread), names, summary, sync, memory,
county (the county report over --youth youth, five encounters each)
(names: the labelled name pairs, ``python -m benchmarks.names`` adds a table by pattern).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import (
    caseload,
    caseload_table,
    county_report,
    memory,
    names,
    summary_pdf,
    sync_bundles,
    unlock,
)
from benchmarks.common import Row, print_rows

PARTS = ("startup", "unlock", "caseload", "table", "names", "summary", "sync", "memory", "county")


def parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    parser.add_argument("--youth", type=int, default=None, help="caseload size (20,000)")
    parser.add_argument("--encounters", type=int, default=None, help="bundle size (10,000)")
    parser.add_argument("--cache", type=Path, default=None, help="keep seeded vaults here")
    parser.add_argument("--skip", default="", help=f"comma-separated parts to leave out: {PARTS}")
    args = parser.parse_args(argv)
    args.skip = {part.strip() for part in args.skip.split(",") if part.strip()}
    unknown = args.skip - set(PARTS)
    if unknown:
        parser.error(f"--skip: unknown part {sorted(unknown)[0]!r}; parts are {', '.join(PARTS)}")
    args.youth = args.youth or (500 if args.quick else 20_000)
    args.encounters = args.encounters or (300 if args.quick else 10_000)
    args.cache = args.cache or Path(tempfile.gettempdir()) / "csec-benchmarks"
    return args


def plan(args: argparse.Namespace) -> list[tuple[str, Callable[[], list[Row]]]]:
    quick = args.quick
    caseload_dir = args.cache / f"caseload-{args.youth}"
    sync_youth = max(20, args.encounters // 20)  # 10,000 encounters over 500 youth

    def startup() -> list[Row]:
        from benchmarks import startup as startup_bench  # needs the build tools only here

        return startup_bench.measure(runs=3 if quick else 7).rows()

    def peak_memory() -> list[Row]:
        caseload.ensure_seeded(caseload_dir, args.youth)  # when the caseload part was skipped
        return memory.measure(caseload_dir)

    return [
        ("startup", startup),
        ("unlock", lambda: unlock.measure(runs=2 if quick else 5)),
        (
            "caseload",
            lambda: caseload.measure(
                caseload_dir, args.youth, 40 if quick else 200, 20 if quick else 60
            ),
        ),
        ("table", lambda: caseload_table.measure(args.youth, 3 if quick else 5)),
        ("names", lambda: names.measure(args.youth, show_patterns=False)),
        ("summary", lambda: summary_pdf.measure(runs=3 if quick else 15)),
        (
            "sync",
            lambda: sync_bundles.rows(sync_bundles.run(args.encounters, sync_youth, args.cache)),
        ),
        ("memory", peak_memory),
        ("county", lambda: county_report.measure(args.youth, args.youth * 5, 1 if quick else 3)),
    ]


def main(argv: list[str] | None = None) -> int:
    args = parse(argv)
    args.cache.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    for part, action in plan(args):
        if part in args.skip:
            continue
        print(f"running {part} ...", flush=True)
        started = time.perf_counter()
        rows += action()
        print(f"  {part} done in {time.perf_counter() - started:.0f} s", flush=True)
    size = "quick" if args.quick else "full"
    print_rows(f"csec_desktop benchmarks ({size}: {args.youth:,} youth, "
               f"{args.encounters:,} encounters)", rows)  # fmt: skip
    print(f"seeded vaults cached in {args.cache}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
