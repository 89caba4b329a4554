"""Who a printed summary is for, and what each audience may see: one table, one record per
audience, every decision a field (see docs/printing.md for the sources of each rule).

``RULES`` holds a frozen ``AudienceRules`` per ``Audience``; the record has no defaults, so an
audience added without deciding every field fails at import, and so does an audience without a
record. Every print path (case file, MDT, caregiver, youth; one summary or a day's batch; GUI
preview or ``csec print``) reads these records and nothing else decides what a copy shows.

In short:

- **case file** — everything (WIC 827: the child-protective agency's own record), all notes,
  and the youth's dated history (the timeline), which prints on no other copy.
- **MDT** — what the team needs to plan services (WIC 18961.7, 830): no 42 CFR Part 2
  information (received from a substance-use program; it needs the youth's written consent to
  redisclose), notes and team members only where the worker shared them with the MDT.
- **caregiver** — a handover sheet, never the screening: no band, ratings, points, tagged or
  free-text answers (only the items written for the caregiver), no duties, no law-enforcement
  or advocate roles; the chosen name and pronouns only if the youth agreed. A caregiver or a
  relative may be the person who exploited the youth.
- **safety plan** — the case file carries it whole; the MDT's and caregiver's copies carry it
  without who and what to watch for and the code word (``SAFETY_PLAN_PARTS``); the youth's
  paper does not carry it (the worker goes over it with the youth).
- **youth** — plain words: nothing tagged (identity only if the youth asked for it), people
  only if the youth chose them, described in the worker's neutral words. A paper a youth
  carries can be found by the person who exploited them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from csec_desktop.core.errors import UsageError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP
from csec_desktop.core.instruments.kinds import KINDS
from csec_desktop.core.instruments.model import Item, Sensitivity
from csec_desktop.core.records.referral_domains import domain_id
from csec_desktop.core.records.safety_plan import TEXT_PARTS


class Audience(StrEnum):
    CASE = "case"
    MDT = "mdt"
    CAREGIVER = "caregiver"
    YOUTH = "youth"

    @property
    def label(self) -> str:
        return RULES[self].label

    @property
    def rules(self) -> AudienceRules:
        return RULES[self]

    @classmethod
    def parse(cls, text: str) -> Audience:
        try:
            return cls(text)
        except ValueError:
            names = ", ".join(a.value for a in cls)
            raise UsageError(f"unknown audience '{text}' (choose one of {names})") from None


SHARING_AUDIENCES = (Audience.MDT, Audience.CAREGIVER, Audience.YOUTH)  # a worker shares with


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


_ALL_TAGS = frozenset(Sensitivity)
_CONFIDENTIAL = (
    "CONFIDENTIAL — WIC 827 and 10850: juvenile case information. Share only with those "
    "entitled to it; do not copy or leave unattended."
)

RULES: dict[Audience, AudienceRules] = {
    Audience.CASE: AudienceRules(
        label=QT_TRANSLATE_NOOP("Audience", "Case file"), layout=Layout.PROFESSIONAL,
        explains=QT_TRANSLATE_NOOP(
            "Audience",
            "Everything in the record, every case note: for the agency's own file."),
        hidden_tags=frozenset(),
        opt_in_tags=frozenset(), free_text=True, outcome=True, override_reason=True,
        legal_name=True, chosen_name=ChosenName.ALWAYS, birth_date_and_case_numbers=True,
        aliases=True, team=Shown.ALL, role_wording=RoleWording.AS_RECORDED,
        hidden_roles=frozenset(), member_contacts=True, referrals=True, referral_notes=True,
        unknown_domain_referrals=True, duties=True, meetings=True, safety_plan=True,
        safety_plan_hidden=frozenset(), engagement=True, timeline=True,
        notes=Shown.ALL,
        signers=("Worker", "Supervisor"), notice=_CONFIDENTIAL, kept_elsewhere_line=False,
        interpreter=True,
    ),
    Audience.MDT: AudienceRules(
        label=QT_TRANSLATE_NOOP("Audience", "Multidisciplinary team (MDT)"),
        layout=Layout.PROFESSIONAL,
        explains=QT_TRANSLATE_NOOP(
            "Audience",
            "For the MDT's planning: no Part 2 information; only the notes and people "
            "you shared with the MDT."),
        hidden_tags=frozenset({Sensitivity.PART2}), opt_in_tags=frozenset(), free_text=True,
        outcome=True, override_reason=True, legal_name=True, chosen_name=ChosenName.ALWAYS,
        birth_date_and_case_numbers=True, aliases=False, team=Shown.SHARED,
        role_wording=RoleWording.AS_RECORDED, hidden_roles=frozenset(), member_contacts=True,
        referrals=True, referral_notes=True, unknown_domain_referrals=False, duties=True,
        # The history lists every note and status change: the case file's alone.
        meetings=True, safety_plan=True, safety_plan_hidden=frozenset({Sensitivity.SAFETY}),
        engagement=True, timeline=False,
        notes=Shown.SHARED, signers=("Worker", "MDT facilitator"),
        notice="CONFIDENTIAL — MDT information, WIC 18961.7 and 830: for planning for this "
        "youth only; do not redisclose or copy.",
        kept_elsewhere_line=True, interpreter=True,
    ),
    Audience.CAREGIVER: AudienceRules(
        label=QT_TRANSLATE_NOOP("Audience", "Caregiver"), layout=Layout.HANDOVER,
        explains=QT_TRANSLATE_NOOP(
            "Audience",
            "A one-page handover sheet: no screening results or sensitive services; only "
            "the notes and people you shared with the caregiver."),
        hidden_tags=_ALL_TAGS,
        opt_in_tags=frozenset(), free_text=False, outcome=False, override_reason=False,
        legal_name=True, chosen_name=ChosenName.IF_YOUTH_AGREED,
        birth_date_and_case_numbers=False, aliases=False, team=Shown.SHARED,
        role_wording=RoleWording.NEUTRAL,
        hidden_roles=frozenset({RoleKind.LAW_ENFORCEMENT, RoleKind.ADVOCATE}),
        member_contacts=True, referrals=True, referral_notes=False,
        unknown_domain_referrals=False, duties=False, meetings=False, safety_plan=True,
        safety_plan_hidden=frozenset({Sensitivity.SAFETY}), engagement=False, timeline=False,
        notes=Shown.SHARED, signers=("Worker", "Caregiver"),
        notice="CONFIDENTIAL — for the youth's care only. Do not share or copy it; keep it "
        "where others cannot read it.",
        kept_elsewhere_line=False, interpreter=False,
    ),
    Audience.YOUTH: AudienceRules(
        label=QT_TRANSLATE_NOOP("Audience", "Youth"), layout=Layout.YOUTH,
        explains=QT_TRANSLATE_NOOP(
            "Audience",
            "The youth's own paper in plain words: strengths, goals, rights, lines to "
            "call; only people the youth chose."),
        hidden_tags=_ALL_TAGS,
        opt_in_tags=frozenset({Sensitivity.SOGIE}), free_text=True, outcome=False,
        override_reason=False, legal_name=False, chosen_name=ChosenName.ALWAYS,
        birth_date_and_case_numbers=False, aliases=False, team=Shown.YOUTH_CHOSEN,
        role_wording=RoleWording.NEUTRAL,
        # A paper the youth carries can be found by the exploiter: a law-enforcement contact on
        # it can put the youth in danger, even when the youth chose the person.
        hidden_roles=frozenset({RoleKind.LAW_ENFORCEMENT}), member_contacts=True,
        referrals=False, referral_notes=False, unknown_domain_referrals=False, duties=False,
        # The worker goes over the plan with the youth; a paper copy of it (return plan,
        # supervision) found by the exploiter would show how the youth is protected.
        meetings=False, safety_plan=False, safety_plan_hidden=_ALL_TAGS, engagement=False,
        timeline=False, notes=Shown.SHARED,
        signers=(), notice="", kept_elsewhere_line=False, interpreter=False,
    ),
}  # fmt: skip

_missing = set(Audience) - set(RULES)
if _missing:  # an audience nobody decided for must not print at all
    raise RuntimeError(f"audience rules missing for: {sorted(a.value for a in _missing)}")

# The answer that lets an opt-in tag onto the youth's copy (the youth asked for it).
OPT_IN_ITEMS: dict[Sensitivity, tuple[str, str]] = {
    Sensitivity.SOGIE: ("identity_on_youth_copy", "yes"),
}

# The answers written *for* the caregiver's handover sheet (the only free text it prints),
# in the order the sheet shows them, with the sheet's heading for each.
HANDOVER_ITEMS: dict[str, str] = {
    "caregiver_supervision": "Supervision and safety",
    "next_address": "What this placement can do so the youth does not need to leave",
}

# Tags added to shipped items after 1.0.0: records answered under the older definitions are
# printed as strictly as new ones (an identity answer in an old record still outs a youth).
LATER_TAGS: dict[str, frozenset[Sensitivity]] = {
    **{
        f"identity_{part}": frozenset({Sensitivity.SOGIE})
        for part in ("strengths", "need", "words", "goals", "referrals", "referral_other")
    },
    "vu_rejection": frozenset({Sensitivity.SOGIE}),
    "pronouns_name": frozenset({Sensitivity.SOGIE}),
    "reasons": frozenset({Sensitivity.SOGIE}),
    "next_needs": frozenset({Sensitivity.SOGIE}),
}

# Referrals name a needs domain; a referral carries its domain's tags. A referral to a
# substance-use program is Part 2 even though the worker's own assessment is not: whether the
# youth is connected to the program is information from the program (42 CFR 2.11, 2.32).
DOMAIN_TAGS: dict[str, frozenset[Sensitivity]] = {
    "physical_health": frozenset({Sensitivity.HEALTH}),
    "mental_health": frozenset({Sensitivity.HEALTH, Sensitivity.MINOR_CONSENT}),
    "sexual_health": frozenset({Sensitivity.HEALTH, Sensitivity.MINOR_CONSENT}),
    "substance_use": frozenset({Sensitivity.HEALTH, Sensitivity.PART2, Sensitivity.MINOR_CONSENT}),
    "identity": frozenset({Sensitivity.SOGIE}),
}

# The safety plan's parts in the order a copy prints them: field → (heading, tags). Who and
# what to watch for, and the code word, are tagged ``safety``: on the case file only (an
# exploiter's number on the caregiver's sheet tells a caregiver who may *be* the exploiter what
# the agency knows; the code word only works while the exploiter does not know it).
SAFETY_PLAN_PARTS: dict[str, tuple[str, frozenset[Sensitivity]]] = {
    "exploiter_identifiers": ("Who and what to watch for", frozenset({Sensitivity.SAFETY})),
    "code_word": ("Code word", frozenset({Sensitivity.SAFETY})),
    "safe_adults": ("Safe adults the youth can go to", frozenset()),
    "phone_online_safety": ("Phone and online safety", frozenset()),
    "if_contacted": ("If the youth is contacted", frozenset()),
    "supervision_plan": ("Supervision at the placement and at school", frozenset()),
    "runaway_prevention": ("Preventing running away", frozenset()),
    "return_plan": ("If the youth leaves: the return plan", frozenset()),
    "recovery_items": ("What helps the youth recover", frozenset()),
}


if set(SAFETY_PLAN_PARTS) != {"exploiter_identifiers", "code_word", "safe_adults", *TEXT_PARTS}:
    raise RuntimeError("every safety-plan part needs a row in SAFETY_PLAN_PARTS")  # no default


def safety_plan_parts(audience: Audience) -> tuple[str, ...]:
    """The safety-plan fields ``audience``'s copy prints, in order (none if it has no plan)."""
    rules = RULES[audience]
    if not rules.safety_plan:
        return ()
    return tuple(
        field
        for field, (_heading, tags) in SAFETY_PLAN_PARTS.items()
        if not tags & rules.safety_plan_hidden
    )


