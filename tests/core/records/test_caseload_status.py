from __future__ import annotations

from datetime import timedelta

from csec_desktop.core.demo_seed import seed_caseload
from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.caseload_status import (
    CaseloadFilter,
    YouthStatus,
    load_statuses,
    matches,
)
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.screening_policy import default_screening_policy


def test_statuses_agree_with_the_records(ctx, clock) -> None:
    seed_caseload(ctx, shipped_registry(), default_screening_policy(), 40, seed=3)
    statuses = load_statuses(ctx)
    open_duties = DutyStore(ctx).open_duties()
    for youth_id, status in statuses.items():
        mine = [d for d in open_duties if d.youth_id == youth_id]
        assert status.open_duties == len(mine)
        assert status.next_due == (min(d.late_after for d in mine) if mine else None)
    drafts = ctx.db.execute("SELECT count(*) FROM encounters WHERE status = 'draft'").fetchone()[0]
    assert sum(s.drafts for s in statuses.values()) == drafts


def test_filters_pick_the_right_youth(ctx, clock) -> None:
    seed_caseload(ctx, shipped_registry(), default_screening_policy(), 40, seed=3)
    caseload, statuses, now = Caseload(ctx), load_statuses(ctx), clock()

    def chosen(kind: CaseloadFilter) -> set[str]:
        return {
            e.youth_id
            for e in caseload.index.entries()
            if matches(e, statuses.get(e.youth_id, YouthStatus()), kind, now)
        }

    assert chosen(CaseloadFilter.ALL) == {e.youth_id for e in caseload.index.entries()}
    overdue = chosen(CaseloadFilter.OVERDUE)
    assert overdue and all(statuses[y].next_due < now for y in overdue)
    assert all(statuses[y].drafts for y in chosen(CaseloadFilter.DRAFTS))
    probation = chosen(CaseloadFilter.PROBATION)
    assert probation.isdisjoint(chosen(CaseloadFilter.CHILD_WELFARE))
    later = now + timedelta(days=400)
    assert all(statuses[y].overdue(later) for y in chosen(CaseloadFilter.DUE_SOON))


def test_the_latest_outcome_is_a_screening_outcome_not_a_needs_band(ctx) -> None:
    seed_caseload(ctx, shipped_registry(), default_screening_policy(), 60, seed=3)
    shown = {s.latest_band for s in load_statuses(ctx).values()}
    assert "urgent" not in shown
    assert {"identified", "at_risk"} <= shown


def test_the_status_column_reads_only_the_covering_index(ctx) -> None:
    """The sign-in status column must not pull every encounter's explanation through the page
    cache (9.5 s at 50,000 youth before migration 14): every query is answered from a covering
    index alone."""
    from csec_desktop.core.records.caseload_status import COVERED_SQL

    for sql in COVERED_SQL:
        plan = " ".join(str(row[-1]) for row in ctx.db.execute("EXPLAIN QUERY PLAN " + sql))
        assert "COVERING INDEX" in plan and "_caseload" in plan, (sql, plan)
