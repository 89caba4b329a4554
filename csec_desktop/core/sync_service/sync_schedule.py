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
from csec_desktop.core.display_words import clock_words, day_words, local
from csec_desktop.core.i18n import translate

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
    moment = local(from_iso(stamp))
    clock = clock_words(moment.time())
    if moment.date() == local(now).date():
        return translate("SyncStatus", "today at {clock}").format(clock=clock)
    day = day_words(moment.date())
    return translate("SyncStatus", "{day} at {clock}").format(day=day, clock=clock)


def status_line(last_synced: str | None, waiting: int, awaiting: int, now: datetime) -> str:
    """``"Last synced today at 9:00 AM, 3 records waiting, 1 awaiting the county's answer"``,
    in the worker's language (``core.i18n.translate``; the CLI's is English)."""
    if last_synced:
        when = _when(last_synced, now)
        first = translate("SyncStatus", "Last synced {when}").format(when=when)
    else:
        first = translate("SyncStatus", "Not synced online yet")
    if waiting == 1:
        records = translate("SyncStatus", "1 record waiting")
    else:
        records = translate("SyncStatus", "{count} records waiting").format(count=waiting)
    answer = translate("SyncStatus", "{count} awaiting the county's answer").format(count=awaiting)
    return translate("SyncStatus", "{first}, {records}, {answer}").format(
        first=first, records=records, answer=answer
    )