# Words in a member's role or agency that mark a law-enforcement or advocate role. Matching is
# deliberately broad: a false match only leaves a line off the caregiver's sheet.
ROLE_WORDS: dict[RoleKind, tuple[str, ...]] = {
    RoleKind.LAW_ENFORCEMENT: (
        "police", "pd", "police department", "detective", "det", "sheriff", "deputy",
        "officer", "law enforcement",
        "trafficking unit", "vice", "fbi", "hsi", "homeland", "investigator", "district attorney",
        "prosecutor", "probation", "swat", "agent", "sgt", "sergeant", "lt", "lieutenant",
        "cpl", "corporal", "trooper", "marshal", "constable", "ice", "chp", "da",
    ),
    RoleKind.ADVOCATE: (
        "advocate", "advocacy", "survivor", "mentor", "csec", "trafficking", "victim witness",
        "victim services",
    ),
}  # fmt: skip

_TEXT_KINDS = frozenset(kind for kind, row in KINDS.items() if row.free_text)


def item_tags(item: Item) -> frozenset[Sensitivity]:
    return frozenset(item.sensitivity) | LATER_TAGS.get(item.id, frozenset())


def hidden_tags(
    audience: Audience, answers: dict[str, object] | None = None
) -> frozenset[Sensitivity]:
    """The tags ``audience`` may not see, given the youth's opt-in answers (if any)."""
    rules = RULES[audience]
    hidden = set(rules.hidden_tags)
    for tag in rules.opt_in_tags:
        item_id, value = OPT_IN_ITEMS[tag]
        if answers is not None and answers.get(item_id) == value:
            hidden.discard(tag)
    return frozenset(hidden)


