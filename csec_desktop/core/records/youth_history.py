"""Dated history of a youth's legal status and placement type, kept as episodes.

Whenever a profile is saved with a different legal status (WIC 300 dependent, 602 ward, 241.1
dual status, non-minor dependent, ...) or placement type, the previous episode ends and a new
one starts, so a record can later be placed in time (in care when it happened? in a licensed
placement?) for the WIC 16501.45 counts and the PC 11166.1 notices.
"""

from __future__ import annotations

from datetime import datetime

from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.episodes import EpisodeKind, EpisodeStore
from csec_desktop.core.records.youth import LegalStatus, PlacementType, YouthProfile

_UNSET: dict[EpisodeKind, str] = {
    "legal_status": LegalStatus.UNKNOWN.value,
    "placement": PlacementType.NONE.value,
}


def record_changes(
    ctx: RecordContext, youth_id: str, before: YouthProfile | None, after: YouthProfile
) -> None:
    """Start a new dated episode for each of the two that changed (caller's transaction)."""
    store = EpisodeStore(ctx)
    now = ctx.clock()
    values: dict[EpisodeKind, tuple[str | None, str]] = {
        "legal_status": (
            before.legal_status.value if before else None,
            after.legal_status.value,
        ),
        "placement": (
            before.placement_type.value if before else None,
            after.placement_type.value,
        ),
    }
    for kind, (old, new) in values.items():
        if old == new or (old is None and new == _UNSET[kind]):
            continue
        current = store.current(youth_id, kind)
        if current is not None:
            store.change(current.id, current.data, ended_at=max(now, current.started_at))
        store.start(youth_id, kind, now, {"value": new, "set_by": ctx.actor.username})


def in_care_at(ctx: RecordContext, youth_id: str, profile: YouthProfile, moment: datetime) -> bool:
    """Whether the youth was in foster care at ``moment``, as an encounter copies it when it
    starts (its "at the time", which the printed copies show and the county counts read).

    The same rule as the county's (``county/report_period.in_care_at``; WIC 16501.45): the
    legal-status episode covering the moment is a placement by the county (dependent, ward,
    dual status, non-minor dependent, voluntary). Before the youth's legal-status history
    begins (or without one), the profile as it stands: its in-care flag or its legal status.
    """
    history = EpisodeStore(ctx).for_youth(youth_id, "legal_status")
    if not history or moment < min(e.started_at for e in history):
        return profile.in_foster_care
    return any(
        e.started_at <= moment
        and (e.ended_at is None or moment < e.ended_at)
        and LegalStatus(str(e.data.get("value", LegalStatus.UNKNOWN.value))).in_foster_care
        for e in history
    )
