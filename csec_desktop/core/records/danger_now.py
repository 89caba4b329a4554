"""Danger now: an item tagged ``safety_now`` answered yes (the youth may be in danger, or the
person exploiting them may be nearby).

The answer starts the county's safety duty at once (a provisional duty, see the policy's
``tags`` trigger); while that duty is open, the screening and the youth's page show a red
banner with the county's safety procedure and 911. Acknowledging the banner records the duty
as done, so the acknowledgement is dated, audited and synced.
"""

from __future__ import annotations

from csec_desktop.core.instruments.model import ItemTag
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.duties import DutyRecord, DutyStore
from csec_desktop.core.screening_policy import ScreeningPolicy

SAFETY_NOW = ItemTag.SAFETY_NOW.value


def safety_duty_types(policy: ScreeningPolicy) -> set[str]:
    return {d.id for d in policy.duties if SAFETY_NOW in d.trigger.tags}


def open_safety_duties(
    ctx: RecordContext, policy: ScreeningPolicy, youth_id: str
) -> list[DutyRecord]:
    kinds = safety_duty_types(policy)
    return [
        d for d in DutyStore(ctx).for_youth(youth_id) if d.status == "open" and d.duty_type in kinds
    ]


def acknowledge(
    ctx: RecordContext, policy: ScreeningPolicy, youth_id: str, how: str
) -> list[DutyRecord]:
    """The worker followed the safety procedure: record the open safety duties as done."""
    store = DutyStore(ctx)
    text = how.strip() or "Safety procedure followed (acknowledged on screen)"
    with ctx.db.transaction():
        return [
            store.record_done(d.id, ctx.clock(), text, auto=True)
            for d in open_safety_duties(ctx, policy, youth_id)
        ]
