"""Peak memory signed in with a whole caseload loaded, beside a bare process with the same imports.

    .venv/bin/python -m benchmarks.memory --vault-dir DIR [--youth 20000]

Each figure comes from a fresh Python process so nothing else in the benchmark run inflates it:
one signs in to the seeded vault in DIR/vault (see ``benchmarks.caseload``), builds the caseload
index and the status column (``Caseload(ctx)`` and ``load_statuses``) exactly as the caseload
window does, and reports its resident high-water mark (VmHWM; ``ru_maxrss`` where there is no
/proc) and its resident size afterwards; the other only imports the same modules and reports
the same two numbers.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
from pathlib import Path

from benchmarks.common import Row, print_rows

PROBE = "memory-probe="


def _status_kib(field: str) -> int | None:
    try:
        with open("/proc/self/status", encoding="utf-8") as status:
            for line in status:
                if line.startswith(f"{field}:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def _peak_kib() -> int:
    """This process's resident high-water mark.

    VmHWM belongs to the process's own address space. ``ru_maxrss`` is the fallback only: on
    Linux it survives exec, so a child started by a large parent inherits the parent's peak.
    """
    hwm = _status_kib("VmHWM")
    return hwm if hwm is not None else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def probe(vault_dir: Path | None) -> dict[str, int]:
    """Run inside the child process: import, optionally sign in and load, then measure."""
    from benchmarks.caseload import PASSPHRASE, USER
    from csec_desktop.core.clock import utc_now
    from csec_desktop.core.records.base import Actor, RecordContext
    from csec_desktop.core.records.caseload import Caseload
    from csec_desktop.core.records.caseload_status import load_statuses
    from csec_desktop.core.vault.device_vault import DeviceVault
    from csec_desktop.core.vault.kdf import MINIMUM_PARAMS

    youth = 0
    if vault_dir is not None:
        session = DeviceVault(vault_dir, kdf_params=MINIMUM_PARAMS).sign_in(USER, PASSPHRASE)
        ctx = RecordContext(session.db, session.audit, utc_now, Actor(USER, "Benchmark"))
        loaded = (Caseload(ctx), load_statuses(ctx))  # held until measured, as the window does
        youth = len(loaded[0])
    return {"peak_kib": _peak_kib(), "resident_kib": _status_kib("VmRSS") or 0, "youth": youth}


def _child(vault_dir: Path | None) -> dict[str, int]:
    argv = [sys.executable, "-m", "benchmarks.memory", "--probe"]
    if vault_dir is not None:
        argv += ["--vault-dir", str(vault_dir.parent)]
    done = subprocess.run(argv, capture_output=True, text=True, check=True, timeout=600)
    for line in done.stdout.splitlines():
        if line.startswith(PROBE):
            return dict(json.loads(line[len(PROBE) :]))
    raise SystemExit(f"the memory probe printed no figure: {done.stderr.strip()[-300:]}")


def measure(folder: Path) -> list[Row]:
    """Rows for the caseload vault cached in ``folder`` (seed it with benchmarks.caseload)."""
    loaded, bare = _child(folder / "vault"), _child(None)
    name = f"{loaded['youth']:,} youth loaded, signed in"
    return [
        Row(f"peak memory (RSS high-water), {name}", loaded["peak_kib"] / 1024, "MiB",
            "bare Python, same imports", bare["peak_kib"] / 1024),
        Row(f"resident memory after load, {name}", loaded["resident_kib"] / 1024, "MiB",
            "bare Python, same imports", bare["resident_kib"] / 1024),
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--vault-dir", type=Path, default=None)
    parser.add_argument("--youth", type=int, default=20_000)
    parser.add_argument("--probe", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.probe:
        vault = args.vault_dir / "vault" if args.vault_dir else None
        print(PROBE + json.dumps(probe(vault)), flush=True)
        return
    from benchmarks.caseload import default_folder, ensure_seeded

    folder = args.vault_dir or default_folder(args.youth)
    ensure_seeded(folder, args.youth)
    print_rows("Memory", measure(folder))


if __name__ == "__main__":
    main()
