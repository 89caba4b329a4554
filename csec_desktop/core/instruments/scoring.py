"""Scores, outcome band and the explanation of which answers drove it.

Bands are listed in the definition from the highest concern to the lowest. The outcome is the
first band that has at least one rule that fires; with no rule firing it is ``default_band``.
So a decisive rule (a disclosure of an exchange, WIC 300(b)(2)) wins whatever other rules say.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from csec_desktop.core.instruments.answers import Answer
from csec_desktop.core.instruments.expr_eval import Value, truth
from csec_desktop.core.instruments.kinds import level_of, points_of
from csec_desktop.core.instruments.loader import Instrument
from csec_desktop.core.instruments.model import OutcomeRule, Text


@dataclass(frozen=True)
class SessionContext:
    """Values a session supplies that are not answers: usable in expressions as ``age`` and
    ``decision_point``, and used to pick recommended actions."""

    age: int | None = None
    decision_point: str | None = None


class AnswerEnv:
    """What expressions read: the answers of relevant items (others are null) and context."""

    def __init__(
        self, instrument: Instrument, values: Mapping[str, Answer], context: SessionContext
    ) -> None:
        self.instrument = instrument
        self.values = values
        self.context = context

    def value(self, name: str) -> Value:
        if name == "age":
            return self.context.age
        if name == "decision_point":
            return self.context.decision_point
        return self.values.get(name)

    def score(self, group: str | None) -> float:
        values = self.values
        return sum(
            points_of(item, values.get(item.id)) for item in self.instrument.scored_items(group)
        )

    def flagged(self, group: str | None, level: float) -> int:
        values = self.values
        return sum(
            1
            for item in self.instrument.scored_items(group)
            if (value := values.get(item.id)) is not None and level_of(item, value) >= level
        )


@dataclass(frozen=True)
class RuleHit:
    rule_id: str
    band: str
    reason: Text
    items: tuple[str, ...]  # answered items the rule reads that carry concern


@dataclass(frozen=True)
class Contribution:
    """One line of the explanation: an answer and what it did to the outcome."""

    item_id: str
    label: Text
    answer: Answer
    points: float  # added to its group's score (0 for answers that are not scored)
    group: str | None
    rules: tuple[str, ...]  # fired rules that read this answer


@dataclass(frozen=True)
class Outcome:
    band: str
    band_label: Text
    deciding_rule: RuleHit | None  # None: no rule fired, so the default band applies
    fired: tuple[RuleHit, ...]
    group_scores: Mapping[str, float]
    total_score: float
    explanation: tuple[Contribution, ...]


@dataclass(frozen=True)
class Decision:
    """The band and the rules that fire, without the explanation: what each answer must
    settle at once (provisional duties); ``compute_outcome`` adds the rest when shown."""

    band: str
    rule_ids: frozenset[str]


def _firing_rules(instrument: Instrument, env: AnswerEnv) -> list[OutcomeRule]:
    """The rules that fire, highest band first (definition order within a band)."""
    defn = instrument.definition
    band_rank = {band.id: rank for rank, band in enumerate(defn.bands)}
    fired = [rule for rule in defn.rules if truth(instrument.compiled.rules[rule.id], env)]
    fired.sort(key=lambda rule: band_rank[rule.band])  # stable
    return fired


def decide(instrument: Instrument, env: AnswerEnv) -> Decision:
    """The band ``compute_outcome`` would give and the ids of the rules that fire."""
    fired = _firing_rules(instrument, env)
    band = fired[0].band if fired else instrument.definition.default_band
    return Decision(band, frozenset(rule.id for rule in fired))


def compute_outcome(instrument: Instrument, env: AnswerEnv) -> Outcome:
    defn = instrument.definition
    values = env.values

    def concern(item_id: str) -> bool:
        item = instrument.item(item_id)
        value = values.get(item_id)
        return value is not None and (level_of(item, value) > 0 or points_of(item, value) > 0)

    fired: list[RuleHit] = []
    for rule in _firing_rules(instrument, env):
        reads = instrument.compiled.rule_refs[rule.id]
        items = tuple(i.id for i in instrument.items() if i.id in reads and concern(i.id))
        fired.append(RuleHit(rule.id, rule.band, rule.reason, items))
    deciding = fired[0] if fired else None
    band_id = deciding.band if deciding else defn.default_band
    band = next(b for b in defn.bands if b.id == band_id)

    lines: list[Contribution] = []
    for item in instrument.items():
        value = values.get(item.id)
        rules = tuple(hit.rule_id for hit in fired if item.id in hit.items)
        points = points_of(item, value)
        if value is not None and (points > 0 or rules):
            lines.append(Contribution(item.id, item.label, value, points, item.group, rules))
    deciding_items = set(deciding.items) if deciding else set()
    lines.sort(key=lambda line: (line.item_id not in deciding_items, -line.points))
    groups = {group.id: env.score(group.id) for group in defn.groups}
    return Outcome(
        band=band_id,
        band_label=band.label,
        deciding_rule=deciding,
        fired=tuple(fired),
        group_scores=groups,
        total_score=env.score(None),
        explanation=tuple(lines),
    )
