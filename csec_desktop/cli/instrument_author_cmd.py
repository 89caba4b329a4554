"""``csec instrument test``: a county author's checks, run without a vault.

``test FILE CASES.json`` runs each case's answers through the navigator and compares the band,
the rules that fired, skip logic and the duties the county policy (``--policy``, default the
shipped one) would create. It prints ``PASS name`` or ``FAIL name`` with one indented line per
difference, then a summary; any failure exits non-zero.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from csec_desktop.core.errors import UsageError, ValidationError
from csec_desktop.core.instruments import load_instrument_file
from csec_desktop.core.instruments.cases import load_cases, run_cases
from csec_desktop.core.instruments.loader import read_definition_text
from csec_desktop.core.policy import load_policy


def register(commands: Any) -> None:
    test = commands.add_parser(
        "test", help="run answer sets through an instrument and compare the outcomes"
    )
    test.add_argument("file", metavar="FILE", type=Path, help="the definition (.json)")
    test.add_argument("cases", metavar="CASES", type=Path, help="the cases (.json)")
    test.add_argument(
        "--policy", type=Path, default=None, help="county policy file (default: shipped)"
    )
    test.add_argument("--json", action="store_true", help="machine-readable output")
    test.set_defaults(func=run_test)


def _existing(path: Path) -> Path:
    if not path.is_file():
        raise UsageError(f"{path}: no such file")
    return path


def run_test(args: argparse.Namespace) -> int:
    instrument = load_instrument_file(_existing(args.file))
    source = str(_existing(args.cases))
    cases = load_cases(read_definition_text(args.cases, source), source)
    policy = load_policy(args.policy).screening
    results = run_cases(instrument, cases, policy)
    failed = [r for r in results if not r.passed]
    if args.json:
        rows = [{"name": r.name, "passed": r.passed, "differences": r.differences} for r in results]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for result in results:
            print(f"{'PASS' if result.passed else 'FAIL'} {result.name}")
            for line in result.differences:
                print(f"    {line}")
    if failed:
        sys.stdout.flush()
        raise ValidationError(
            f"{len(failed)} of {len(results)} case(s) failed for {instrument.id} "
            f"{instrument.version}"
        )
    print(f"All {len(results)} case(s) passed for {instrument.id} {instrument.version}.")
    return 0
