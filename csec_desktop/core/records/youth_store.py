"""Creating, reading and changing youth profiles, with audit events and sync versions."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from sys import intern

from csec_desktop.core.errors import CsecError
from csec_desktop.core.records.base import RecordContext, new_id
from csec_desktop.core.records.youth import STORED, YouthProfile
from csec_desktop.core.records.youth_history import record_changes
from csec_desktop.core.vault.audit import AuditEvent
from csec_desktop.core.vault.bound_list import IN_LIST, bound_list


@dataclass(frozen=True)
class YouthRecord:
    id: str
    profile: YouthProfile
    version: int
    base_version: int | None
    created_at: str
    updated_at: str


_COLUMNS = "id, data, version, base_version, created_at, updated_at"


def _row_to_record(row: tuple[object, ...]) -> YouthRecord:
    profile = YouthProfile.model_validate_json(str(row[1]), context=STORED)
    return YouthRecord(
        str(row[0]),
        profile,
        int(str(row[2])),
        row[3] if row[3] is None else int(str(row[3])),
        str(row[4]),
        str(row[5]),
    )


# The whole table in its own order. Left to itself SQLite answers ``purged_at IS NULL`` from
# the ``youth_caseload`` index and fetches each row by id, hopping between table pages; under
# the sign-in scan's small page cache (``scan_cache``) each page was then read and decrypted
# several times: 0.20 s of CPU against 0.05 s for the table read in order at 20,000 youth.
STORED_PROFILES_SQL = "SELECT id, data, created_by FROM youth NOT INDEXED WHERE purged_at IS NULL"


class YouthStore:
    def __init__(self, ctx: RecordContext) -> None:
        self.ctx = ctx

    def create(self, profile: YouthProfile) -> YouthRecord:
        youth_id = new_id()
        with self.ctx.db.transaction():
            self.ctx.insert("youth", youth_id, self._columns(profile))
            self.ctx.audit_event(AuditEvent.RECORD_CREATED, youth_id, "youth")
            record_changes(self.ctx, youth_id, None, profile)
        return self.get(youth_id, audit=False)

    def get(self, youth_id: str, *, audit: bool = True) -> YouthRecord:
        """A youth's record; ``audit`` logs the viewing (on by default, as WIC 827 expects)."""
        row = self.ctx.db.execute(
            f"SELECT {_COLUMNS} FROM youth WHERE id = ? AND purged_at IS NULL",  # noqa: S608
            (youth_id,),
        ).fetchone()
        if row is None:
            raise CsecError("That youth's record is not on this laptop.")
        self.ctx.require_youth(youth_id)
        if audit:
            self.ctx.audit_event(AuditEvent.RECORD_VIEWED, youth_id, "youth")
        return _row_to_record(row)

    def update(self, youth_id: str, profile: YouthProfile) -> YouthRecord:
        self.ctx.require_youth(youth_id)
        with self.ctx.db.transaction():
            before = self.get(youth_id, audit=False).profile
            self.ctx.touch("youth", youth_id, self._columns(profile))
            record_changes(self.ctx, youth_id, before, profile)
            self.ctx.audit_event(AuditEvent.RECORD_CHANGED, youth_id, "youth")
        return self.get(youth_id, audit=False)

    def all(self) -> list[YouthRecord]:
        rows = self.ctx.db.execute(
            f"SELECT {_COLUMNS} FROM youth WHERE purged_at IS NULL"  # noqa: S608
        ).fetchall()
        return self.ctx.only_visible([_row_to_record(row) for row in rows], lambda r: r.id)

    def stored_profiles(self) -> Iterator[tuple[str, str]]:
        """Every visible youth's id and profile as stored (JSON text), for the caseload index
        (``CaseloadEntry.of_stored`` reads only the fields it needs), a thousand rows at a
        time so the whole caseload's text is never in memory at once.

        One scan of the table: who added each youth comes with the row, so the visibility
        rule (``RecordContext.visible_youth``: added by the worker or shared with them) needs
        no second scan of every profile's pages."""
        ctx = self.ctx
        me, shared = ctx.actor.username, None
        if not ctx.actor.sees_all:
            shared = {
                str(row[0])
                for row in ctx.db.execute(
                    "SELECT youth_id FROM youth_access WHERE username = ?", (me,)
                ).fetchall()
            }
        cursor = ctx.db.execute(STORED_PROFILES_SQL)
        while rows := cursor.fetchmany(1000):
            for youth_id, data, by in rows:
                if shared is None or by == me or youth_id in shared:
                    yield intern(str(youth_id)), str(data)  # shared with the status column

    def some(self, youth_ids: Iterable[str]) -> list[YouthRecord]:
        """The visible records among ``youth_ids`` (not audited: for checks, not viewing)."""
        found = self.ctx.db.execute(
            f"SELECT rowid, {_COLUMNS} FROM youth "  # noqa: S608
            f"WHERE purged_at IS NULL AND id {IN_LIST}",  # one bound list: see bound_list
            (bound_list(youth_ids),),
        ).fetchall()
        found.sort(key=lambda row: int(row[0]))  # the order they were added, as ``all`` reads
        records = [_row_to_record(row[1:]) for row in found]
        return self.ctx.only_visible(records, lambda r: r.id)

    def count(self) -> int:
        """How many youth this worker sees (all of them for a supervisor)."""
        return len(self.all())

    @staticmethod
    def _columns(profile: YouthProfile) -> dict[str, object]:
        return {
            "data": json.dumps(profile.model_dump(mode="json"), sort_keys=True),
            "birth_date": profile.birth_date.isoformat() if profile.birth_date else None,
            "agency": profile.agency.value,
        }
