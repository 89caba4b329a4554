"""When the laptop syncs on its own, and the status line the sync panel shows.

Automatic sync (only where the county's policy ``sync.auto_sync`` allows it) starts when the
network comes back and the county's service answers its health probe. A failed attempt is
retried after an exponential backoff with full jitter (a random delay up to
``base * 2**attempt``, capped): laptops that lost the network together do not all return to
the county at the same second.
"""

from __future__ import annotations

import random
from datetime import datetime

from csec_desktop.core.clock import from_iso

BASE_SECONDS = 30.0
CAP_SECONDS = 3600.0


def retry_delay(
    attempt: int,
    rng: random.Random,
    base: float = BASE_SECONDS,
    cap: float = CAP_SECONDS,
) -> float:
    """Seconds to wait before retry number ``attempt`` (0 for the first retry)."""
    ceiling = min(cap, base * 2 ** min(attempt, 30))
    return rng.uniform(base / 2, max(ceiling, base / 2))


def _when(stamp: str, now: datetime) -> str:
    moment = from_iso(stamp).astimezone()
    today = now.astimezone().date()
    clock = moment.strftime("%H:%M")
    if moment.date() == today:
        return f"today at {clock}"
    return f"{moment.strftime('%b')} {moment.day} at {clock}"


def status_line(last_synced: str | None, waiting: int, awaiting: int, now: datetime) -> str:
    """``"Last synced today at 09:00, 3 records waiting, 1 awaiting the county's answer"``."""
    first = f"Last synced {_when(last_synced, now)}" if last_synced else "Not synced online yet"
    records = "1 record" if waiting == 1 else f"{waiting} records"
    return f"{first}, {records} waiting, {awaiting} awaiting the county's answer"
