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

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.localtime import years_on
from csec_desktop.core.nfc import nfc


class Agency(StrEnum):
    CHILD_WELFARE = "child_welfare"
    PROBATION = "probation"

    @property
    def label(self) -> str:
        """The agency in English: what the printed copies say (they pick their own language)."""
        return "Child welfare" if self is Agency.CHILD_WELFARE else "Probation"

    @property
    def words(self) -> str:
        """The agency in the worker's language, for screens."""
        return (
            translate("Agency", QT_TRANSLATE_NOOP("Agency", "Child welfare"))
            if (self is Agency.CHILD_WELFARE)
            else translate("Agency", QT_TRANSLATE_NOOP("Agency", "Probation"))
        )


IcwaStatus = Literal["not_yet_asked", "reason_to_know", "indian_child", "not_indian_child"]

ICWA_LABELS: dict[str, str] = {
    "not_yet_asked": QT_TRANSLATE_NOOP("Youth", "Not yet asked"),
    "reason_to_know": QT_TRANSLATE_NOOP("Youth", "Reason to know (inquiry open)"),
    "indian_child": QT_TRANSLATE_NOOP("Youth", "Indian child (ICWA applies)"),
    "not_indian_child": QT_TRANSLATE_NOOP("Youth", "Not an Indian child"),
}


class LegalStatus(StrEnum):
    """The youth's legal status with the county (what the duties and the counts depend on)."""

    DEPENDENT = "dependent_300"  # WIC 300 dependent of the juvenile court
    WARD = "ward_602"  # WIC 602 ward (probation)
    DUAL_STATUS = "dual_status_241_1"  # WIC 241.1 dual-status youth
    NON_MINOR_DEPENDENT = "non_minor_dependent"  # extended foster care, 18 to 21 (WIC 11400(v))
    VOLUNTARY = "voluntary"  # voluntary placement or informal supervision
    NOT_IN_CARE = "not_in_care"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        """In English: what the printed copies and the timeline say."""
        return LEGAL_STATUS_LABELS[self]

    @property
    def words(self) -> str:
        """In the worker's language, for screens."""
        return translate("LegalStatus", LEGAL_STATUS_LABELS[self])

    @property
    def in_foster_care(self) -> bool:
        """Placed by the county: a missing episode must reach law enforcement and NCMEC."""
        return self not in (LegalStatus.NOT_IN_CARE, LegalStatus.UNKNOWN)


LEGAL_STATUS_LABELS = {
    LegalStatus.DEPENDENT: QT_TRANSLATE_NOOP("LegalStatus", "Dependent (WIC 300)"),
    LegalStatus.WARD: QT_TRANSLATE_NOOP("LegalStatus", "Ward (WIC 602)"),
    LegalStatus.DUAL_STATUS: QT_TRANSLATE_NOOP("LegalStatus", "Dual status (WIC 241.1)"),
    LegalStatus.NON_MINOR_DEPENDENT: QT_TRANSLATE_NOOP(
        "LegalStatus", "Non-minor dependent (18 to 21)"
    ),
    LegalStatus.VOLUNTARY: QT_TRANSLATE_NOOP("LegalStatus", "Voluntary or informal"),
    LegalStatus.NOT_IN_CARE: QT_TRANSLATE_NOOP("LegalStatus", "Not in care"),
    LegalStatus.UNKNOWN: QT_TRANSLATE_NOOP("LegalStatus", "Not recorded"),
}


class PlacementType(StrEnum):
    RESOURCE_FAMILY = "resource_family"
    RELATIVE = "relative"
    STRTP = "strtp"  # short-term residential therapeutic program
    GROUP_HOME = "group_home"
    THP = "transitional_housing"  # THP-M / THP+FC
    JUVENILE_HALL = "juvenile_hall_camp"
    HOME_OF_PARENT = "home_of_parent"
    NONE = "none"

    @property
    def label(self) -> str:
        """In English: what the printed copies and the timeline say."""
        return PLACEMENT_LABELS[self]

    @property
    def words(self) -> str:
        """In the worker's language, for screens."""
        return translate("PlacementType", PLACEMENT_LABELS[self])

    @property
    def licensed(self) -> bool:
        """A licensed community care facility or home: abuse alleged there goes to the
        licensing office too (PC 11166.1(a))."""
        return self in (
            PlacementType.RESOURCE_FAMILY,
            PlacementType.STRTP,
            PlacementType.GROUP_HOME,
            PlacementType.THP,
        )


PLACEMENT_LABELS = {
    PlacementType.RESOURCE_FAMILY: QT_TRANSLATE_NOOP("PlacementType", "Resource family home"),
    PlacementType.RELATIVE: QT_TRANSLATE_NOOP(
        "PlacementType", "Relative or non-relative extended family member"
    ),
    PlacementType.STRTP: QT_TRANSLATE_NOOP(
        "PlacementType", "STRTP (short-term residential therapeutic program)"
    ),
    PlacementType.GROUP_HOME: QT_TRANSLATE_NOOP("PlacementType", "Group home"),
    PlacementType.THP: QT_TRANSLATE_NOOP("PlacementType", "Transitional housing (THP)"),
    PlacementType.JUVENILE_HALL: QT_TRANSLATE_NOOP("PlacementType", "Juvenile hall or camp"),
    PlacementType.HOME_OF_PARENT: QT_TRANSLATE_NOOP("PlacementType", "Home of parent"),
    PlacementType.NONE: QT_TRANSLATE_NOOP("PlacementType", "No placement"),
}


