"""A youth's profile: who they are, in their own terms first.

The chosen name and pronouns are shown wherever the youth is named; the legal name is kept for
matching and for the audiences that need it. Whether the youth is in care or missing right now
is part of the profile because every encounter copies it, so each record can be placed in one of
the four WIC 16501.45 counts (before care, in care, while missing, at risk).
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from csec_desktop.core.localtime import years_on
from csec_desktop.core.nfc import nfc


class Agency(StrEnum):
    CHILD_WELFARE = "child_welfare"
    PROBATION = "probation"

    @property
    def label(self) -> str:
        return "Child welfare" if self is Agency.CHILD_WELFARE else "Probation"


IcwaStatus = Literal["not_yet_asked", "reason_to_know", "indian_child", "not_indian_child"]

ICWA_LABELS: dict[str, str] = {
    "not_yet_asked": "Not yet asked",
    "reason_to_know": "Reason to know (inquiry open)",
    "indian_child": "Indian child (ICWA applies)",
    "not_indian_child": "Not an Indian child",
}


def _clean(text: str) -> str:
    """One spelling (NFC) and single spaces: names compare, search and print alike."""
    return " ".join(nfc(text).split())


class YouthProfile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    legal_first_name: str = Field(min_length=1, max_length=100)
    legal_middle_name: str = Field("", max_length=100)
    legal_last_name: str = Field(min_length=1, max_length=100)
    chosen_name: str = Field("", max_length=100)
    pronouns: str = Field("", max_length=40)
    aliases: tuple[str, ...] = ()
    birth_date: date | None = None
    gender_identity: str = Field("", max_length=80)
    preferred_language: str = Field("en", max_length=40)
    tribal_affiliation: str = Field("", max_length=120)
    icwa_status: IcwaStatus = "not_yet_asked"
    agency: Agency
    case_numbers: tuple[str, ...] = ()
    placement: str = Field("", max_length=200)
    in_care: bool = False
    missing: bool = False

    @field_validator(
        "legal_first_name",
        "legal_middle_name",
        "legal_last_name",
        "chosen_name",
        "pronouns",
        "gender_identity",
        "preferred_language",
        "tribal_affiliation",
        "placement",
    )
    @classmethod
    def _normalise_space(cls, value: str) -> str:
        return _clean(value)

    @field_validator("aliases", "case_numbers")
    @classmethod
    def _clean_list(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        cleaned = [_clean(v) for v in values if _clean(v)]
        if any(len(v) > 100 for v in cleaned):
            raise ValueError("each entry must be 100 characters or fewer")
        return tuple(dict.fromkeys(cleaned))

    @property
    def legal_name(self) -> str:
        parts = (self.legal_first_name, self.legal_middle_name, self.legal_last_name)
        return " ".join(part for part in parts if part)

    @property
    def display_name(self) -> str:
        """How the youth is named on screen: chosen first name with the legal last name."""
        first = self.chosen_name or self.legal_first_name
        return f"{first} {self.legal_last_name}"

    @property
    def name_with_pronouns(self) -> str:
        return f"{self.display_name} ({self.pronouns})" if self.pronouns else self.display_name

    def age_on(self, day: date) -> int | None:
        if self.birth_date is None:
            return None
        return years_on(self.birth_date, day)

    def name_variants(self) -> list[str]:
        """Every name this youth may be known by, for search and duplicate checks."""
        names = [self.legal_name, f"{self.legal_first_name} {self.legal_last_name}"]
        if self.chosen_name:
            names.append(f"{self.chosen_name} {self.legal_last_name}")
        names.extend(self.aliases)
        return names
