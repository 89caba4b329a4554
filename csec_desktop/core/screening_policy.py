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
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic import ValidationError as PydanticError

from csec_desktop.core.errors import ValidationError, first_problem
from csec_desktop.core.i18n import translate
from csec_desktop.core.instruments.model import Ident, ItemTag, Text
from csec_desktop.core.paths import read_resource_text
from csec_desktop.core.reports.resources_policy import ResourceLine

if TYPE_CHECKING:
    from csec_desktop.core.instruments.registry import InstrumentRegistry


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class DecisionPoint(_Strict):
    id: Ident
    label: Text
    instruments: list[Ident] = Field(min_length=1)  # offered here, first is the default


Event = Literal["screening", "missing", "located"]


@dataclass(frozen=True)
class Situation:
    """What a duty trigger is matched against: the event, and the youth as known at that time.

    ``band`` and ``rules`` come from a screening (the rules whose condition is true, decisive or
    not); ``age`` is on the day the information was received (None: not known)."""

    event: Event
    band: str | None = None
    rules: frozenset[str] = frozenset()
    decision_point: str | None = None
    age: int | None = None
    legal_status: str = "unknown"
    placement_type: str = "none"
    missing: bool = False
    in_care: bool = False
    draft: bool = False
    tags: frozenset[str] = frozenset()  # tags of items answered yes, e.g. "safety_now"


class DutyTrigger(_Strict):
    """When a duty applies. Every condition given must hold (an empty list means any), except
    ``bands`` and ``rules``, which are alternatives: the outcome is one of ``bands`` *or* one of
    ``rules`` fired (a possible exchange or shared sexual images is a reasonable suspicion,
    PC 11166(a)(1), whatever band the score reaches)."""

    event: Event = "screening"
    bands: list[Ident] = Field(default_factory=list)  # screen outcomes, e.g. "identified"
    rules: list[Ident] = Field(default_factory=list)  # instrument rule ids, e.g. "sexual_images"
    decision_points: list[Ident] = Field(default_factory=list)
    min_age: int | None = Field(default=None, ge=0, le=30)
    max_age: int | None = Field(default=None, ge=0, le=30)  # 17: CANRA's "child" (PC 11165)
    legal_statuses: list[Ident] = Field(default_factory=list)
    placement_types: list[Ident] = Field(default_factory=list)
    tags: list[ItemTag] = Field(default_factory=list)  # an item with one of these answered yes
    missing: bool = False  # only when the youth is missing now
    in_care: bool = False  # only when the youth is in care (placed by the county)
    # Fires from a draft as soon as a rule or band above is true (stamped from when the
    # information was received); kept if the draft is later completed or discarded.
    provisional: bool = False

    @model_validator(mode="after")
    def _has_a_condition(self) -> DutyTrigger:
        if self.event == "screening" and not (
            self.bands
            or self.rules
            or self.tags
            or self.decision_points
            or self.missing
            or self.in_care
        ):
            raise ValueError("a trigger needs at least one condition")
        if self.provisional and not (self.bands or self.rules or self.tags):
            raise ValueError("a provisional trigger needs bands, rules or tags")
        return self

    def matches(self, s: Situation) -> bool:
        if s.event != self.event or (s.draft and not self.provisional):
            return False
        suspicion = not (self.bands or self.rules) or (
            s.band in self.bands or bool(s.rules & set(self.rules))
        )
        minor_unknown = s.age is None and s.legal_status != "non_minor_dependent"
        age_ok = (self.min_age is None or (s.age is not None and s.age >= self.min_age)) and (
            self.max_age is None or minor_unknown or (s.age is not None and s.age <= self.max_age)
        )
        return (
            suspicion
            and age_ok
            and (not self.decision_points or s.decision_point in self.decision_points)
            and (not self.legal_statuses or s.legal_status in self.legal_statuses)
            and (not self.placement_types or s.placement_type in self.placement_types)
            and (not self.tags or bool(s.tags & set(self.tags)))
            and (s.missing or not self.missing)
            and (s.in_care or not self.in_care)
        )


class Duty(_Strict):
    id: Ident
    label: Text
    trigger: DutyTrigger
    hours: float | None = Field(default=None, ge=0, le=24 * 366)  # None: immediately
    citation: str = Field(min_length=1, max_length=300)
    county_setting: bool = False  # timing set by county protocol, not confirmed statewide
    # A mandated report: waiving it ("not applicable") needs a supervisor's co-signature.
    mandated: bool = False
    # Missing-episode notices this duty is done by, once all are recorded on the episode.
    done_by_reports: list[Ident] = Field(default_factory=list)
    # Decision points where completing a screening or debrief linked to the episode does it.
    satisfied_at: list[Ident] = Field(default_factory=list)
    note: Text | None = None

    def due_by(self, received_at: dt.datetime) -> dt.datetime:
        """When the duty falls due, counted from when the information was received. An
        immediate duty is due at once (the policy's grace window decides when it is late)."""
        return received_at + dt.timedelta(hours=self.hours or 0)

    def applies(self, situation: Situation) -> bool:
        return self.trigger.matches(situation)


