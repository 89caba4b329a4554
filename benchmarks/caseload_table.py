"""The caseload table on the GUI thread: 20,000 rows filled and sorted by every column.

    .venv/bin/python -m benchmarks.caseload_table [--rows 20000] [--runs 5]

Figure: ``CaseloadTableModel.set_rows`` and one ``sort`` per column (ascending), as a worker
filling the caseload and clicking each header in turn; median of ``--runs``. Baseline, in the
same run: Python's ``list.sort`` of the same rows by a key precomputed per column, the least any
table could do for the same orders. The target (was a timed assertion in the GUI tests): under
a second and a half at 20,000 rows, so a click on a header never feels like a pause.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import UTC, date, datetime, timedelta
from typing import Any

from benchmarks.common import Row, print_rows


def make_rows(count: int, now: datetime) -> list[Any]:
    """``count`` fictional caseload rows with every column varied (names, ages, agencies,
    outcomes, drafts and due times an hour apart around ``now``, the earliest 250 hours before).
    The GUI test of the table's orders uses the same rows."""
    from csec_desktop.core.records.caseload_index import CaseloadEntry
    from csec_desktop.core.records.caseload_status import YouthStatus
    from csec_desktop.gui.caseload.table_model import CaseloadRow

    return [
        CaseloadRow.of(
            CaseloadEntry(
                f"id-{i}",
                f"Youth{i % 97} Name{i % 89}",
                f"Youth{i % 97} Legal Name{i % 89}",
                "they/them" if i % 3 else "",
                date(2008 + i % 9, 1 + i % 12, 1 + i % 28),
                "probation" if i % 4 else "child_welfare",
                (f"CW-2024-{i:05d}",),
                True,
            ),
            YouthStatus(
                "at_risk" if i % 5 else None, None, i % 3, now + timedelta(hours=i % 500 - 250), 1
            ),
        )
        for i in range(count)
    ]


def measure(count: int = 20_000, runs: int = 5) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from csec_desktop.gui.caseload.table_model import CaseloadTableModel, Column, _sort_key

    _app = QApplication.instance() or QApplication([])
    now = datetime.now(UTC)
    rows = make_rows(count, now)
    product: list[float] = []
    floor: list[float] = []
    for _ in range(runs):  # taking turns, so both meet the same machine
        model = CaseloadTableModel(lambda: now)
        started = time.perf_counter()
        model.set_rows(list(rows))
        for column in Column:
            model.sort(column, Qt.SortOrder.AscendingOrder)
        product.append(time.perf_counter() - started)
        assert model.rowCount() == count
        keyed = {c: [(_sort_key(row, c), n) for n, row in enumerate(rows)] for c in Column}
        started = time.perf_counter()
        for column in Column:
            order = sorted(keyed[column])
            assert len(order) == count
        floor.append(time.perf_counter() - started)
    return [
        Row(
            f"caseload table fill + sort by every column, {count:,} rows",
            statistics.median(product) * 1000,
            "ms",
            "list.sort by precomputed keys, same rows",
            statistics.median(floor) * 1000,
        )
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    print_rows("caseload table", measure(args.rows, args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
