"""Shared helpers for the benchmark scripts: timing, percentiles, result rows and one table.

Benchmarks print figures beside a baseline measured in the same run on the same machine, so a
ratio means something even where absolute times do not travel between machines.
"""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

TABLE_HEADER = ("measure", "figure", "p95", "baseline", "baseline figure", "p95", "ratio")


@dataclass(frozen=True)
class Row:
    """One measured figure beside the baseline measured in the same run (same unit)."""

    name: str
    figure: float
    unit: str
    baseline: str
    baseline_figure: float
    p95: float | None = None
    baseline_p95: float | None = None

    @property
    def ratio(self) -> float:
        return self.figure / self.baseline_figure if self.baseline_figure else float("nan")

    def cells(self) -> tuple[str, ...]:
        def amount(value: float | None) -> str:
            return "" if value is None else f"{_number(value)} {self.unit}"

        return (
            self.name,
            amount(self.figure),
            amount(self.p95),
            self.baseline,
            amount(self.baseline_figure),
            amount(self.baseline_p95),
            f"{self.ratio:.2f}x",
        )


def timed(fn: Callable[[], Any]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def summary_ms(values: list[float]) -> tuple[float, float]:
    """(median, p95) in milliseconds."""
    return statistics.median(values) * 1000, percentile(values, 95) * 1000


def median_ms(fn: Callable[[], Any], runs: int) -> float:
    return statistics.median(timed(fn) for _ in range(runs)) * 1000


def machine() -> str:
    """CPU model, cores, RAM, OS, Python, SQLCipher and Qt: enough to place a table in context."""
    return (
        f"{_cpu_model()}, {os.cpu_count()} cores, {_ram_gib():.1f} GiB RAM; "
        f"{platform.system()} {platform.release()} {platform.machine()}; "
        f"Python {platform.python_version()}; SQLCipher {_sqlcipher_version()}; Qt {_qt_version()}"
    )


def print_table(title: str, header: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
    cells = [tuple(str(c) for c in header)] + [tuple(_fmt(c) for c in row) for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    print(f"\n{title}")
    for n, row in enumerate(cells):
        print("  " + "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)))
        if n == 0:
            print("  " + "  ".join("-" * w for w in widths))
    print(f"  machine: {machine()}")


def print_rows(title: str, rows: list[Row]) -> None:
    print_table(title, TABLE_HEADER, [row.cells() for row in rows])


def _number(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}"
    if value < 10:
        return f"{value:.2f}" if value >= 0.1 else f"{value:.2g}"
    return f"{value:.1f}"


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    return str(value)


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _ram_gib() -> float:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError, AttributeError):
        return 0.0


def _sqlcipher_version() -> str:
    try:
        import sqlcipher3

        from csec_desktop.core.vault.sqlcipher_build import lookaside_words

        conn = sqlcipher3.connect(":memory:")
        try:
            row = conn.execute("PRAGMA cipher_version").fetchone()
            sqlite = conn.execute("SELECT sqlite_version()").fetchone()
            lookaside = lookaside_words(conn)
        finally:
            conn.close()
        return f"{row[0]} (SQLite {sqlite[0]}, {lookaside})" if row else "absent"
    except ImportError:
        return "absent"


def _qt_version() -> str:
    try:
        import PySide6
        from PySide6 import QtCore

        return f"{QtCore.qVersion()} (PySide6 {PySide6.__version__})"
    except ImportError:
        return "absent"
