"""One autosave step in parts: CPU, wall time, SQL statements, beside its same-work floor.

    .venv/bin/python -m benchmarks.autosave_parts --vault-dir DIR [--steps 120] [--profile FILE]

The wall-clock row in ``benchmarks.caseload`` is at the mercy of a shared machine (a
millisecond of CPU and one fsync per step); this prints the parts that travel: the step's CPU
time (``time.process_time``, which leaves out the wait for the disk), its wall time, and the SQL
statements it runs (counted with the connection's trace callback in a separate pass, so the
count costs the timed steps nothing), for the product's step (``ScreeningRun.answer`` then
``next``, as ``benchmarks.caseload`` drives it) and the two floors' (``floors.AutosaveFloor``
without and with the move's commit), ten steps of each after every ten product steps.
Medians; one JSON line, so runs of two versions of the code can be interleaved and compared.
Uses the vault ``benchmarks.caseload`` seeded in ``DIR`` (``DIR/vault``).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import statistics
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import floors
from benchmarks.caseload import open_vault
from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.records.screening_run import ScreeningRun
from csec_desktop.core.screening_policy import default_screening_policy


def _start(ctx: RecordContext) -> ScreeningRun:
    service = ScreeningService(ctx, shipped_registry(), default_screening_policy())
    caseload = Caseload(ctx)
    youth = caseload.open(caseload.index.entries()[0].youth_id)
    return service.start(youth, "placement_change", "csec_identification", datetime.now(UTC))


def _product_step(run: ScreeningRun) -> bool:
    """One answer and the move to the next item; False when there was nothing to answer."""
    item = run.navigator.current
    if item is None:
        run.go_to(run.navigator.relevant_ids()[1])
        return False
    if item.kind.value != "concern_rating":
        run.next()
        return False
    run.answer(1)
    run.next()
    return True


def _timed_steps(
    run: ScreeningRun, named: dict[str, floors.AutosaveFloor], steps: int
) -> dict[str, Any]:
    cpu: list[float] = []
    wall: list[float] = []
    floor_cpu: dict[str, list[float]] = {name: [] for name in named}
    floor_wall: dict[str, list[float]] = {name: [] for name in named}
    while len(cpu) < steps:
        c0, w0 = time.process_time(), time.perf_counter()
        if not _product_step(run):
            continue
        wall.append(time.perf_counter() - w0)
        cpu.append(time.process_time() - c0)
        if len(cpu) % 10 == 0:
            for name, floor in named.items():
                for _ in range(10):
                    c0 = time.process_time()
                    floor_wall[name].append(floor.step())
                    floor_cpu[name].append(time.process_time() - c0)
    figures = {
        "cpu_ms": statistics.median(cpu) * 1000,
        "wall_ms": statistics.median(wall) * 1000,
    }
    for name in named:
        figures[f"{name}_cpu_ms"] = statistics.median(floor_cpu[name]) * 1000
        figures[f"{name}_wall_ms"] = statistics.median(floor_wall[name]) * 1000
    return figures


def _statements(conn: Any, step: Any, count: int) -> tuple[float, Counter[str]]:
    """Statements per step over ``count`` steps, and which ones (first words)."""
    seen: list[str] = []
    conn.set_trace_callback(seen.append)
    done = 0
    try:
        while done < count:
            seen_before = len(seen)
            if step():
                done += 1
            else:
                del seen[seen_before:]
    finally:
        conn.set_trace_callback(None)
    kinds = Counter(" ".join(sql.split()[:3]) for sql in seen)
    return len(seen) / count, kinds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--vault-dir", type=Path, required=True)
    parser.add_argument("--steps", type=int, default=120)
    parser.add_argument("--youth", type=int, default=5000)
    parser.add_argument("--profile", type=Path, default=None, help="cProfile the timed steps")
    parser.add_argument("--label", default="")
    args = parser.parse_args()
    session, ctx, _ = open_vault(args.vault_dir / "vault", args.youth)
    try:
        run = _start(ctx)
        with tempfile.TemporaryDirectory() as scratch:
            named = {
                "floor": floors.AutosaveFloor(Path(scratch)),
                "floor_move": floors.AutosaveFloor(Path(scratch), move=True),
            }
            for _ in range(10):  # warm all: statement caches, the navigator's first walks
                _product_step(run)
                for floor in named.values():
                    floor.step()
            if args.profile is not None:
                profiler = cProfile.Profile()
                profiler.enable()
                figures = _timed_steps(run, named, args.steps)
                profiler.disable()
                profiler.dump_stats(args.profile)
            else:
                figures = _timed_steps(run, named, args.steps)
            per_step, kinds = _statements(session.db.conn, lambda: _product_step(run), 20)
            for name, floor in named.items():
                count, _ = _statements(floor.conn, lambda f=floor: f.step() > 0, 20)
                figures[f"{name}_statements"] = count
                floor.close()
    finally:
        session.sign_out()
    figures.update(
        label=args.label,
        statements=per_step,
        cpu_ratio=figures["cpu_ms"] / figures["floor_cpu_ms"],
        cpu_ratio_move=figures["cpu_ms"] / figures["floor_move_cpu_ms"],
        wall_ratio=figures["wall_ms"] / figures["floor_wall_ms"],
        wall_ratio_move=figures["wall_ms"] / figures["floor_move_wall_ms"],
        kinds={k: v / 20 for k, v in kinds.items()},
    )
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
