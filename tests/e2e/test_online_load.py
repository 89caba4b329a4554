"""The online load benchmark, small: simulated laptops upload concurrently to two service
processes on one PostgreSQL; nothing lost, nothing held twice, and the folder import of the
same bundles agrees. (The full 200 x 10 run is ``python -m benchmarks.online_sync``.)"""

from __future__ import annotations

from benchmarks.online_sync import rows, run


def test_concurrent_uploads_to_two_processes_lose_and_duplicate_nothing() -> None:
    figures = run(laptops=12, bundles=3, processes=2)
    assert figures["uploads"] == 36
    for path in ("online", "folder"):
        assert figures[path] == {"bundles": 36, "lost": 0, "duplicated": 0, "unexpected": 0}
    assert figures["folder_failed"] == 0
    (row,) = rows(figures)
    assert row.p95 is not None and row.p95 > 0 and row.baseline_figure > 0
