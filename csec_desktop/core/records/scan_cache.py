"""A small SQLCipher page cache for one scan of a whole table at sign-in.

The caseload's index and status column read every youth's profile or index entry once. Each
page read stays in the connection's page cache (up to ``cache_size``: 64 MiB in the vault's
pragmas) for the rest of the session, a resident copy of every profile that nothing reads
again soon. A scan reads each page once, so a small cache costs it nothing; the pages are
wiped as the cache lets them go (``cipher_memory_security``).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from csec_desktop.core.vault.database import Database

SCAN_CACHE_KIB = 2048


@contextmanager
def small_page_cache(db: Database) -> Iterator[None]:
    """Hold the connection's page cache to ``SCAN_CACHE_KIB`` while the block runs, then give
    it back its own size."""
    with db.lock:  # one size at a time, even with a background search running
        before = int(db.execute("PRAGMA cache_size").fetchone()[0])
        db.execute(f"PRAGMA cache_size = -{SCAN_CACHE_KIB}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {before}")