def tags_visible(tags: Iterable[Sensitivity], audience: Audience) -> bool:
    return not (frozenset(tags) & RULES[audience].hidden_tags)


def visible(item: Item, audience: Audience, answers: dict[str, object] | None = None) -> bool:
    """Whether ``audience`` may see the answer to ``item`` on a printed summary (``answers``:
    the record's answers, for the youth's opt-ins)."""
    if item_tags(item) & hidden_tags(audience, answers):
        return False
    return RULES[audience].free_text or item.kind not in _TEXT_KINDS


def referral_visible(domain: str, audience: Audience) -> bool:
    rules = RULES[audience]
    if not rules.referrals:
        return False
    known = domain_id(domain)
    if known is None:
        return rules.unknown_domain_referrals
    return tags_visible(DOMAIN_TAGS.get(known, frozenset()), audience)


_ROLE_PATTERNS = {
    kind: re.compile(r"(?<![a-z])(?:" + "|".join(map(re.escape, marks)) + r")(?![a-z])")
    for kind, marks in ROLE_WORDS.items()
}


def role_kinds(*texts: str) -> frozenset[RoleKind]:
    """The role kinds a member's role or agency text names (whole words, any case)."""
    words = " ".join(texts).casefold()
    return frozenset(kind for kind, pattern in _ROLE_PATTERNS.items() if pattern.search(words))


def shared(
    shown: Shown, audience: Audience, shared_with: Iterable[str], youth_chosen: bool
) -> bool:
    if shown is Shown.ALL:
        return True
    if shown is Shown.NONE or audience.value not in set(shared_with):
        return False
    return shown is Shown.SHARED or youth_chosen


def member_visible(
    audience: Audience,
    shared_with: Iterable[str],
    youth_chosen: bool,
    role: str,
    agency: str,
    name: str = "",
) -> bool:
    """Whether a team member prints on ``audience``'s copy: the role is read from the role,
    the agency *and* the name (a title such as "Det." or "Officer" typed into the name)."""
    rules = RULES[audience]
    if role_kinds(role, agency, name) & rules.hidden_roles:
        return False
    return shared(rules.team, audience, shared_with, youth_chosen)


def note_visible(audience: Audience, shared_with: Iterable[str], from_sud_program: bool) -> bool:
    """Case notes: all on the case file; elsewhere only those shared with the audience, and
    never one holding information received from a substance-use program (42 CFR Part 2)."""
    rules = RULES[audience]
    if from_sud_program and Sensitivity.PART2 in rules.hidden_tags:
        return False
    return shared(rules.notes, audience, shared_with, youth_chosen=True)
