"""What the caseload list shows beside each name: latest outcome, drafts, next duty due.

Computed for the whole laptop with three grouped queries (not one query per youth), so the list
of 20,000 youth fills at once; the filters (overdue, due soon, open drafts, agency) run on these
rows in memory.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from csec_desktop.core.clock import from_iso
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.caseload_index import CaseloadEntry
from csec_desktop.core.records.duties import DUE_SOON


class CaseloadFilter(StrEnum):
    ALL = "all"
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    DRAFTS = "drafts"
    CHILD_WELFARE = "child_welfare"
    PROBATION = "probation"

    @property
    def label(self) -> str:
        return {
            "all": "Everyone",
            "overdue": "Overdue duties",
            "due_soon": "Due within 24 hours",
            "drafts": "Open drafts",
            "child_welfare": "Child welfare",
            "probation": "Probation",
        }[self.value]


@dataclass(frozen=True)
class YouthStatus:
    latest_band: str | None = None
    latest_at: str | None = None
    drafts: int = 0
    next_due: datetime | None = None
    open_duties: int = 0

    def overdue(self, now: datetime) -> bool:
        return self.next_due is not None and self.next_due < now

    def due_soon(self, now: datetime) -> bool:
        return self.next_due is not None and now <= self.next_due <= now + DUE_SOON


def load_statuses(ctx: RecordContext) -> dict[str, YouthStatus]:
    latest: dict[str, tuple[str | None, str]] = {}
    # The latest *screening* outcome (a level of concern); a needs assessment's band ("urgent
    # needs") answers another question and is not shown as the youth's outcome.
    for youth_id, band, at in ctx.db.execute(
        "SELECT e.youth_id, e.final_band, max(e.completed_at) FROM encounters e "
        "JOIN instrument_definitions d ON d.hash = e.instrument_hash "
        "WHERE e.status = 'completed' "
        "AND json_extract(d.definition, '$.kind') <> 'needs_assessment' GROUP BY e.youth_id"
    ).fetchall():
        latest[youth_id] = (band, at)
    drafts = dict(
        ctx.db.execute(
            "SELECT youth_id, count(*) FROM encounters WHERE status = 'draft' "
            "AND discarded IS NULL GROUP BY youth_id"
        ).fetchall()
    )
    duties = {
        youth_id: (from_iso(due), count)
        for youth_id, due, count in ctx.db.execute(
            "SELECT youth_id, min(due_at), count(*) FROM duties WHERE status = 'open' "
            "GROUP BY youth_id"
        ).fetchall()
    }
    statuses = {}
    for youth_id in set(latest) | set(drafts) | set(duties):
        band, at = latest.get(youth_id, (None, None))
        due, count = duties.get(youth_id, (None, 0))
        statuses[youth_id] = YouthStatus(band, at, int(drafts.get(youth_id, 0)), due, int(count))
    return statuses


def matches(
    entry: CaseloadEntry, status: YouthStatus, chosen: CaseloadFilter, now: datetime
) -> bool:
    if chosen is CaseloadFilter.OVERDUE:
        return status.overdue(now)
    if chosen is CaseloadFilter.DUE_SOON:
        return status.due_soon(now)
    if chosen is CaseloadFilter.DRAFTS:
        return status.drafts > 0
    if chosen in (CaseloadFilter.CHILD_WELFARE, CaseloadFilter.PROBATION):
        return entry.agency == chosen.value
    return True
