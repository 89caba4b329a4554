"""The shape of an instrument definition file, as pydantic v2 models.

These models check the *shape* of a file (fields, kinds, identifiers). Whether the parts fit
together (references, expressions, languages, cycles) is checked by ``validate.py``, which
needs the whole definition at once.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

FORMAT_ID = "csec-instrument/1"

# Identifiers double as expression names, so they follow the expression grammar's rule and can
# never start with an underscore (no dunder names can be spelled).
Ident = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]{0,62}$")]
NonEmpty = Annotated[str, StringConstraints(min_length=1, max_length=4000)]
Expression = Annotated[str, StringConstraints(min_length=1, max_length=2000)]


class _Strict(BaseModel):
    # Unknown keys are refused: a misspelt "requried" must not silently mean "optional".
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Text(_Strict):
    """A text shown to people. English is always required; Spanish is required when the
    definition declares "es" among its ``languages`` (every shipped instrument does)."""

    en: NonEmpty
    es: NonEmpty | None = None

    def get(self, lang: str) -> str:
        """The text in ``lang``, falling back to English where a county gave English only."""
        if lang == "es" and self.es:
            return self.es
        return self.en


class ItemKind(StrEnum):
    YES_NO_UNKNOWN = "yes_no_unknown"
    CONCERN = "concern_rating"  # 0 no concern, 1 possible concern, 2 clear concern
    SINGLE = "single_choice"
    MULTIPLE = "multiple_choice"
    DATE = "date"
    NUMBER = "number"
    SHORT_TEXT = "short_text"
    LONG_TEXT = "long_text"


class Sensitivity(StrEnum):
    """Tags that decide which printed audience may see an answer (see docs/instruments.md)."""

    MINOR_CONSENT = "minor_consent"  # Fam. Code 6924-6929: never on a caregiver copy
    PART2 = "part2"  # 42 CFR Part 2 substance-use treatment records
    HEALTH = "health"  # health information: MDT need-to-know only
    SAFETY = "safety"  # could endanger the youth if an exploiter or caregiver saw it
    JUSTICE = "justice"  # juvenile-justice information (WIC 827)
    SOGIE = "sogie"  # sexual orientation, gender identity or expression: outing risk


class ItemTag(StrEnum):
    """What an answer means for the worker's next step, whatever the outcome."""

    # Answered yes: the youth may be in danger now; a red banner stays until acknowledged.
    SAFETY_NOW = "safety_now"


class InstrumentKind(StrEnum):
    SCREENING = "screening"
    DEBRIEF = "debrief"
    NEEDS_ASSESSMENT = "needs_assessment"
    OTHER = "other"


class Choice(_Strict):
    id: Ident
    label: Text
    # The choice's concern level (0 none, 1 possible, 2 clear; needs scales may go higher).
    points: int = Field(default=0, ge=0, le=10)


class Item(_Strict):
    id: Ident
    kind: ItemKind
    label: Text
    help: Text | None = None
    choices: list[Choice] | None = None
    required: bool = False
    required_message: Text | None = None
    relevant: Expression | None = None
    constraint: Expression | None = None
    constraint_message: Text | None = None
    group: Ident | None = None  # indicator group this item scores into
    weight: float = Field(default=1.0, ge=0, le=100)
    sensitivity: list[Sensitivity] = Field(default_factory=list)
    tags: list[ItemTag] = Field(default_factory=list)


class Section(_Strict):
    id: Ident
    title: Text
    help: Text | None = None
    relevant: Expression | None = None
    items: list[Item] = Field(min_length=1)


class IndicatorGroup(_Strict):
    id: Ident
    label: Text
    description: Text | None = None


class Band(_Strict):
    id: Ident
    label: Text
    description: Text | None = None


class OutcomeRule(_Strict):
    id: Ident
    band: Ident
    when: Expression
    reason: Text


class Action(_Strict):
    id: Ident
    text: Text
    bands: list[Ident] = Field(default_factory=list)  # empty: any band
    decision_points: list[Ident] = Field(default_factory=list)  # empty: any decision point
    when: Expression | None = None


Language = Literal["en", "es"]


def _english_only() -> list[Language]:
    return ["en"]


class InstrumentDefinition(_Strict):
    """One versioned instrument. ``bands`` are listed from the highest concern to the lowest:
    the outcome is the first band with a rule that fires, else ``default_band``."""

    format: Literal["csec-instrument/1"]
    id: Ident
    version: Annotated[str, StringConstraints(pattern=r"^[0-9]+(\.[0-9]+){0,2}$")]
    kind: InstrumentKind
    title: Text
    about: Text
    languages: list[Language] = Field(default_factory=_english_only, min_length=1)
    groups: list[IndicatorGroup] = Field(default_factory=list)
    sections: list[Section] = Field(min_length=1)
    bands: list[Band] = Field(min_length=1)
    default_band: Ident
    rules: list[OutcomeRule] = Field(default_factory=list)
    actions: list[Action] = Field(default_factory=list)

    def items(self) -> list[Item]:
        return [item for section in self.sections for item in section.items]


# Built-in answer scales: the same words on every instrument, in both languages.
YES_NO_UNKNOWN_CHOICES: tuple[Choice, ...] = (
    Choice(id="yes", label=Text(en="Yes", es="Sí"), points=2),
    Choice(id="no", label=Text(en="No", es="No"), points=0),
    Choice(id="unknown", label=Text(en="Unknown", es="Se desconoce"), points=0),
)
CONCERN_LEVELS: tuple[Text, ...] = (
    Text(en="No concern", es="Sin preocupación"),
    Text(en="Possible concern", es="Posible preocupación"),
    Text(en="Clear concern", es="Preocupación clara"),
)
