"""The outcome in words: the band, the rule that decided it, what else applied, which answers
drove it and how they added up, and any change the worker made with its reason.

Built from the explanation stored with the record at completion, so the page says what the
worker saw then. Answers an audience may not see are left out of the list *and* of the scores
(a group total that included a hidden answer would give it away).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from reportlab.platypus import Flowable

from csec_desktop.core.instruments.model import Text
from csec_desktop.core.reports import audience_visibility as rules
from csec_desktop.core.reports.audience import Audience
from csec_desktop.core.reports.blocks import grid, para, rich, section
from csec_desktop.core.reports.markup import bold
from csec_desktop.core.reports.summary_data import SummaryData
from csec_desktop.core.reports.wording import format_answer, format_points


def _text(value: Any) -> str:
    return Text.model_validate(value).en if isinstance(value, dict) else str(value or "")


def visible_contributions(data: SummaryData, audience: Audience) -> list[dict[str, Any]]:
    lines = (data.encounter.explanation or {}).get("contributions", [])
    instrument = data.instrument
    return [
        line
        for line in lines
        if instrument.has_item(line["item_id"])
        and rules.visible(instrument.item(line["item_id"]), audience, data.encounter.answers)
    ]


def _rule_visible(data: SummaryData, hit: dict[str, Any], audience: Audience) -> bool:
    """Whether every answer a fired rule read may be shown to ``audience``."""
    instrument = data.instrument
    return all(
        instrument.has_item(item_id)
        and rules.visible(instrument.item(item_id), audience, data.encounter.answers)
        for item_id in hit.get("items", [])
    )


def explanation_blocks(data: SummaryData, audience: Audience) -> list[Flowable]:
    enc, defn = data.encounter, data.instrument.definition
    explanation = enc.explanation or {}
    bands = {band.id: band for band in defn.bands}
    final = bands.get(enc.final_band or "")
    body: list[Flowable] = []
    if final is not None:
        body.append(rich(bold(final.label.en), "big"))
        if final.description:
            body.append(para(final.description.en))
    computed = bands.get(enc.computed_band or "")
    if enc.final_band != enc.computed_band and computed is not None:
        if audience.rules.override_reason:
            body.append(
                para(
                    f"The instrument's rules gave “{computed.label.en}”. After review the worker "
                    f"recorded “{final.label.en if final else enc.final_band}”, because: "
                    f"{enc.override_reason or ''}"
                )
            )
        else:
            body.append(para("The worker reviewed the result and set this outcome."))
    deciding = explanation.get("deciding_rule")
    if deciding and _rule_visible(data, deciding, audience):
        body.append(para(f"Why: {_text(deciding['reason'])}"))
    elif deciding:
        body.append(para("Why: this outcome rests in part on information kept in the case file."))
    else:
        body.append(para("No rule applied, so this is the instrument's starting outcome."))
    # A further rule that read a hidden answer would reveal that answer: leave it out.
    others = [
        _text(hit["reason"])
        for hit in explanation.get("fired", [])
        if (not deciding or hit["rule_id"] != deciding["rule_id"])
        and _rule_visible(data, hit, audience)
    ]
    if others:
        body.append(para("Also applied: " + " ".join(others)))
    out = section("Outcome and how it was reached", body)
    out += _contributions(data, audience)
    return out


def _contributions(data: SummaryData, audience: Audience) -> list[Flowable]:
    lines = visible_contributions(data, audience)
    if not lines:
        return []
    instrument = data.instrument
    groups = {group.id: group.label.en for group in instrument.definition.groups}
    rows = [
        [
            _text(line["label"]),
            format_answer(instrument.item(line["item_id"]), line["answer"]),
            format_points(line["points"])
            if line["points"]
            else "decisive"
            if line["rules"]
            else "",
            groups.get(line.get("group") or "", ""),
        ]
        for line in lines
    ]
    totals: dict[str, float] = defaultdict(float)
    for line in lines:
        if line.get("group"):
            totals[line["group"]] += float(line["points"])
    scored = [f"{groups.get(g, g)} {format_points(p)}" for g, p in totals.items() if p]
    body: list[Flowable] = grid(
        ["Indicator", "Answer", "Points", "Group"], rows, [3.6, 1.3, 0.7, 1.4]
    )
    if scored:
        total = format_points(sum(totals.values()))
        body.append(para(f"Points by group: {'; '.join(scored)}. Total {total}.", "small"))
    return section("Answers that shaped the outcome", body, "h3")