class ScreeningPolicy(_Strict):
    min_age: int = Field(default=10, ge=0, le=21)
    decision_points: list[DecisionPoint] = Field(min_length=1)
    duties: list[Duty] = Field(default_factory=list)
    # "Immediately" is due at once; it counts as late only after this window.
    immediate_grace_minutes: int = Field(default=60, ge=0, le=24 * 60)
    # Re-screen youth in care this often (days); None: no periodic re-screen.
    rescreen_days: int | None = Field(default=180, ge=7, le=3650)
    # Shown in the red banner when an item tagged safety_now is answered yes.
    safety_procedure: Text = Text(
        en="Stop the screening. Move somewhere private, follow the county's safety procedure, "
        "and call 911 if anyone is in danger now."
    )
    # The county's employee-assistance or peer-support line, offered to the worker after an
    # identification (vicarious trauma); None: the prompt names the EAP without a number.
    worker_support: ResourceLine | None = None

    @model_validator(mode="after")
    def _references(self) -> ScreeningPolicy:
        points = [p.id for p in self.decision_points]
        for ids, what in ((points, "decision point"), ([d.id for d in self.duties], "duty")):
            dupes = sorted({i for i in ids if ids.count(i) > 1})
            if dupes:
                raise ValueError(f"{what} id '{dupes[0]}' is used twice")
        for duty in self.duties:
            for point in [*duty.trigger.decision_points, *duty.satisfied_at]:
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

    def duties_for(self, situation: Situation) -> list[Duty]:
        """The duties a situation starts, in policy order."""
        return [d for d in self.duties if d.applies(situation)]

    def duty(self, duty_id: str) -> Duty | None:
        return next((d for d in self.duties if d.id == duty_id), None)


def load_screening_policy(data: Mapping[str, Any], source: str = "screening") -> ScreeningPolicy:
    """Validate the ``"screening"`` section; errors name the place, e.g. ``duties[2].hours``."""
    try:
        return ScreeningPolicy.model_validate(data)
    except PydanticError as exc:
        where, message = first_problem(exc)
        raise ValidationError(f"{source}{where}: {message}") from None


def default_screening_policy() -> ScreeningPolicy:
    """The shipped California default (resources/policy/california.json, key "screening")."""
    data = json.loads(read_resource_text("policy", "california.json"))
    return load_screening_policy(data["screening"], "california.json:screening")


def policy_instrument_problems(
    policy: ScreeningPolicy,
    known: Mapping[str, set[str]],
    rules: Mapping[str, set[str]] | None = None,
) -> list[str]:
    """Cross-check against the instruments a laptop has: ``known`` maps instrument id → its
    band ids, ``rules`` (when given) instrument id → its rule ids. Every offered instrument
    must exist, and every trigger band and rule must belong to an instrument offered somewhere
    (a misspelt rule id would otherwise never start a mandated report)."""
    not_here = translate(
        "PolicyProblems",
        "county policy: decision point '{point}' ({label}) offers instrument '{instrument}', "
        "which is not available on this laptop (install it, or correct the policy)",
    )
    problems = [
        not_here.format(point=p.id, label=p.label.en, instrument=i)
        for p in policy.decision_points
        for i in p.instruments
        if i not in known
    ]
    offered = {i for p in policy.decision_points for i in p.instruments if i in known}
    bands = set().union(*(known[i] for i in offered)) if offered else set()
    no_band = translate(
        "PolicyProblems",
        "county policy: duty '{duty}': band '{band}' is not a band of any offered instrument",
    )
    problems.extend(
        no_band.format(duty=d.id, band=b)
        for d in policy.duties
        for b in d.trigger.bands
        if b not in bands
    )
    if rules is not None:
        rule_ids = set().union(*(rules.get(i, set()) for i in offered)) if offered else set()
        no_rule = translate(
            "PolicyProblems", "duty '{duty}': rule '{rule}' is not a rule of any offered instrument"
        )
        problems.extend(
            no_rule.format(duty=d.id, rule=r)
            for d in policy.duties
            for r in d.trigger.rules
            if r not in rule_ids
        )
    return problems


def offered_instrument_problems(policy: ScreeningPolicy, registry: InstrumentRegistry) -> list[str]:
    """``policy_instrument_problems`` against a laptop's registry (shipped and installed)."""
    known = {i.id: {band.id for band in i.definition.bands} for i in registry.latest()}
    return policy_instrument_problems(policy, known)
