"""Releases of information and court orders: who may receive which information, for how long.

Kinds: the youth's own release, a parent's or guardian's (where relevant), a 42 CFR Part 2
consent (its required elements, 42 CFR 2.31, are checked: who discloses, to whom, what, why,
until when, the right to revoke, signed and dated), and a juvenile-court order under WIC 827.
Each has a scope (agencies; categories of information), a start, an optional expiry and a
revocation. ``current`` answers whether it applies on a day; the MDT copy checks what it would
share against the current ones (``reports/authorization_check.py``).
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import ConfigDict, Field, field_validator, model_validator

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.case_text import CaseText

AuthType = Literal["youth_release", "parent_release", "part2_consent", "court_order_827"]
InfoCategory = Literal["general", "health", "minor_consent", "part2", "safety", "justice", "sogie"]
AUTH_TYPES: dict[str, str] = {
    "youth_release": QT_TRANSLATE_NOOP("Authorization", "Youth's release of information"),
    "parent_release": QT_TRANSLATE_NOOP("Authorization", "Parent or guardian's release"),
    "part2_consent": QT_TRANSLATE_NOOP(
        "Authorization", "42 CFR Part 2 consent (substance-use program records)"
    ),
    "court_order_827": QT_TRANSLATE_NOOP("Authorization", "Juvenile court order (WIC 827)"),
}
INFO_CATEGORIES: dict[str, str] = {  # the categories match the print tags (Sensitivity)
    "general": QT_TRANSLATE_NOOP("Authorization", "Screening results and the case plan"),
    "health": QT_TRANSLATE_NOOP("Authorization", "Health information"),
    "minor_consent": QT_TRANSLATE_NOOP(
        "Authorization", "Minor-consent services (Fam. Code 6924-6929)"
    ),
    "part2": QT_TRANSLATE_NOOP("Authorization", "Substance-use program records (42 CFR Part 2)"),
    "safety": QT_TRANSLATE_NOOP("Authorization", "Safety information"),
    "justice": QT_TRANSLATE_NOOP("Authorization", "Juvenile-justice information (WIC 827)"),
    "sogie": QT_TRANSLATE_NOOP("Authorization", "Sexual orientation and gender identity"),
}


class Authorization(CaseText):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["authorization"] = "authorization"
    auth_type: AuthType
    agencies: tuple[str, ...] = Field(min_length=1)  # who may receive it
    information: tuple[InfoCategory, ...] = Field(min_length=1)
    starts_on: date
    expires_on: date | None = None
    revoked_on: date | None = None
    signed_by: str = Field("", max_length=200)  # who gave it (youth, parent, judge)
    signed_on: date | None = None
    discloser: str = Field("", max_length=200)  # Part 2: the program permitted to disclose
    purpose: str = Field("", max_length=500)  # Part 2: why
    expiry_event: str = Field("", max_length=200)  # Part 2: an event instead of a date
    revocation_explained: bool = False  # Part 2: told of the right to revoke
    order_number: str = Field("", max_length=100)  # WIC 827 court order
    note: str = Field("", max_length=2000)

    @field_validator("agencies")
    @classmethod
    def _agencies(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        cleaned = tuple(v.strip() for v in values if v.strip())
        if not cleaned:
            raise ValueError("name at least one agency it covers")
        return cleaned

    @model_validator(mode="after")
    def _required_elements(self) -> Authorization:
        if self.expires_on is not None and self.expires_on < self.starts_on:
            raise ValueError("it cannot expire before it starts")
        if self.auth_type == "part2_consent":
            missing = [
                words
                for ok, words in (
                    (self.discloser, "the program permitted to disclose"),
                    (self.purpose, "the purpose"),
                    (self.expires_on or self.expiry_event, "an expiry date or event"),
                    (self.signed_by and self.signed_on, "who signed it and when"),
                    (self.revocation_explained, "that the right to revoke was explained"),
                )
                if not ok
            ]
            if missing:
                raise ValueError("a 42 CFR Part 2 consent needs " + ", ".join(missing))
        if self.auth_type == "court_order_827" and not self.order_number.strip():
            raise ValueError("a court order needs its order or case number")
        return self

    def current(self, on: date) -> bool:
        """Whether it applies on ``on``: started, not expired, not revoked."""
        if on < self.starts_on or (self.expires_on is not None and on > self.expires_on):
            return False
        return self.revoked_on is None or on < self.revoked_on

    @property
    def type_words(self) -> str:
        """In the worker's language (screens only; no printed copy names it)."""
        return translate("Authorization", AUTH_TYPES[self.auth_type])
