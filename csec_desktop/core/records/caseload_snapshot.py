"""The caseload index's entries kept inside the vault between sign-ins (decision 70).

Building the index reads and parses every profile the worker sees (20,000 at a large county
office). After a build the entries are written as one row of ``caseload_snapshot`` (laptop
migration 16): a JSON array of plain rows, read back by a compiled pydantic validator that
checks every field's type (never ``pickle``, nor ``marshal``, which is not safe against a
crafted row: a worker on a shared laptop can write to the vault). The next sign-in reads that
row instead, when

- the database's change counter (``youth_changes``, moved by triggers on every change to
  ``youth`` and ``youth_access``, whoever writes) equals the counter the snapshot was built at;
- it is the same worker's, with the same "sees every youth" role;
- it was written by this version of the app, its name rules and Python (``snapshot_format``).

Anything else (an older snapshot, an unreadable one) is rebuilt from the profiles and never
trusted. The snapshot holds nothing the vault does not already hold (names, birth dates, case
numbers, all in the youth rows, as they are now): the triggers that move the counter also
delete every snapshot, inside the changing statement's own transaction, so a superseded name,
a removed alias, a youth no longer shared or a purged youth never waits in one, and
``secure_delete`` wipes the pages.
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
from datetime import date
from functools import cache

import sqlcipher3
from pydantic import TypeAdapter, ValidationError

from csec_desktop import __version__
from csec_desktop.core.errors import VaultError
from csec_desktop.core.names.words import index_words
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.caseload_entry import AGENCY_VALUES, CaseloadEntry
from csec_desktop.core.records.youth import Agency

# Raised one: a snapshot written by other rules is rebuilt, not read.
_LAYOUT = 2
# Smaller caseloads are rebuilt in a few milliseconds, less than writing a snapshot (one more
# FULL commit) costs; a CLI command that opens the caseload then saves would write one for
# nothing.
KEPT_FROM = 1000
# Entries per row of the snapshot (about 200 KB of text).
PART = 1000

# One entry: CaseloadEntry's fields in order, with their types.
_Words = tuple[str, ...]
_Row = tuple[str, str, str, str, date | None, Agency, _Words, bool, _Words, _Words, _Words]
_ROWS = TypeAdapter(list[_Row])


# Names whose words exercise every rule of ``names.words`` and ``names.fold`` (accents, tone
# marks, CJK, particles, middle names, aliases, joined pairs): a change to any rule changes
# their words and so the format, and every older snapshot is rebuilt.
_PROBE = (
    ("Đỗ Minh", "Thị", "de la Cruz", "Lupe", ("Mary Ann O'Brien", "Majo")),
    ("王", "", "小明", "", ()),
    ("José-María", "", "García y López", "", ("Van der Berg",)),
)


@cache
def snapshot_format() -> str:
    """What a snapshot's entries depend on: this layout, the app's version, Python's (its
    Unicode tables) and the words the name rules give a few probe names."""
    probe = repr([index_words(*names) for names in _PROBE]).encode()
    rules = hashlib.sha256(probe).hexdigest()[:16]  # an identity, not a secret
    python = f"{sys.version_info[0]}.{sys.version_info[1]}"
    return f"{_LAYOUT} {__version__} {python} {rules}"


def change_counter(ctx: RecordContext) -> int:
    """The vault's count of changes to youth and their sharing (``youth_changes``)."""
    return int(ctx.db.execute("SELECT counter FROM youth_changes").fetchone()[0])


def read_snapshot(ctx: RecordContext) -> list[CaseloadEntry] | None:
    """The signed-in worker's entries as last built, or None when there is none that still
    holds (see the module doc)."""
    cursor = ctx.db.execute(
        "SELECT part, parts, data FROM caseload_snapshot s, youth_changes c "
        "WHERE s.username = ? AND s.sees_all = ? AND s.format = ? AND s.counter = c.counter "
        "ORDER BY part",
        (ctx.actor.username, int(ctx.actor.sees_all), snapshot_format()),
    )
    entries: list[CaseloadEntry] = []
    expected, parts = 0, None
    intern, agency = sys.intern, AGENCY_VALUES
    # One part at a time: parsing the whole caseload's text at once left its blocks in the
    # heap, resident for the session, after they were freed.
    while (found := cursor.fetchone()) is not None:
        part, parts, data = found
        if part != expected:
            return None  # a part missing: rebuilt
        expected += 1
        try:
            rows = _ROWS.validate_json(data)
        except ValidationError:
            return None  # unreadable: rebuilt from the profiles
        entries.extend(
            CaseloadEntry(
                intern(row[0]),
                row[1],
                row[2],
                intern(row[3]),
                row[4],
                agency[row[5]],
                row[6],
                row[7],
                row[8],
                row[9],
                row[10],
            )
            for row in rows
        )
    return entries if parts is not None and expected == parts else None


def write_snapshot(ctx: RecordContext, entries: list[CaseloadEntry], counter: int) -> None:
    """Keep ``entries`` (built from the rows as they were at ``counter``) for the next sign-in,
    in parts of ``PART`` entries.

    Written only if nothing changed since: the counter is compared inside the write's own
    transaction, so a youth saved or purged while the index was being built is never kept in
    a snapshot. A vault that refuses the write (full disk) keeps no snapshot; nothing else
    changes. Fewer than ``KEPT_FROM`` entries are not kept."""
    me, sees_all, made = ctx.actor.username, int(ctx.actor.sees_all), snapshot_format()
    if len(entries) < KEPT_FROM:
        # Nothing kept; an older snapshot of this worker's (built under another role, when
        # the caseload was larger) goes, so none outlives what it was built for.
        if ctx.db.execute("SELECT 1 FROM caseload_snapshot WHERE username = ?", (me,)).fetchone():
            with contextlib.suppress(sqlcipher3.Error, VaultError, OSError), ctx.db.transaction():
                ctx.db.execute("DELETE FROM caseload_snapshot WHERE username = ?", (me,))
        return
    chunks = [entries[at : at + PART] for at in range(0, len(entries), PART)]
    try:
        with ctx.db.transaction() as conn:
            conn.execute("DELETE FROM caseload_snapshot WHERE username = ?", (me,))
            for part, chunk in enumerate(chunks):
                data = _ROWS.dump_json([_plain(entry) for entry in chunk])
                conn.execute(
                    "INSERT INTO caseload_snapshot "
                    "(username, part, parts, sees_all, format, data, counter) "
                    "SELECT ?, ?, ?, ?, ?, ?, counter FROM youth_changes WHERE counter = ?",
                    (me, part, len(chunks), sees_all, made, data, counter),
                )
    except (sqlcipher3.Error, VaultError, OSError):  # a refused commit arrives as VaultError
        return


def _plain(entry: CaseloadEntry) -> _Row:
    return (
        entry.youth_id, entry.display_name, entry.legal_name, entry.pronouns, entry.birth_date,
        Agency(entry.agency), entry.case_numbers, entry.in_care, entry.name_tokens,
        entry.whole_names, entry.minor_tokens,
    )  # fmt: skip
