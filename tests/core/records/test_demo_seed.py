from __future__ import annotations

from csec_desktop.core.demo_data import GIVEN, SURNAMES
from csec_desktop.core.demo_seed import seed_caseload
from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.screening_policy import default_screening_policy


def test_a_seeded_caseload_has_every_state_a_worker_meets(ctx, clock) -> None:
    report = seed_caseload(ctx, shipped_registry(), default_screening_policy(), 60, seed=7)
    assert report.youth == 60 and report.completed > 0 and report.drafts > 0
    statuses = dict(
        ctx.db.execute("SELECT status, count(*) FROM encounters GROUP BY status").fetchall()
    )
    assert statuses["draft"] == report.drafts and statuses["completed"] == report.completed
    bands = {
        row[0]
        for row in ctx.db.execute(
            "SELECT DISTINCT final_band FROM encounters WHERE status = 'completed'"
        )
    }
    assert {"identified", "at_risk", "no_current_concern"} <= bands
    urgencies = {d.urgency(clock()) for d in DutyStore(ctx).open_duties()}
    assert "overdue" in urgencies
    teams = ctx.db.execute(
        "SELECT count(DISTINCT youth_id) FROM case_items WHERE kind = 'mdt_member'"
    )
    assert teams.fetchone()[0] > 0
    names = Caseload(ctx).index.entries()
    assert all(
        e.legal_name.split()[0] in GIVEN and e.legal_name.split()[-1] in SURNAMES for e in names
    )


def test_seeding_again_continues_the_fiction_instead_of_repeating_it(ctx) -> None:
    seed_caseload(ctx, shipped_registry(), default_screening_policy(), 5, seed=11)
    first = sorted(e.legal_name for e in Caseload(ctx).index.entries())
    seed_caseload(ctx, shipped_registry(), default_screening_policy(), 5, seed=11)
    both = sorted(e.legal_name for e in Caseload(ctx).index.entries())
    added = list(both)
    for name in first:
        added.remove(name)
    assert len(both) == 10 and sorted(added) != first  # new fictional youth, not copies
