"""The benchmark runner's quick mode end to end: one table with every row and a real baseline.

No timing assertions here (speed targets live in the benchmarks, never in tests); this only
proves each benchmark still runs against the current product and reports a figure beside its
baseline. The start-up row is skipped: the frozen build is tested in test_frozen_app.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

EXPECTED_ROWS = (
    "unlock: sign-in",
    "caseload search, 500 youth",
    "autosave: answer committed + next",
    "caseload index load, 500 youth",
    "caseload table fill + sort by every column, 500 rows",
    "duplicate check recall, ",
    "duplicate check precision, ",
    "search recall@10, ",
    "search top-5 rate, ",
    "name search time, ",
    "summary PDF, case file",
    "export, ",
    "county import, ",
    "peak memory (RSS high-water), 500 youth loaded",
    "resident memory after load, 500 youth loaded",
    "county report, one quarter (500 youth, 2,500 encounters)",
)


def run_benchmarks(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, TMPDIR=str(tmp_path))
    return subprocess.run(
        [sys.executable, "-m", "benchmarks.run_all", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def table_rows(output: str) -> list[dict[str, str]]:
    """The printed table as dicts, cut by the column spans of the dashed rule under the header."""
    lines = output.splitlines()
    rule = next(n for n, line in enumerate(lines) if line.lstrip().startswith("---"))
    spans, column = [], 0
    for dashes in lines[rule][2:].split("  "):  # the table is indented by two spaces
        spans.append((column + 2, column + 2 + len(dashes)))
        column += 2 + len(dashes)
    names = [lines[rule - 1][a:b].strip() for a, b in spans]
    names[5] = "baseline p95"  # the header repeats "p95" for the baseline's
    rows = []
    for line in lines[rule + 1 :]:
        if line.strip().startswith("machine:"):
            break
        rows.append({name: line[a:b].strip() for name, (a, b) in zip(names, spans, strict=True)})
    return rows


def amount(cell: str) -> float:
    return float(cell.split()[0].replace(",", ""))


@pytest.mark.slow
def test_quick_run_prints_every_row_beside_a_positive_baseline(tmp_path: Path) -> None:
    done = run_benchmarks(tmp_path, "--quick", "--skip", "startup", "--cache", str(tmp_path))
    assert done.returncode == 0, done.stderr[-2000:]

    rows = table_rows(done.stdout)
    for expected in EXPECTED_ROWS:
        assert any(row["measure"].startswith(expected) for row in rows), expected
    assert not any(row["measure"].startswith("start-up") for row in rows)
    # The summary's floor that lays out the same story, tables too (its page count is checked
    # against the product's inside the benchmark).
    assert any(row["baseline"].startswith("floor: bare ReportLab, the same flow") for row in rows)
    for row in rows:
        assert amount(row["figure"]) > 0, row
        assert amount(row["baseline figure"]) > 0, row
        assert row["baseline"], row
        assert float(row["ratio"].rstrip("x")) > 0, row
    assert "machine: " in done.stdout and "SQLCipher" in done.stdout


def test_an_unknown_part_to_skip_is_refused_by_name(tmp_path: Path) -> None:
    done = run_benchmarks(tmp_path, "--quick", "--skip", "startup,spelling")
    assert done.returncode == 2
    assert "unknown part 'spelling'" in done.stderr
