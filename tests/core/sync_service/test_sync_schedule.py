"""Retry delays (exponential backoff with full jitter) and the status line's words."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from csec_desktop.core.sync_service.sync_schedule import CAP_SECONDS, retry_delay, status_line


def test_retry_delays_grow_are_jittered_and_capped() -> None:
    rng = random.Random(1)
    for attempt in range(12):
        ceiling = min(CAP_SECONDS, 30 * 2**attempt)
        delays = {retry_delay(attempt, rng) for _ in range(50)}
        assert all(15 <= d <= ceiling for d in delays)
        assert len(delays) > 40  # jittered: laptops do not come back in step
    assert max(retry_delay(40, rng) for _ in range(200)) <= CAP_SECONDS


def test_the_status_line() -> None:
    now = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
    assert status_line(None, 1, 0, now) == (
        "Not synced online yet, 1 record waiting, 0 awaiting the county's answer"
    )
    line = status_line("2026-03-02T09:00:00Z", 3, 1, now)
    assert line.startswith("Last synced ") and line.endswith(
        ", 3 records waiting, 1 awaiting the county's answer"
    )
