"""Bulk work on many small objects: the cyclic garbage collector paused while it runs.

Collecting an export (every pending record as dicts), building the caseload index and importing
a bundle allocate tens of thousands of small containers and free none of them until the end.
CPython's cyclic collector runs after every 700 allocations and walks the growing young
generations each time; on a 10,000-encounter export that was about an eighth of the time and
found nothing (these structures hold no cycles). Reference counting still frees everything as
usual; the collector is switched back on afterwards, also on an error.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the block (nesting is safe)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
