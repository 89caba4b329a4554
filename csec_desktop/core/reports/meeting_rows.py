"""The referral and MDT-meeting rows of the case-file and MDT copies, in printed words.

A meeting that shared information under WIC 18961.7 past its 30 days without a good-cause note
prints the warning beside its basis (``mdt_meeting.sharing_warning``), so the copy itself shows
the gap to whoever reads it.
"""

from __future__ import annotations

from csec_desktop.core.records.case_items import (
    EngagementAttempt,
    MdtMeeting,
    Referral,
    StageOfChange,
    StoredItem,
)
from csec_desktop.core.records.mdt_meeting import sharing_warning
from csec_desktop.core.records.referral_domains import domain_label
from csec_desktop.core.reports.wording import format_day

STATUS_WORDS = {
    "planned": "Planned",
    "referred": "Referred",
    "connected": "Connected",
    "declined": "Declined by the youth",
    "closed": "Closed",
}
OUTCOME_WORDS = {
    "connected": "connected",
    "waitlisted": "waitlisted",
    "declined": "declined by the youth",
    "not_available": "not available",
}
AGREED_WORDS = {True: "the youth agreed", False: "the youth did not agree"}


def referral_rows(referrals: list[Referral], with_notes: bool) -> list[list[str]]:
    rows = []
    for r in referrals:
        status = STATUS_WORDS[r.status]
        if r.outcome:
            status += f"; outcome: {OUTCOME_WORDS[r.outcome]}"
        if r.youth_agreed is not None:
            status += f"; {AGREED_WORDS[r.youth_agreed]}"
        if r.reoffer_on:
            status += f"; offer again {format_day(r.reoffer_on)}"
        dates = [f"referred {format_day(r.referred_on)}"] if r.referred_on else []
        if r.follow_up_on:
            who = f" by {r.owner}" if r.owner else ""
            dates.append(f"follow up {format_day(r.follow_up_on)}{who}")
        elif r.owner:
            dates.append(f"followed up by {r.owner}")
        row = [domain_label(r.domain), r.agency, status, "; ".join(dates)]
        rows.append([*row, r.note] if with_notes else row)
    return rows


def meeting_rows(meetings: list[MdtMeeting]) -> list[list[str]]:
    rows = []
    for m in meetings:
        held = format_day(m.held_on) + (f", {m.starts_at:%H:%M}" if m.starts_at else "")
        who = ", ".join(m.attendees) + ("; the youth took part" if m.youth_attended else "")
        parts = [f"{m.type_words} meeting."]
        if m.youth_asked_for:
            parts.append(f"The youth asked for: {m.youth_asked_for}")
        if m.decisions:
            parts.append(m.decisions)
        parts += [
            f"Action: {a.text} — {a.owner}, by {format_day(a.due_on)}" for a in m.action_items
        ]
        if m.next_meeting_on:
            parts.append(f"Next meeting: {format_day(m.next_meeting_on)}")
        basis = m.basis_words
        if m.good_cause:
            basis += f" Good cause: {m.good_cause}"
        if warning := sharing_warning(m):
            basis += f" WARNING: {warning}"
        rows.append([held, who, "\n".join(parts), basis])
    return rows


def engagement_lines(items: list[StoredItem]) -> list[str]:
    """Stages of change and engagement attempts, oldest first, one line each."""
    dated: list[tuple[object, str]] = []
    for stored in items:
        entry = stored.item
        if isinstance(entry, StageOfChange):
            note = f" — {entry.note}" if entry.note else ""
            dated.append(
                (
                    entry.noted_on,
                    f"{format_day(entry.noted_on)}: stage of change: {entry.stage_words}{note}",
                )
            )
        elif isinstance(entry, EngagementAttempt):
            reached = "reached" if entry.reached else "not reached"
            note = f" — {entry.note}" if entry.note else ""
            dated.append(
                (
                    entry.tried_on,
                    f"{format_day(entry.tried_on)}: {entry.method_words}, {reached}{note}",
                )
            )
    return [line for _day, line in sorted(dated, key=lambda pair: str(pair[0]))]
