"""What each case-team tab lists: its columns, how a stored entry reads in a row, its empty
state. One ``TabSpec`` per entry kind, in the order the tabs show."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from csec_desktop.core.clock import from_iso
from csec_desktop.core.display_words import day_words, moment_words
from csec_desktop.core.records.authorization import INFO_CATEGORIES
from csec_desktop.core.records.case_items import StoredItem
from csec_desktop.core.records.mdt_meeting import sharing_warning
from csec_desktop.core.records.referral_domains import domain_label
from csec_desktop.gui.case_team.referral_dialog import OUTCOME_LABELS, STATUS_LABELS


def _day(value: Any) -> str:
    return day_words(value) if value else "Not set yet"


@dataclass(frozen=True)
class TabSpec:
    kind: str
    title: str
    noun: str
    columns: tuple[str, ...]
    row: Callable[[StoredItem], tuple[str, ...]]
    empty: str
    wide: tuple[int, ...]  # columns that share the free width and wrap; others fit their text


def _referral(s: StoredItem) -> tuple[str, ...]:
    r: Any = s.item
    domain = domain_label(r.domain)
    outcome = OUTCOME_LABELS[r.outcome] if r.outcome else ""
    if r.outcome == "declined" and r.reoffer_on:
        outcome += f"; offer again {_day(r.reoffer_on)}"
    follow = f"{_day(r.follow_up_on)} ({r.owner})" if r.owner else _day(r.follow_up_on)
    return (domain, r.agency, _day(r.referred_on), STATUS_LABELS[r.status], follow, outcome)


def _plan(s: StoredItem) -> tuple[str, ...]:
    p: Any = s.item
    signed = f"Signed by {p.signed_by}" if p.signed else "Not signed yet"
    took_part = "Yes" if p.youth_participated else "No"
    return (f"Version {p.plan_version}", signed, took_part, moment_words(from_iso(s.updated_at)))


def _member(s: StoredItem) -> tuple[str, ...]:
    m: Any = s.item
    chosen = "Yes" if m.youth_chosen else ""
    return (m.name, m.agency, m.role, m.contact, chosen, _sharing(m.shared_with))


def _meeting(s: StoredItem) -> tuple[str, ...]:
    m: Any = s.item
    took_part = "Yes" if m.youth_attended else "No"
    when = _day(m.held_on) + (f" {m.starts_at:%H:%M}" if m.starts_at else "")
    basis = m.basis_words + ("  ⚠ " + warning if (warning := sharing_warning(m)) else "")
    return (when, m.type_words, ", ".join(m.attendees), took_part, basis, m.decisions)


def _authorization(s: StoredItem) -> tuple[str, ...]:
    a: Any = s.item
    today = date.today()
    if a.revoked_on and a.revoked_on <= today:
        state = f"Revoked {_day(a.revoked_on)}"
    elif a.current(today):
        state = "Current" + (f", until {_day(a.expires_on)}" if a.expires_on else "")
    elif a.starts_on > today:
        state = f"Starts {_day(a.starts_on)}"
    else:
        state = f"Expired {_day(a.expires_on)}"
    covers = ", ".join(INFO_CATEGORIES[c] for c in a.information)
    return (a.type_words, ", ".join(a.agencies), covers, state)


def _stage(s: StoredItem) -> tuple[str, ...]:
    st: Any = s.item
    return (_day(st.noted_on), st.stage_words, st.note)


def _attempt(s: StoredItem) -> tuple[str, ...]:
    a: Any = s.item
    return (_day(a.tried_on), a.method_words, "Yes" if a.reached else "Not this time", a.note)


def _note(s: StoredItem) -> tuple[str, ...]:
    n: Any = s.item
    when = moment_words(from_iso(s.updated_at))
    text = f"Addendum to a signed form ({n.addendum_reason}): {n.text}" if n.is_addendum else n.text
    return (when, s.updated_by, _sharing(n.shared_with, n.from_sud_program), text)


SHARE_WORDS = {"mdt": "MDT", "caregiver": "Caregiver", "youth": "Youth"}


def _sharing(shared_with: tuple[str, ...], from_sud_program: bool = False) -> str:
    if from_sud_program:
        return "Case file only (42 CFR Part 2)"
    return ", ".join(SHARE_WORDS[a] for a in shared_with) or "Private"


SPECS = (
    TabSpec("referral", "Service &plan", "referral",
            ("Need", "Agency or service", "Referred on", "Status", "Follow up (who)", "Outcome"),
            _referral,
            "No referrals yet. Add the services the youth is referred to, and follow them up.",
            (0, 1, 5)),
    TabSpec("safety_plan", "Sa&fety plan", "safety plan",
            ("Version", "Signature", "Youth took part", "Saved"), _plan,
            "No safety plan yet. Write it with the youth: safe adults, what to do if "
            "contacted, supervision, and a return plan.", (1,)),
    TabSpec("mdt_member", "MDT &members", "member",
            ("Name", "Agency", "Role", "Contact", "Chosen by the youth", "On copies"), _member,
            "No team members yet. Add the people on the youth's multidisciplinary team.",
            (0, 1, 2, 3)),
    TabSpec("mdt_meeting", "MDT m&eetings", "meeting",
            ("Held", "Type", "Attendees", "Youth took part", "Sharing basis", "Decisions"),
            _meeting, "No meetings recorded yet. After each MDT meeting, add it here: who "
            "came, what the youth asked for, decisions and action items, and the basis for "
            "sharing information.", (2, 4, 5)),
    TabSpec("authorization", "Re&leases", "authorization",
            ("Kind", "Agencies", "Information", "In force"), _authorization,
            "No releases or court orders recorded. The MDT's copy is checked against the "
            "current ones.", (1, 2)),
    TabSpec("stage_of_change", "S&tages of change", "stage",
            ("Noted on", "Where the youth is", "What tells you so"), _stage,
            "No stages recorded yet. Note where the youth is, and again as it changes.",
            (1, 2)),
    TabSpec("engagement_attempt", "En&gagement attempts", "attempt",
            ("Tried on", "How", "Reached", "Note"), _attempt,
            "No engagement attempts recorded yet.", (3,)),
    TabSpec("note", "N&otes", "note", ("Written", "By", "On copies", "Note"), _note,
            "No notes yet.", (3,)),
)  # fmt: skip
