"""What the caseload screens read: the Caseload service and each youth's status, behind a lock.

Searches run on a worker thread while profile edits happen on the GUI thread, and both touch
the in-memory index, so every use of the Caseload goes through one lock here. No Qt: this is
plain data work, and a query can be tested on its own.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime

from csec_desktop.core.names.nicknames import NicknameTable
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.caseload_status import (
    CaseloadFilter,
    YouthStatus,
    load_statuses,
    matches,
)
from csec_desktop.core.records.duplicates import PossibleDuplicate
from csec_desktop.core.records.youth import YouthProfile
from csec_desktop.core.records.youth_store import YouthRecord
from csec_desktop.gui.caseload.table_model import CaseloadRow


class CaseloadSource:
    def __init__(self, caseload: Caseload, statuses: dict[str, YouthStatus]) -> None:
        self.caseload = caseload
        self.statuses = statuses
        self.lock = threading.Lock()
        self.query_threads: list[int] = []  # which thread ran each query (tests look)

    @classmethod
    def load(cls, ctx: RecordContext, nicknames: NicknameTable | None = None) -> CaseloadSource:
        """Read every youth and status from the vault (slow with 20,000: run it in the
        background). ``nicknames``: the county's table (the shipped list when None)."""
        return cls(Caseload(ctx, nicknames), load_statuses(ctx))

    @property
    def total(self) -> int:
        with self.lock:
            return len(self.caseload)

    def query(self, text: str, chosen: CaseloadFilter, now: datetime) -> list[CaseloadRow]:
        """The rows for a search and a filter: best matches first, or by surname."""
        self.query_threads.append(threading.get_ident())
        del self.query_threads[:-20]
        with self.lock:
            if text.strip():
                entries = [hit.entry for hit in self.caseload.search(text, len(self.caseload))]
            else:
                entries = self.caseload.index.entries()
            statuses = self.statuses
        empty = YouthStatus()
        return [
            CaseloadRow.of(entry, statuses.get(entry.youth_id))
            for entry in entries
            if matches(entry, statuses.get(entry.youth_id, empty), chosen, now)
        ]

    def row(self, youth_id: str) -> CaseloadRow | None:
        with self.lock:
            entry = self.caseload.index.get(youth_id)
        return None if entry is None else CaseloadRow.of(entry, self.statuses.get(youth_id))

    def names(self) -> dict[str, str]:
        """Each youth's name as they are known (chosen name and pronouns), by id."""
        with self.lock:
            entries = self.caseload.index.entries()
        return {
            e.youth_id: f"{e.display_name} ({e.pronouns})" if e.pronouns else e.display_name
            for e in entries
        }

    def possible_duplicates(
        self, profile: YouthProfile, ignore: str | None = None
    ) -> list[PossibleDuplicate]:
        with self.lock:
            return self.caseload.possible_duplicates(profile, ignore)

    def add(self, profile: YouthProfile) -> YouthRecord:
        return self._locked(lambda: self.caseload.add(profile))

    def change(self, youth_id: str, profile: YouthProfile) -> YouthRecord:
        return self._locked(lambda: self.caseload.change(youth_id, profile))

    def open(self, youth_id: str) -> YouthRecord:
        """The youth's record (audited as viewed)."""
        return self.caseload.open(youth_id)

    def refresh_statuses(self, ctx: RecordContext) -> None:
        """After a screening or a duty changed: re-read outcomes, drafts and next due."""
        statuses = load_statuses(ctx)
        with self.lock:
            self.statuses = statuses

    def _locked(self, work: Callable[[], YouthRecord]) -> YouthRecord:
        with self.lock:
            return work()
