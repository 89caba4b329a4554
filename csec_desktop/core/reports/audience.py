"""Who a printed summary is for, and what each audience may see.

One small table decides it, so the rules can be read, reviewed and tested on their own:

- **case file** — everything (WIC 827: the child-protective agency's own record).
- **MDT** — what the team needs to plan services (WIC 18961.7): no 42 CFR Part 2 substance-use
  treatment answers (Part 2 needs the youth's written consent to redisclose), no private case
  notes (only notes the worker marked shareable). Minor-consent health answers stay, because the
  team's health and advocacy members act on them; the copy carries the confidentiality notice.
- **caregiver** — never an answer tagged ``minor_consent`` or ``part2`` (Fam. Code 6924-6929,
  42 CFR Part 2), nor ``health``, ``safety`` or ``justice``, nor any free text (the youth's own
  words, worker notes, other-referral text); a case note only when marked shareable. Named by
  legal name: the youth decides whom to tell a chosen name or pronouns.
- **youth** — plain words, no indicator ratings, nothing tagged at all: a paper the youth carries
  can be found by the person who exploited them.
"""

from __future__ import annotations

from enum import StrEnum

from csec_desktop.core.errors import UsageError
from csec_desktop.core.instruments.model import Item, ItemKind, Sensitivity


class Audience(StrEnum):
    CASE = "case"
    MDT = "mdt"
    CAREGIVER = "caregiver"
    YOUTH = "youth"

    @property
    def label(self) -> str:
        return AUDIENCE_LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Audience:
        try:
            return cls(text)
        except ValueError:
            names = ", ".join(a.value for a in cls)
            raise UsageError(f"unknown audience '{text}' (choose one of {names})") from None


AUDIENCE_LABELS: dict[Audience, str] = {
    Audience.CASE: "Case file",
    Audience.MDT: "Multidisciplinary team (MDT)",
    Audience.CAREGIVER: "Caregiver",
    Audience.YOUTH: "Youth",
}

_ALL_TAGS = frozenset(Sensitivity)
_TEXT_KINDS = frozenset({ItemKind.SHORT_TEXT, ItemKind.LONG_TEXT})


# audience -> (sensitivity tags it may not see, whether free-text answers may be shown)
RULES: dict[Audience, tuple[frozenset[Sensitivity], bool]] = {
    Audience.CASE: (frozenset(), True),
    Audience.MDT: (frozenset({Sensitivity.PART2}), True),
    Audience.CAREGIVER: (_ALL_TAGS, False),
    Audience.YOUTH: (_ALL_TAGS, True),
}

# Referrals are youth-level records naming a needs domain; a referral to a substance-use
# program is itself Part 2 information. These mirror the tags of the shipped holistic needs
# instrument's domain sections (a test keeps them in step).
DOMAIN_TAGS: dict[str, frozenset[Sensitivity]] = {
    "physical_health": frozenset({Sensitivity.HEALTH}),
    "mental_health": frozenset({Sensitivity.HEALTH, Sensitivity.MINOR_CONSENT}),
    "sexual_health": frozenset({Sensitivity.HEALTH, Sensitivity.MINOR_CONSENT}),
    "substance_use": frozenset({Sensitivity.HEALTH, Sensitivity.PART2, Sensitivity.MINOR_CONSENT}),
    "identity": frozenset({Sensitivity.SOGIE}),
}


def tags_visible(tags: frozenset[Sensitivity] | set[Sensitivity], audience: Audience) -> bool:
    hidden, _ = RULES[audience]
    return not (frozenset(tags) & hidden)


def visible(item: Item, audience: Audience) -> bool:
    """Whether ``audience`` may see the answer to ``item`` on a printed summary."""
    hidden, free_text = RULES[audience]
    if set(item.sensitivity) & hidden:
        return False
    return free_text or item.kind not in _TEXT_KINDS


def referral_visible(domain: str, audience: Audience) -> bool:
    return tags_visible(DOMAIN_TAGS.get(domain, frozenset()), audience)


def note_visible(shareable: bool, audience: Audience) -> bool:
    """Case notes: all on the case file; elsewhere only those marked shareable (never the
    youth's copy, which holds only what is written for the youth)."""
    if audience is Audience.CASE:
        return True
    return shareable and audience is not Audience.YOUTH


def shows_legal_name(audience: Audience) -> bool:
    return audience in (Audience.CASE, Audience.MDT, Audience.CAREGIVER)


def shows_chosen_name(audience: Audience) -> bool:
    return audience is not Audience.CAREGIVER


def shows_duties(audience: Audience) -> bool:
    """Reporting duties (hotline, law enforcement) are for professionals: a caregiver may be the
    person a report is about; the youth copy says in plain words that reports may be made."""
    return audience in (Audience.CASE, Audience.MDT)


def shows_confidentiality_notice(audience: Audience) -> bool:
    return audience is not Audience.YOUTH
