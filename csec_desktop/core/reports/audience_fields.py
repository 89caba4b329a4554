"""The fields of the audience table (``audience.RULES``): what kinds of decision a record makes.

Every field of ``AudienceRules`` is required (no defaults), so a record that forgets a decision
fails at import. The values of each field for each audience live in ``audience.py`` alone.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from csec_desktop.core.instruments.model import Sensitivity


class Layout(StrEnum):
    PROFESSIONAL = "professional"  # the full summary (professional_copy.py)
    HANDOVER = "handover"  # the caregiver's one-page sheet (caregiver_copy.py)
    YOUTH = "youth"  # the youth's own paper (youth_copy.py)


class Shown(StrEnum):
    """Which team members or notes a copy carries."""

    ALL = "all"
    SHARED = "shared"  # those the worker shared with this audience
    YOUTH_CHOSEN = "youth_chosen"  # shared with this audience *and* chosen by the youth
    NONE = "none"


class ChosenName(StrEnum):
    ALWAYS = "always"
    IF_YOUTH_AGREED = "if_youth_agreed"  # the profile's "the caregiver may know" consent


class RoleWording(StrEnum):
    AS_RECORDED = "as_recorded"  # name, agency, role
    NEUTRAL = "neutral"  # the worker's neutral description only ("helps you with school")


class RoleKind(StrEnum):
    LAW_ENFORCEMENT = "law_enforcement"
    ADVOCATE = "advocate"


@dataclass(frozen=True, kw_only=True)
class AudienceRules:
    label: str
    explains: str  # one line for the worker choosing the copy (print preview)
    layout: Layout
    hidden_tags: frozenset[Sensitivity]  # answers and referrals with any of these never print
    opt_in_tags: frozenset[Sensitivity]  # hidden unless the youth asked (OPT_IN_ITEMS)
    free_text: bool  # free-text answers (the handover sheet's own items aside)
    outcome: bool  # band, deciding rule, ratings and points
    override_reason: bool  # the worker's reason for changing the computed band
    legal_name: bool
    chosen_name: ChosenName
    birth_date_and_case_numbers: bool
    aliases: bool
    team: Shown
    role_wording: RoleWording
    hidden_roles: frozenset[RoleKind]  # members in these roles never print, even if shared
    member_contacts: bool
    referrals: bool
    referral_notes: bool
    unknown_domain_referrals: bool  # referrals whose domain names no needs domain
    duties: bool
    meetings: bool
    timeline: bool  # the youth's dated history (core.records.timeline) as its own printout
    safety_plan: bool  # the youth's safety plan, part by part (SAFETY_PLAN_PARTS)
    safety_plan_hidden: frozenset[Sensitivity]  # plan parts with any of these never print
    engagement: bool  # stages of change and engagement attempts
    notes: Shown
    signers: tuple[str, ...]
    notice: str  # printed on every page; empty for none
    kept_elsewhere_line: bool  # "some information is kept in the case file…"
    # Whether an interpreter was used, and the language (records/interpreter.py): how the
    # agency met its language-access duty, for its own file and the team planning services.
    interpreter: bool
