"""How a stored case-team entry reads in its tab's row, in the worker's language: one function
per entry kind (``tab_specs.SPECS`` names them), the values core keeps turned into words."""

from __future__ import annotations

from datetime import date
from typing import Any

from csec_desktop.core.clock import from_iso
from csec_desktop.core.display_words import day_words, moment_words
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.authorization import INFO_CATEGORIES
from csec_desktop.core.records.case_items import StoredItem
from csec_desktop.core.records.mdt_meeting import sharing_warning
from csec_desktop.core.records.referral_domains import domain_label
from csec_desktop.core.worker_language import worker_language
from csec_desktop.gui.case_team.referral_dialog import OUTCOME_LABELS, STATUS_LABELS


def _tr(text: str) -> str:
    return translate("CaseTeamTabs", text)


def _day(value: Any) -> str:
    return day_words(value) if value else translate("CaseTeamTabs", "Not set yet")


def referral_row(s: StoredItem) -> tuple[str, ...]:
    r: Any = s.item
    domain = domain_label(r.domain, worker_language())
    outcome = translate("ReferralDialog", OUTCOME_LABELS[r.outcome]) if r.outcome else ""
    if r.outcome == "declined" and r.reoffer_on:
        outcome = translate("CaseTeamTabs", "{outcome}; offer again {day}").format(
            outcome=outcome, day=_day(r.reoffer_on)
        )
    follow = f"{_day(r.follow_up_on)} ({r.owner})" if r.owner else _day(r.follow_up_on)
    status = translate("ReferralDialog", STATUS_LABELS[r.status])
    return (domain, r.agency, _day(r.referred_on), status, follow, outcome)


def plan_row(s: StoredItem) -> tuple[str, ...]:
    p: Any = s.item
    signed = (
        translate("CaseTeamTabs", "Signed by {name}").format(name=p.signed_by)
        if p.signed
        else translate("CaseTeamTabs", "Not signed yet")
    )
    version = translate("CaseTeamTabs", "Version {number}").format(number=p.plan_version)
    return (version, signed, _yes_no(p.youth_participated), moment_words(from_iso(s.updated_at)))


def member_row(s: StoredItem) -> tuple[str, ...]:
    m: Any = s.item
    chosen = translate("CaseTeamTabs", "Yes") if m.youth_chosen else ""
    return (m.name, m.agency, m.role, m.contact, chosen, _sharing(m.shared_with))


def meeting_row(s: StoredItem) -> tuple[str, ...]:
    m: Any = s.item
    took_part = _yes_no(m.youth_attended)
    when = _day(m.held_on) + (f" {m.starts_at:%H:%M}" if m.starts_at else "")
    warning = sharing_warning(m, translate)
    basis = m.basis_shown + ("  ⚠ " + warning if warning else "")
    return (when, m.type_shown, ", ".join(m.attendees), took_part, basis, m.decisions)


def authorization_row(s: StoredItem) -> tuple[str, ...]:
    a: Any = s.item
    today = date.today()
    if a.revoked_on and a.revoked_on <= today:
        state = translate("CaseTeamTabs", "Revoked {day}").format(day=_day(a.revoked_on))
    elif a.current(today):
        state = translate("CaseTeamTabs", "Current")
        if a.expires_on:
            state = translate("CaseTeamTabs", "Current, until {day}").format(day=_day(a.expires_on))
    elif a.starts_on > today:
        state = translate("CaseTeamTabs", "Starts {day}").format(day=_day(a.starts_on))
    else:
        state = translate("CaseTeamTabs", "Expired {day}").format(day=_day(a.expires_on))
    covers = ", ".join(translate("Authorization", INFO_CATEGORIES[c]) for c in a.information)
    return (a.type_words, ", ".join(a.agencies), covers, state)


def stage_row(s: StoredItem) -> tuple[str, ...]:
    st: Any = s.item
    return (_day(st.noted_on), st.stage_shown, st.note)


def attempt_row(s: StoredItem) -> tuple[str, ...]:
    a: Any = s.item
    reached = (
        translate("CaseTeamTabs", "Yes")
        if a.reached
        else translate("CaseTeamTabs", "Not this time")
    )
    return (_day(a.tried_on), a.method_shown, reached, a.note)


def note_row(s: StoredItem) -> tuple[str, ...]:
    n: Any = s.item
    when = moment_words(from_iso(s.updated_at))
    text = n.text
    if n.is_addendum:
        text = translate("CaseTeamTabs", "Addendum to a signed form ({reason}): {text}").format(
            reason=n.addendum_reason, text=n.text
        )
    return (when, s.updated_by, _sharing(n.shared_with, n.from_sud_program), text)


SHARE_WORDS = {
    "mdt": QT_TRANSLATE_NOOP("CaseTeamTabs", "MDT"),
    "caregiver": QT_TRANSLATE_NOOP("CaseTeamTabs", "Caregiver"),
    "youth": QT_TRANSLATE_NOOP("CaseTeamTabs", "Youth"),
}


def _yes_no(yes: bool) -> str:
    return translate("CaseTeamTabs", "Yes") if yes else translate("CaseTeamTabs", "No")


def _sharing(shared_with: tuple[str, ...], from_sud_program: bool = False) -> str:
    if from_sud_program:
        return translate("CaseTeamTabs", "Case file only (42 CFR Part 2)")
    shown = ", ".join(_tr(SHARE_WORDS[a]) for a in shared_with)
    return shown or translate("CaseTeamTabs", "Private")
