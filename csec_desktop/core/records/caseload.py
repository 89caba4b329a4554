"""The caseload service the GUI and CLI call: youth on this laptop, searchable, deduplicated.

Keeps the in-memory search index in step with the vault: every create or update goes through
here, so the index never needs a rebuild while the session lasts.
"""

from __future__ import annotations

from csec_desktop.core.names.match import NameMatcher
from csec_desktop.core.names.nicknames import NicknameTable, shipped_nicknames
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.caseload_index import CaseloadEntry, CaseloadIndex, SearchHit
from csec_desktop.core.records.duplicates import PossibleDuplicate, find_possible_duplicates
from csec_desktop.core.records.youth import YouthProfile
from csec_desktop.core.records.youth_store import YouthRecord, YouthStore


class Caseload:
    def __init__(self, ctx: RecordContext, nicknames: NicknameTable | None = None) -> None:
        """``nicknames``: the county's table (``names.nicknames.county_nicknames``); the shipped
        list when None."""
        self.ctx = ctx
        self.store = YouthStore(ctx)
        self.nicknames = nicknames if nicknames is not None else shipped_nicknames()
        self.matcher = NameMatcher(self.nicknames)
        self._profiles: dict[str, YouthProfile] = {}
        self.index = CaseloadIndex(nicknames=self.nicknames)
        self.reload()

    def reload(self) -> None:
        records = self.store.all()
        self._profiles = {record.id: record.profile for record in records}
        entries = [CaseloadEntry.of(r.id, r.profile) for r in records]
        self.index = CaseloadIndex(entries, self.nicknames)

    def __len__(self) -> int:
        return len(self.index)

    def search(self, query: str, limit: int = 500) -> list[SearchHit]:
        return self.index.search(query, limit)

    def possible_duplicates(
        self, profile: YouthProfile, ignore: str | None = None
    ) -> list[PossibleDuplicate]:
        known = [
            (entry, self._profiles[youth_id])
            for youth_id in self._profiles
            if youth_id != ignore and (entry := self.index.get(youth_id)) is not None
        ]
        return find_possible_duplicates(profile, known, self.matcher)

    def add(self, profile: YouthProfile) -> YouthRecord:
        """Add a youth. Callers show ``possible_duplicates`` first and let the worker choose."""
        record = self.store.create(profile)
        self._remember(record)
        return record

    def change(self, youth_id: str, profile: YouthProfile) -> YouthRecord:
        record = self.store.update(youth_id, profile)
        self._remember(record)
        return record

    def open(self, youth_id: str) -> YouthRecord:
        return self.store.get(youth_id)

    def _remember(self, record: YouthRecord) -> None:
        self._profiles[record.id] = record.profile
        self.index.put(CaseloadEntry.of(record.id, record.profile))
