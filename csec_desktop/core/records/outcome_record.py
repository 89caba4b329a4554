"""What is stored about an outcome, and the two questions a completion asks of it.

``outcome_to_json`` is the outcome and why, kept with the encounter and printed later;
``tags_answered_yes`` gives the item tags (``safety_now``) a draft's answers raise;
``needs_cosign`` says whether a worker's change of outcome waits for a supervisor.
"""

from __future__ import annotations

from typing import Any

from csec_desktop.core.instruments import Instrument, Navigator
from csec_desktop.core.instruments.model import Text
from csec_desktop.core.instruments.scoring import Outcome


def outcome_to_json(outcome: Outcome) -> dict[str, Any]:
    """The outcome and why, in a form that is stored with the encounter and printed later."""

    def text(value: Text) -> dict[str, str]:
        return value.model_dump(exclude_none=True)

    return {
        "band": outcome.band,
        "band_label": text(outcome.band_label),
        "deciding_rule": None
        if outcome.deciding_rule is None
        else {
            "rule_id": outcome.deciding_rule.rule_id,
            "reason": text(outcome.deciding_rule.reason),
            "items": list(outcome.deciding_rule.items),
        },
        "fired": [
            {
                "rule_id": hit.rule_id,
                "band": hit.band,
                "reason": text(hit.reason),
                "items": list(hit.items),
            }
            for hit in outcome.fired
        ],
        "contributions": [
            {
                "item_id": c.item_id,
                "label": text(c.label),
                "answer": c.answer,
                "points": c.points,
                "group": c.group,
                "rules": list(c.rules),
            }
            for c in outcome.explanation
        ],
        "group_scores": dict(outcome.group_scores),
        "total_score": outcome.total_score,
    }


def tags_answered_yes(navigator: Navigator) -> frozenset[str]:
    """Tags (e.g. ``safety_now``) of the items answered yes so far."""
    answers = navigator.answers
    return frozenset(
        tag.value
        for item in navigator.instrument.definition.items()
        if answers.get(item.id) == "yes"
        for tag in item.tags
    )


def needs_cosign(instrument: Instrument, outcome: Outcome, band: str) -> bool:
    """An override *downward* of an outcome set by a decisive rule (one whose band is the
    instrument's highest, e.g. a disclosed exchange) needs a supervisor's co-signature."""
    order = [b.id for b in instrument.definition.bands]
    rule = outcome.deciding_rule
    return (
        rule is not None
        and rule.band == order[0]
        and band in order
        and order.index(band) > order.index(outcome.band)
    )
