"""A list of values bound to one query as one JSON array, not as one ``?`` per value.

``column IN_LIST`` with ``bound_list(values)`` as its one parameter matches the values through
SQLite's ``json_each`` (PostgreSQL: ``jsonb_array_elements_text``, by the intake store's SQL
translation, ``postgres._pg_sql``). Any number of values, one statement.

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


def bound_list(values: Iterable[str]) -> str:
    """The values as the one parameter of ``IN_LIST``: a JSON array of strings."""
    return json.dumps(list(values), ensure_ascii=False)
