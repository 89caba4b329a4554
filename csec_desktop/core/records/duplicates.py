"""Possible duplicate youth: flagged for a person to decide, never merged automatically.

A new profile is compared with each youth on the laptop who shares its birth date (or has none
recorded). Names are compared by the one rule in ``core/names/match.py`` (accents and letters
such as Đ transliterated, surname particles and hyphens, either of two surnames, CJK order and
spacing, nicknames, close spellings and sounds); a match makes a possible duplicate, with the
reason in words. The county's cross-device check (``core/county/possible_duplicates.py``) calls
the same function.
"""

from __future__ import annotations

from dataclasses import dataclass

from csec_desktop.core.names.forms import name_forms
from csec_desktop.core.names.match import SAME, NameMatcher
from csec_desktop.core.records.caseload_index import CaseloadEntry
from csec_desktop.core.records.youth import YouthProfile

__all__ = ["SAME", "PossibleDuplicate", "find_possible_duplicates"]


@dataclass(frozen=True)
class PossibleDuplicate:
    entry: CaseloadEntry
    reason: str


def find_possible_duplicates(
    new: YouthProfile,
    known: list[tuple[CaseloadEntry, YouthProfile]],
    matcher: NameMatcher | None = None,
) -> list[PossibleDuplicate]:
    """Known youth who may be ``new``: same or missing birth date and matching names.

    ``matcher`` carries the nickname table (the shipped list unless a county's is given).
    """
    rule = matcher or NameMatcher()
    mine = name_forms(new)
    found = []
    for entry, profile in known:
        if new.birth_date and profile.birth_date and new.birth_date != profile.birth_date:
            continue
        reason = rule.names_match(mine, name_forms(profile))
        if reason is None:
            continue
        if new.birth_date and profile.birth_date:
            reason += ", same birth date"
        else:
            reason += ", birth date not recorded on one of them"
        found.append(PossibleDuplicate(entry, reason))
    return found
