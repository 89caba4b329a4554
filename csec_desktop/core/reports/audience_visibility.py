"""What one line of a copy may show: answers, referrals, team members and notes, each read
against the audience table (``audience.RULES``) and nothing else.

Role words (``ROLE_WORDS``) name law-enforcement and advocate roles in a member's role, agency
or name; the table says which audiences never see them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from csec_desktop.core.instruments.kinds import KINDS
from csec_desktop.core.instruments.model import Item, Sensitivity
from csec_desktop.core.records.referral_domains import domain_id
from csec_desktop.core.reports.audience import (
    DOMAIN_TAGS,
    LATER_TAGS,
    OPT_IN_ITEMS,
    RULES,
    Audience,
)
from csec_desktop.core.reports.audience_fields import RoleKind, Shown

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
