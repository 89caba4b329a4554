"""How the SQLCipher driver in use was built: its lookaside allocator (decision 67).

With ``cipher_memory_security`` on (decision 46), every allocation that SQLite's per-connection
lookaside cannot serve goes to SQLCipher's allocator, which locks the block in memory and wipes
it when freed: two system calls each. SQLite's default lookaside (48,000 bytes) was full on
every statement of an autosave, so ``scripts/build-sqlcipher.sh`` builds the driver with
``-DSQLITE_DEFAULT_LOOKASIDE=1200,1000`` (1,000 slots of 1,200 bytes; SQLite's own compile-time
option, https://sqlite.org/compile.html#default_lookaside). The lookaside block is itself one
allocation of SQLCipher's allocator, so it is locked and wiped like every other.

The app works with either build; only its speed differs. The self-test and the benchmarks say
which build is in use, and the test suite requires the larger one where the project's setup
built it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

# Slot size in bytes, slot count; scripts/build-sqlcipher.sh passes the same pair.
LOOKASIDE = "1200,1000"
_OPTION = "DEFAULT_LOOKASIDE="


class _Executes(Protocol):
    def execute(self, sql: str, /) -> Iterable[Sequence[object]]: ...


def lookaside_option(conn: _Executes) -> str | None:
    """The ``DEFAULT_LOOKASIDE`` the driver was compiled with ("size,count"), or None when it
    was compiled with SQLite's default (``PRAGMA compile_options`` then does not list it)."""
    for option, *_ in conn.execute("PRAGMA compile_options"):
        if isinstance(option, str) and option.startswith(_OPTION):
            return option.removeprefix(_OPTION)
    return None


def installed_lookaside() -> str | None:
    """``lookaside_option`` of the ``sqlcipher3`` driver this Python imports (an in-memory
    connection, opened and closed here): what ``build/build.py`` is about to freeze."""
    import sqlcipher3  # the vault's driver; imported here so the rest needs no connection

    conn = sqlcipher3.connect(":memory:")
    try:
        return lookaside_option(conn)
    finally:
        conn.close()


def lookaside_words(conn: _Executes) -> str:
    """A short phrase for the self-test and the benchmarks: "lookaside 1200,1000" or
    "SQLite's default lookaside"."""
    option = lookaside_option(conn)
    return f"lookaside {option}" if option else "SQLite's default lookaside"
