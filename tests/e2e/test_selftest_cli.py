"""``csec self-test`` from the source install, and the start-up probe in the bare window."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from .cli import run_csec

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_prints_one_summary_line_and_cleans_up(tmp_path: Path) -> None:
    result = run_csec(["self-test"], tmpdir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"self-test passed: \d+ steps in [0-9.]+ s(; skipped .*)?\n", result.stdout)
    assert list(tmp_path.iterdir()) == []


def test_verbose_names_every_step_and_no_qt_skips_qt(tmp_path: Path) -> None:
    result = run_csec(["self-test", "--no-qt", "-v"], tmpdir=tmp_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    for step in ("shipped resources", "vault check", "cipher settings", "PDF render"):
        assert any(line.strip().startswith(f"ok       {step}") for line in lines), step
    assert "Qt widgets, PDF view and print (--no-qt)" in lines[-1]


def test_the_probe_reports_the_first_window_and_quits(tmp_path: Path) -> None:
    env = dict(os.environ, CSEC_STARTUP_PROBE="1", QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bare_window.py")],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=False,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    shown, ready = result.stdout.splitlines()
    assert re.fullmatch(r"startup-ms=\d+", shown) and re.fullmatch(r"ready-ms=\d+", ready)
    # From process start to a painted window: more than nothing, less than the timeout; a bare
    # window has nothing more to load, so it is ready when it is painted.
    assert 0 < int(shown.split("=")[1]) <= int(ready.split("=")[1]) < 60_000
