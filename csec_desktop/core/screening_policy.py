"""The county's screening policy: decision points, minimum age and the duty clocks.

This is the ``"screening"`` section of the county policy file (resources/policy/california.json
ships the California default). Each duty carries its statute citation; a duty whose timing is
not fixed statewide is marked ``county_setting`` so the county can confirm or change it.
The lead's CountyPolicy embeds ``ScreeningPolicy``; it also loads on its own for tests and
tools via ``load_screening_policy``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic import ValidationError as PydanticError

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.instruments.model import Ident, Text
from csec_desktop.core.paths import read_resource_text

if TYPE_CHECKING:
    from csec_desktop.core.instruments.registry import InstrumentRegistry


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class DecisionPoint(_Strict):
    id: Ident
    label: Text
    instruments: list[Ident] = Field(min_length=1)  # offered here, first is the default


class DutyTrigger(_Strict):
    """When a duty applies: every condition given must hold (an empty list means any)."""

    bands: list[Ident] = Field(default_factory=list)  # screen outcomes, e.g. "identified"
    decision_points: list[Ident] = Field(default_factory=list)
    missing: bool = False  # only when the youth is missing now
    in_care: bool = False  # only when the youth is in care (placed by the county)

    @model_validator(mode="after")
    def _has_a_condition(self) -> DutyTrigger:
        if not (self.bands or self.decision_points or self.missing or self.in_care):
            raise ValueError("a trigger needs at least one condition")
        return self


class Duty(_Strict):
    id: Ident
    label: Text
    trigger: DutyTrigger
    hours: float | None = Field(default=None, ge=0, le=24 * 366)  # None: immediately
    citation: str = Field(min_length=1, max_length=300)
    county_setting: bool = False  # timing set by county protocol, not confirmed statewide
    note: Text | None = None

    def due_by(self, received_at: dt.datetime) -> dt.datetime:
        """When the duty falls due, counted from when the information was received. An
        immediate duty is due at once."""
        return received_at + dt.timedelta(hours=self.hours or 0)

    def applies(
        self, band: str | None, decision_point: str | None, missing: bool, in_care: bool
    ) -> bool:
        t = self.trigger
        return (
            (not t.bands or band in t.bands)
            and (not t.decision_points or decision_point in t.decision_points)
            and (missing or not t.missing)
            and (in_care or not t.in_care)
        )


class ScreeningPolicy(_Strict):
    min_age: int = Field(default=10, ge=0, le=21)
    decision_points: list[DecisionPoint] = Field(min_length=1)
    duties: list[Duty] = Field(default_factory=list)

    @model_validator(mode="after")
    def _references(self) -> ScreeningPolicy:
        points = [p.id for p in self.decision_points]
        for ids, what in ((points, "decision point"), ([d.id for d in self.duties], "duty")):
            dupes = sorted({i for i in ids if ids.count(i) > 1})
            if dupes:
                raise ValueError(f"{what} id '{dupes[0]}' is used twice")
        for duty in self.duties:
            for point in duty.trigger.decision_points:
                if point not in points:
                    raise ValueError(f"duty '{duty.id}' names unknown decision point '{point}'")
        return self

    def decision_point(self, point_id: str) -> DecisionPoint:
        for point in self.decision_points:
            if point.id == point_id:
                return point
        raise ValidationError(f"unknown decision point '{point_id}'")

    def instruments_for(self, point_id: str) -> list[str]:
        return list(self.decision_point(point_id).instruments)

    def screens_age(self, age: int | None) -> bool:
        """Whether a youth of this age is screened by default (unknown age: yes)."""
        return age is None or age >= self.min_age

    def duties_for(
        self,
        band: str | None = None,
        decision_point: str | None = None,
        missing: bool = False,
        in_care: bool = False,
    ) -> list[Duty]:
        """The duties a situation starts, in policy order."""
        return [d for d in self.duties if d.applies(band, decision_point, missing, in_care)]


def load_screening_policy(data: Mapping[str, Any], source: str = "screening") -> ScreeningPolicy:
    """Validate the ``"screening"`` section; errors name the place, e.g. ``duties[2].hours``."""
    try:
        return ScreeningPolicy.model_validate(data)
    except PydanticError as exc:
        err = exc.errors()[0]
        where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err["loc"])
        raise ValidationError(f"{source}{where}: {err['msg']}") from None


def default_screening_policy() -> ScreeningPolicy:
    """The shipped California default (resources/policy/california.json, key "screening")."""
    data = json.loads(read_resource_text("policy", "california.json"))
    return load_screening_policy(data["screening"], "california.json:screening")


def policy_instrument_problems(policy: ScreeningPolicy, known: Mapping[str, set[str]]) -> list[str]:
    """Cross-check against the instruments a laptop has: ``known`` maps instrument id → its
    band ids. Every offered instrument must exist and every trigger band must be a band of an
    instrument offered somewhere."""
    problems = [
        f"county policy: decision point '{p.id}' ({p.label.en}) offers instrument '{i}', "
        "which is not available on this laptop (install it, or correct the policy)"
        for p in policy.decision_points
        for i in p.instruments
        if i not in known
    ]
    offered = {i for p in policy.decision_points for i in p.instruments if i in known}
    bands = set().union(*(known[i] for i in offered)) if offered else set()
    problems.extend(
        f"county policy: duty '{d.id}': band '{b}' is not a band of any offered instrument"
        for d in policy.duties
        for b in d.trigger.bands
        if b not in bands
    )
    return problems


def offered_instrument_problems(policy: ScreeningPolicy, registry: InstrumentRegistry) -> list[str]:
    """``policy_instrument_problems`` against a laptop's registry (shipped and installed)."""
    known = {i.id: {band.id for band in i.definition.bands} for i in registry.latest()}
    return policy_instrument_problems(policy, known)
