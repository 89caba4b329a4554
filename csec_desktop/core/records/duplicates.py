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

from csec_desktop.core.i18n import translate
from csec_desktop.core.names.forms import name_forms
from csec_desktop.core.names.match import SAME, NameMatcher
from csec_desktop.core.records.caseload_index import CaseloadEntry
from csec_desktop.core.records.youth import YouthProfile

__all__ = ["SAME", "PossibleDuplicate", "find_possible_duplicates"]


@dataclass(frozen=True)
class PossibleDuplicate:
    entry: CaseloadEntry
    reason: str  # in English, as the county's cross-device check stores it
    names: str = ""  # how the names match (one of ``core.names.match``'s reasons)
    same_birth_date: bool = False

    @property
    def words(self) -> str:
        """The reason in the worker's language, for the screen that asks them to decide."""
        if not self.names:
            return self.reason
        birth = (
            translate("PossibleDuplicate", "same birth date")
            if self.same_birth_date
            else translate("PossibleDuplicate", "birth date not recorded on one of them")
        )
        return translate("PossibleDuplicate", "{names}, {birth}").format(
            names=translate("PossibleDuplicate", self.names), birth=birth
        )


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
        names = rule.names_match(mine, name_forms(profile))
        if names is None:
            continue
        same_birth_date = bool(new.birth_date and profile.birth_date)
        if same_birth_date:
            reason = f"{names}, same birth date"
        else:
            reason = f"{names}, birth date not recorded on one of them"
        found.append(PossibleDuplicate(entry, reason, names, same_birth_date))
    return found
