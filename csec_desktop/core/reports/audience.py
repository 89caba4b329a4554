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

The record's fields are declared in ``audience_fields.py``; the checks that read this table for
one answer, referral, member or note are in ``audience_visibility.py``.
"""

from __future__ import annotations

from enum import StrEnum

from csec_desktop.core.errors import UsageError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP
from csec_desktop.core.instruments.model import Sensitivity
from csec_desktop.core.records.safety_plan import TEXT_PARTS
from csec_desktop.core.reports.audience_fields import (
    AudienceRules,
    ChosenName,
    Layout,
    RoleKind,
    RoleWording,
    Shown,
)


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
