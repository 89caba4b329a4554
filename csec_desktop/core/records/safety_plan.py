"""The youth's CSEC safety plan: structured, versioned, signed by the worker.

The parts follow the CDSS holistic-needs guidance (crisis response and safety first) and common
CSEC practice: who and what to watch for (the exploiter's names, aliases, phones, vehicles and
online handles), safe adults and a code word, phone and online safety, what to do if contacted,
how the placement and the school supervise, how running away is prevented and how a return is
met, and what helps the youth recover. Which part reaches which printed copy is decided in
``reports/audience.py`` (``SAFETY_PLAN_PARTS``): exploiter details and the code word are tagged
``safety`` and print on the case file only.

A plan is *versioned*: changing a signed plan makes the next ``plan_version``, unsigned until
the worker signs it again (``revised``). The record's own version (sync) counts every save.
"""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field, field_validator

from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.case_text import CaseText

IdentifierKind = Literal["name", "alias", "phone", "vehicle", "handle"]
IDENTIFIER_KINDS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("SafetyPlan", "Name"),
    "alias": QT_TRANSLATE_NOOP("SafetyPlan", "Alias"),
    "phone": QT_TRANSLATE_NOOP("SafetyPlan", "Phone number"),
    "vehicle": QT_TRANSLATE_NOOP("SafetyPlan", "Vehicle"),
    "handle": QT_TRANSLATE_NOOP("SafetyPlan", "Social-media handle"),
}
TEXT_PARTS = (  # the free-text parts, in the order the plan reads
    "phone_online_safety", "if_contacted", "supervision_plan", "runaway_prevention",
    "return_plan", "recovery_items",
)  # fmt: skip


class ExploiterIdentifier(CaseText):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: IdentifierKind
    value: str = Field(min_length=1, max_length=200)

    @property
    def words(self) -> str:
        """In English (the printed safety plan's words)."""
        return f"{IDENTIFIER_KINDS[self.kind]}: {self.value}"

    @property
    def shown(self) -> str:
        """In the worker's language, for screens."""
        return f"{translate('SafetyPlan', IDENTIFIER_KINDS[self.kind])}: {self.value}"


class SafetyPlan(CaseText):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["safety_plan"] = "safety_plan"
    plan_version: int = Field(1, ge=1)
    exploiter_identifiers: tuple[ExploiterIdentifier, ...] = ()
    safe_adults: tuple[str, ...] = ()
    code_word: str = Field("", max_length=100)
    phone_online_safety: str = Field("", max_length=4000)
    if_contacted: str = Field("", max_length=4000)
    supervision_plan: str = Field("", max_length=4000)  # placement and school
    runaway_prevention: str = Field("", max_length=4000)
    return_plan: str = Field("", max_length=4000)
    recovery_items: str = Field("", max_length=4000)
    youth_participated: bool = False
    youth_participation: str = Field("", max_length=2000)  # how, in the youth's words
    signed_by: str = Field("", max_length=200)  # the worker's display name
    signed_at: str = Field("", max_length=40)  # ISO UTC

    @field_validator("safe_adults")
    @classmethod
    def _adults(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        cleaned = tuple(v.strip() for v in values if v.strip())
        if any(len(v) > 200 for v in cleaned):
            raise ValueError("each safe adult can be at most 200 characters")
        return cleaned

    @property
    def signed(self) -> bool:
        return bool(self.signed_at)

    def content(self) -> dict[str, object]:
        """What the plan says, without its version and signature (to tell a real change)."""
        return self.model_dump(exclude={"plan_version", "signed_by", "signed_at"})

    def is_empty(self) -> bool:
        return not (
            self.exploiter_identifiers
            or self.safe_adults
            or self.code_word
            or any(getattr(self, part).strip() for part in TEXT_PARTS)
        )


def revised(old: SafetyPlan, new: SafetyPlan) -> SafetyPlan:
    """``new`` as saved over ``old``: a change to a signed plan is the next plan version,
    unsigned; a change to an unsigned plan keeps its version; no change keeps everything."""
    if new.content() == old.content():
        return old
    if old.signed:
        return new.model_copy(
            update={"plan_version": old.plan_version + 1, "signed_by": "", "signed_at": ""}
        )
    return new.model_copy(
        update={"plan_version": old.plan_version, "signed_by": "", "signed_at": ""}
    )


def signed(plan: SafetyPlan, by: str, at: str) -> SafetyPlan:
    """The plan signed by the worker ``by`` at ``at`` (ISO UTC).

    Raises ``CsecError`` when it is already signed or says nothing yet."""
    if plan.signed:
        raise CsecError("This version of the safety plan is already signed.")
    if plan.is_empty():
        raise CsecError("The safety plan is empty: write at least one part before signing.")
    return plan.model_copy(update={"signed_by": by, "signed_at": at})
