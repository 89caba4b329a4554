"""One youth as the caseload index knows them: the names to search by and the list's columns.

An entry is built from a validated profile (``of``: a save, the county's duplicate check) or
from a profile as the vault stored it (``of_stored``: the whole caseload at sign-in, without
validating 20,000 profiles that were validated and cleaned when written). Both go through one
builder, so the two cannot compute different words; a test compares them over the demo data.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, NotRequired

from pydantic import TypeAdapter
from typing_extensions import TypedDict

from csec_desktop.core.names.words import index_words
from csec_desktop.core.records.youth import (
    Agency,
    YouthProfile,
    display_name_of,
    legal_name_of,
)


@dataclass(frozen=True, slots=True)
class CaseloadEntry:
    youth_id: str
    display_name: str
    legal_name: str
    pronouns: str
    birth_date: date | None
    agency: str
    case_numbers: tuple[str, ...]
    in_care: bool
    # The word sets are sorted tuples, not frozensets: a youth has a handful of words, and a
    # tuple of them takes a third of a frozenset's memory (20,000 entries stay in memory).
    name_tokens: tuple[str, ...] = ()
    # Whole names as one word, both orders ("wangxiaoming", "xiaomingwang").
    whole_names: tuple[str, ...] = ()
    # Words known only from the middle name or an alias: a match there ranks a little lower
    # than the same match on the first, chosen or last name.
    minor_tokens: tuple[str, ...] = ()

    @classmethod
    def of(cls, youth_id: str, profile: YouthProfile) -> CaseloadEntry:
        p = profile
        return _built(
            youth_id, p.legal_first_name, p.legal_middle_name, p.legal_last_name, p.chosen_name,
            p.aliases, p.pronouns, p.birth_date, p.agency.value, p.case_numbers, p.in_care,
        )  # fmt: skip

    @classmethod
    def of_stored(cls, youth_id: str, data: str) -> CaseloadEntry:
        """From a profile's stored JSON: only the fields the index needs, their types checked
        by a compiled validator (``StoredNames``) rather than the whole model's."""
        # The model's defaults first, for a row written before a field existed.
        p = _STORED_DEFAULTS | _VALIDATE_STORED(data)
        return _built(
            youth_id, p["legal_first_name"], p["legal_middle_name"], p["legal_last_name"],
            p["chosen_name"], p["aliases"], p["pronouns"], p["birth_date"],
            AGENCY_VALUES[p["agency"]], p["case_numbers"], p["in_care"],
        )  # fmt: skip


class StoredNames(TypedDict):
    """What the index reads of a stored profile, with the model's types (other keys ignored;
    a row written before a field existed gets the model's default)."""

    legal_first_name: str
    legal_middle_name: NotRequired[str]
    legal_last_name: str
    chosen_name: NotRequired[str]
    pronouns: NotRequired[str]
    aliases: NotRequired[tuple[str, ...]]
    birth_date: NotRequired[date | None]
    agency: Agency
    case_numbers: NotRequired[tuple[str, ...]]
    in_care: NotRequired[bool]


_STORED = TypeAdapter(StoredNames)
_VALIDATE_STORED = _STORED.validator.validate_json  # the compiled validator itself
_STORED_DEFAULTS: dict[str, Any] = {
    name: info.default
    for name, info in YouthProfile.model_fields.items()
    if name in StoredNames.__annotations__ and not info.is_required()
}
AGENCY_VALUES = {agency: agency.value for agency in Agency}  # an agency's stored text


def _built(
    youth_id: str,
    first: str,
    middle: str,
    last: str,
    chosen: str,
    aliases: Sequence[str],
    pronouns: str,
    birth_date: date | None,
    agency: str,
    case_numbers: tuple[str, ...],
    in_care: bool,
) -> CaseloadEntry:
    # The words of the name forms (``names.forms``), from parts remembered per distinct name:
    # the legal form adds its middle name's words but not first and middle written together.
    words, wholes, minor = index_words(first, middle, last, chosen, aliases)
    return CaseloadEntry(
        youth_id,
        display_name_of(chosen, first, last),
        legal_name_of(first, middle, last),
        sys.intern(pronouns),  # a few spellings shared by thousands of youth
        birth_date,
        agency,
        case_numbers,
        bool(in_care),
        words,
        wholes,
        minor,
    )