# Structured demographics for the county's breakdowns (disproportionality; WIC 16501.45 counts
# by group), recorded as the youth gives them; "declined" and "unknown" are answers of their
# own. The free-text gender identity above stays the youth's own words, shown on screen.
GENDER_CATEGORIES: dict[str, str] = {
    "female": QT_TRANSLATE_NOOP("Youth", "Female"),
    "male": QT_TRANSLATE_NOOP("Youth", "Male"),
    "transgender": QT_TRANSLATE_NOOP("Youth", "Transgender"),
    "nonbinary": QT_TRANSLATE_NOOP("Youth", "Nonbinary"),
    "another": QT_TRANSLATE_NOOP("Youth", "Another gender identity"),
    "declined": QT_TRANSLATE_NOOP("Youth", "Declined to say"),
    "unknown": QT_TRANSLATE_NOOP("Youth", "Not known"),
}
RACE_ETHNICITY: dict[str, str] = {
    "hispanic_latino": QT_TRANSLATE_NOOP("Youth", "Hispanic or Latino"),
    "american_indian_alaska_native": QT_TRANSLATE_NOOP("Youth", "American Indian or Alaska Native"),
    "asian": QT_TRANSLATE_NOOP("Youth", "Asian"),
    "black_african_american": QT_TRANSLATE_NOOP("Youth", "Black or African American"),
    "middle_eastern_north_african": QT_TRANSLATE_NOOP("Youth", "Middle Eastern or North African"),
    "native_hawaiian_pacific_islander": QT_TRANSLATE_NOOP(
        "Youth", "Native Hawaiian or Pacific Islander"
    ),
    "white": QT_TRANSLATE_NOOP("Youth", "White"),
    "another": QT_TRANSLATE_NOOP("Youth", "Another race or ethnicity"),
    "declined": QT_TRANSLATE_NOOP("Youth", "Declined to say"),
    "unknown": QT_TRANSLATE_NOOP("Youth", "Not known"),
}
ONLY_ALONE = ("declined", "unknown")


def icwa_words(key: str) -> str:
    """An ICWA inquiry status in the worker's language (the key itself when unknown)."""
    return translate("Youth", ICWA_LABELS[key]) if key in ICWA_LABELS else key


def gender_words(key: str) -> str:
    """A gender category in the worker's language (county reports print the English table)."""
    return translate("Youth", GENDER_CATEGORIES[key]) if key in GENDER_CATEGORIES else key


def race_words(key: str) -> str:
    """A race or ethnicity in the worker's language (county reports print the English table)."""
    return translate("Youth", RACE_ETHNICITY[key]) if key in RACE_ETHNICITY else key


GenderCategory = Literal[
    "female", "male", "transgender", "nonbinary", "another", "declined", "unknown"
]


# Validation context for a profile read back from the vault: this model wrote it, already
# cleaned, so the per-field cleaning (a Python call for each of ~10 fields, a third of loading
# a 20,000-youth caseload) is skipped; types, lengths and choices are still checked.
STORED: dict[str, bool] = {"stored": True}


def _stored(info: ValidationInfo) -> bool:
    return info.context is STORED


def _clean(text: str) -> str:
    """One spelling (NFC) and single spaces: names compare, search and print alike."""
    return " ".join(nfc(text).split())


def legal_name_of(first: str, middle: str, last: str) -> str:
    return " ".join(part for part in (first, middle, last) if part)


def display_name_of(chosen: str, first: str, last: str) -> str:
    return f"{chosen or first} {last}"


class YouthProfile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    legal_first_name: str = Field(min_length=1, max_length=100)
    legal_middle_name: str = Field("", max_length=100)
    legal_last_name: str = Field(min_length=1, max_length=100)
    chosen_name: str = Field("", max_length=100)
    pronouns: str = Field("", max_length=40)
    # The youth decides whom to tell: the caregiver's sheet names them by their legal name
    # unless the youth agreed the caregiver may know the chosen name and pronouns.
    caregiver_may_know_name: bool = False
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
    legal_status: LegalStatus = LegalStatus.UNKNOWN
    placement_type: PlacementType = PlacementType.NONE
    gender_category: GenderCategory = "unknown"
    race_ethnicity: tuple[str, ...] = ()  # several may apply; empty: not recorded

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
    def _normalise_space(cls, value: str, info: ValidationInfo) -> str:
        return value if _stored(info) else _clean(value)

    @field_validator("aliases", "case_numbers")
    @classmethod
    def _clean_list(cls, values: tuple[str, ...], info: ValidationInfo) -> tuple[str, ...]:
        if _stored(info):
            return values
        cleaned = [text for text in map(_clean, values) if text]  # each cleaned once
        if any(len(v) > 100 for v in cleaned):
            raise ValueError("each entry must be 100 characters or fewer")
        return tuple(dict.fromkeys(cleaned))

    @field_validator("race_ethnicity")
    @classmethod
    def _races(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        unknown = [v for v in values if v not in RACE_ETHNICITY]
        if unknown:
            raise ValueError(f"unknown race or ethnicity '{unknown[0]}'")
        chosen = tuple(v for v in RACE_ETHNICITY if v in values)  # one order, no repeats
        if len(chosen) > 1 and any(v in ONLY_ALONE for v in chosen):
            raise ValueError("'declined' or 'not known' cannot be chosen with another answer")
        return chosen

    @property
    def legal_name(self) -> str:
        return legal_name_of(self.legal_first_name, self.legal_middle_name, self.legal_last_name)

    @property
    def display_name(self) -> str:
        """How the youth is named on screen: chosen first name with the legal last name."""
        return display_name_of(self.chosen_name, self.legal_first_name, self.legal_last_name)

    @property
    def name_with_pronouns(self) -> str:
        return f"{self.display_name} ({self.pronouns})" if self.pronouns else self.display_name

    @property
    def in_foster_care(self) -> bool:
        """In care by the profile's flag or by its legal status."""
        return self.in_care or self.legal_status.in_foster_care

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
