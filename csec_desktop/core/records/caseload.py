"""The caseload service the GUI and CLI call: youth on this laptop, searchable, deduplicated.

Keeps the in-memory search index in step with the vault: every create or update goes through
here, so the index never needs a rebuild while the session lasts. Ticking "Missing now" on a
profile records a missing episode (from now, by the signed-in worker; the worker then corrects
when they learned of it) and starts its duties; unticking it records the youth located.
"""

from __future__ import annotations

from csec_desktop.core.bulk import collector_paused
from csec_desktop.core.names.match import NameMatcher
from csec_desktop.core.names.nicknames import NicknameTable, shipped_nicknames
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.caseload_index import CaseloadEntry, CaseloadIndex, SearchHit
from csec_desktop.core.records.caseload_snapshot import (
    change_counter,
    read_snapshot,
    write_snapshot,
)
from csec_desktop.core.records.duplicates import PossibleDuplicate, find_possible_duplicates
from csec_desktop.core.records.missing import MissingEpisodes
from csec_desktop.core.records.scan_cache import small_page_cache
from csec_desktop.core.records.youth import YouthProfile
from csec_desktop.core.records.youth_store import YouthRecord, YouthStore
from csec_desktop.core.screening_policy import ScreeningPolicy, default_screening_policy


class Caseload:
    def __init__(
        self,
        ctx: RecordContext,
        nicknames: NicknameTable | None = None,
        policy: ScreeningPolicy | None = None,
    ) -> None:
        """``nicknames``: the county's table (``names.nicknames.county_nicknames``); the shipped
        list when None. ``policy``: the county's screening policy (the missing-episode clocks);
        the shipped default when None."""
        self.ctx = ctx
        self.store = YouthStore(ctx)
        self.nicknames = nicknames if nicknames is not None else shipped_nicknames()
        self.matcher = NameMatcher(self.nicknames)
        self._policy = policy  # the shipped default is read only when first needed
        self.index = CaseloadIndex(nicknames=self.nicknames)
        self.reload()

    @property
    def policy(self) -> ScreeningPolicy:
        if self._policy is None:
            self._policy = default_screening_policy()
        return self._policy

    @property
    def missing(self) -> MissingEpisodes:
        return MissingEpisodes(self.ctx, self.policy)

    def reload(self) -> None:
        """Build the index from the stored profiles, or from the entries kept at the last
        build when no youth or sharing changed since (``caseload_snapshot``). Only the entries
        are kept: the profiles themselves (a quarter of the memory at 20,000 youth) are read
        again when needed, and their pages are not kept in the page cache (``scan_cache``)."""
        with small_page_cache(self.ctx.db), collector_paused():
            # collector paused: every youth's index entry, no cycles among them
            entries = read_snapshot(self.ctx)  # the entries as last built, if still true
            if entries is None:
                counter = change_counter(self.ctx)  # before the rows: see write_snapshot
                stored = self.store.stored_profiles()
                entries = [CaseloadEntry.of_stored(youth_id, text) for youth_id, text in stored]
                write_snapshot(self.ctx, entries, counter)
            self.index = CaseloadIndex(entries, self.nicknames)

    def __len__(self) -> int:
        return len(self.index)

    def search(self, query: str, limit: int = 500) -> list[SearchHit]:
        return self.index.search(query, limit)

    def possible_duplicates(
        self, profile: YouthProfile, ignore: str | None = None
    ) -> list[PossibleDuplicate]:
        """Youth on this laptop who may be ``profile`` (``ignore``: the youth being edited).
        Only those the birth date leaves possible are read from the vault."""
        candidates = self.index.born_on_or_unrecorded(profile.birth_date)
        candidates.discard(ignore or "")
        known = [
            (entry, record.profile)
            for record in self.store.some(candidates)
            if (entry := self.index.get(record.id)) is not None
        ]
        return find_possible_duplicates(profile, known, self.matcher)

    def add(self, profile: YouthProfile) -> YouthRecord:
        """Add a youth. Callers show ``possible_duplicates`` first and let the worker choose."""
        with self.ctx.db.transaction():
            record = self.store.create(profile.model_copy(update={"missing": False}))
            if profile.missing:
                record = self._missing_changed(record.id, True)
        self._remember(record)
        return record

    def change(self, youth_id: str, profile: YouthProfile) -> YouthRecord:
        with self.ctx.db.transaction():
            before = self.store.get(youth_id, audit=False).profile
            record = self.store.update(
                youth_id, profile.model_copy(update={"missing": before.missing})
            )
            if profile.missing != before.missing:
                record = self._missing_changed(youth_id, profile.missing)
        self._remember(record)
        return record

    def _missing_changed(self, youth_id: str, missing: bool) -> YouthRecord:
        now, who = self.ctx.clock(), self.ctx.actor.display_name
        episode = self.missing.open_episode(youth_id)
        if missing and episode is None:
            self.missing.report_missing(youth_id, now, who)
        elif not missing and episode is not None:
            self.missing.record_located(episode.id, now, "", who)
        else:
            current = self.store.get(youth_id, audit=False)
            self.store.update(youth_id, current.profile.model_copy(update={"missing": missing}))
        return self.store.get(youth_id, audit=False)

    def open(self, youth_id: str) -> YouthRecord:
        return self.store.get(youth_id)

    def _remember(self, record: YouthRecord) -> None:
        self.index.put(CaseloadEntry.of(record.id, record.profile))
