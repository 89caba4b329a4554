"""A list of values bound to one query as one JSON array, not as one ``?`` per value.

``column IN_LIST`` with ``bound_list(values)`` as its one parameter matches the values through
SQLite's ``json_each``. The county's PostgreSQL store (``core/county/postgres.py``) binds the
same parameter as a text array and asks ``= ANY (?::text[])``, so its planner sees the values
and uses an index on the column (a semi-join over ``jsonb_array_elements_text`` read every
youth row). Any number of values, one statement.

Why not ``IN (?, ?, …)`` in chunks of 500: the driver keeps each statement in its cache with
the values last bound to it, and SQLite holds each short bound text in a slot of the
connection's lookaside allocator until the statement is bound again. The county import's three
look-ups of 500 ids a statement took every small slot (decision 67) for the rest of the
connection's life, and every later small allocation went to SQLCipher's memory-locking
allocator instead: the import's inserts ran four times slower after its look-ups than before
them. One JSON text is one allocation, outside the lookaside. Used by the county's intake and
the laptop's ``YouthStore.some``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

IN_LIST = "IN (SELECT value FROM json_each(?))"


class BoundList(str):
    """The JSON text of a list of strings: what SQLite binds. ``values()`` gives the list back
    for a backend that binds arrays."""

    __slots__ = ()

    def values(self) -> list[str]:
        listed: list[str] = json.loads(self)
        return listed


def bound_list(values: Iterable[str]) -> BoundList:
    """The values as the one parameter of ``IN_LIST``."""
    return BoundList(json.dumps(list(values), ensure_ascii=False))
