"""Possible duplicate youth: flagged for a person to decide, never merged automatically.

A new profile is compared with each youth on the laptop who shares its birth date (or has none
recorded): the same first and last name, the two swapped, or a name matching an alias — each
allowing small spelling differences — makes a possible duplicate, with the reason in words.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from csec_desktop.core.records.caseload_index import CaseloadEntry, fold
from csec_desktop.core.records.youth import YouthProfile

# Two names are "the same" from this score up (rapidfuzz's ratio, 0-100). One wrong letter
# scores 80 in a five-letter name and 83 in a six-letter one ("Nguyan" for "Nguyen"), so 80
# still catches the commonest typing slip; the birth date must match too (or be missing), and a
# flag is only a question for a person. Twins whose names differ by a letter are flagged as
# well, which the worker answers by adding the second youth anyway.
SAME = 80.0


@dataclass(frozen=True)
class PossibleDuplicate:
    entry: CaseloadEntry
    reason: str


def _pairs(names: list[str], last_name: str = "") -> list[tuple[str, str]]:
    """(first, last) token pairs; a one-word alias is read as a first name with the last name."""
    pairs = []
    surname = fold(last_name)
    for name in names:
        tokens = fold(name)
        if len(tokens) >= 2:
            pairs.append((tokens[0], tokens[-1]))
        elif len(tokens) == 1 and surname:
            pairs.append((tokens[0], surname[-1]))
    return pairs


def _close(a: str, b: str) -> bool:
    return fuzz.ratio(a, b) >= SAME


def _compare(new: YouthProfile, known: YouthProfile) -> str | None:
    new_main = _pairs(
        [f"{new.legal_first_name} {new.legal_last_name}"]
        + ([f"{new.chosen_name} {new.legal_last_name}"] if new.chosen_name else [])
    )
    new_alias = _pairs(list(new.aliases), new.legal_last_name)
    old_main = _pairs(
        [f"{known.legal_first_name} {known.legal_last_name}"]
        + ([f"{known.chosen_name} {known.legal_last_name}"] if known.chosen_name else [])
    )
    old_alias = _pairs(list(known.aliases), known.legal_last_name)
    for mine, theirs, via_alias in (
        (new_main, old_main, False),
        (new_main, old_alias, True),
        (new_alias, old_main, True),
    ):
        for first, last in mine:
            for other_first, other_last in theirs:
                if _close(first, other_first) and _close(last, other_last):
                    return "name matches an alias" if via_alias else "same name"
                if _close(first, other_last) and _close(last, other_first):
                    return "first and last names swapped"
    return None


def find_possible_duplicates(
    new: YouthProfile, known: list[tuple[CaseloadEntry, YouthProfile]]
) -> list[PossibleDuplicate]:
    found = []
    for entry, profile in known:
        if new.birth_date and profile.birth_date and new.birth_date != profile.birth_date:
            continue
        reason = _compare(new, profile)
        if reason is None:
            continue
        if new.birth_date and profile.birth_date:
            reason += ", same birth date"
        else:
            reason += ", birth date not recorded on one of them"
        found.append(PossibleDuplicate(entry, reason))
    return found
