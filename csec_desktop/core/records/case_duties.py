"""Which duties a case-team entry asks for: one table of follow-ups, re-offers and actions.

- A referral with a follow-up date: "follow up" on that day (not once the youth declined it —
  then the re-offer takes its place).
- A referral the youth declined, with a re-offer date: "offer it again" on that day. Engagement
  is not linear; a "no" today is not a closed door.
- An MDT meeting: each action item on its due date (its owner named), and the next meeting.

The duty planner (``duty_planner.plan_item_duties``) turns these into duties on the Deadlines
panel and keeps them in step when the entry changes or is removed. Each is due at
``DUE_HOUR`` local time on its day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from csec_desktop.core.records.referral_domains import domain_label

DUE_HOUR = 17  # a dated task is due by the end of the working day
FOLLOW_UP = "referral_follow_up"
REOFFER = "referral_reoffer"
ACTION = "mdt_action_item"
NEXT_MEETING = "mdt_next_meeting"
CASE_DUTY_TYPES = (FOLLOW_UP, REOFFER, ACTION, NEXT_MEETING)


@dataclass(frozen=True)
class ItemDuty:
    key: str  # unique within the entry ("follow_up", "action:2"…)
    duty_type: str
    label: str
    citation: str
    due_on: date


def item_duties(item: Any) -> list[ItemDuty]:
    """The duties ``item`` (a case-team entry, or None once removed) asks for."""
    kind = getattr(item, "kind", None)
    if kind == "referral":
        return _referral(item)
    if kind == "mdt_meeting":
        return _meeting(item)
    return []


def _referral(r: Any) -> list[ItemDuty]:
    what = f"{r.agency} ({domain_label(r.domain)})"
    owner = f" — {r.owner}" if r.owner else ""
    out = []
    if r.follow_up_on is not None and r.outcome != "declined":
        out.append(
            ItemDuty(
                "follow_up",
                FOLLOW_UP,
                f"Follow up the referral to {what}{owner}",
                "Service plan follow-up",
                r.follow_up_on,
            )
        )
    if r.outcome == "declined" and r.reoffer_on is not None:
        out.append(
            ItemDuty(
                "reoffer",
                REOFFER,
                f"Offer the youth {what} again{owner}",
                "Service plan: the youth declined; offer again",
                r.reoffer_on,
            )
        )
    return out


def _meeting(m: Any) -> list[ItemDuty]:
    out = [
        ItemDuty(
            f"action:{index}",
            ACTION,
            f"MDT action: {a.text} — {a.owner}",
            "MDT action item",
            a.due_on,
        )
        for index, a in enumerate(m.action_items)
    ]
    if m.next_meeting_on is not None:
        out.append(
            ItemDuty("next_meeting", NEXT_MEETING, "Next MDT meeting", "MDT", m.next_meeting_on)
        )
    return out
