"""Answers and outcomes in plain words, for the outcome page (never raw ids or numbers)."""

from __future__ import annotations

from csec_desktop.core.i18n import translate
from csec_desktop.core.instruments import Navigator
from csec_desktop.core.instruments.answers import Answer
from csec_desktop.core.instruments.model import Item
from csec_desktop.core.reports.wording import format_answer


def answer_words(item: Item, value: Answer, lang: str) -> str:
    """An answer in the words the printed copy uses (one wording per item kind)."""
    if value is None:
        return translate("AnswerWords", "not answered")
    return format_answer(item, value, lang)


def band_description(navigator: Navigator, band_id: str, lang: str) -> str:
    band = next(b for b in navigator.instrument.definition.bands if b.id == band_id)
    return band.description.get(lang) if band.description else ""


def explanation_lines(navigator: Navigator, lang: str) -> tuple[str, list[str]]:
    """Why the outcome is what it is: the deciding reason, then each answer that moved it."""
    outcome = navigator.outcome
    instrument = navigator.instrument
    if outcome.deciding_rule is None:
        reason = translate(
            "AnswerWords",
            "No answer so far reaches a higher level of concern, so the form's starting "
            "outcome applies.",
        )
    else:
        reason = outcome.deciding_rule.reason.get(lang)
    deciding = set(outcome.deciding_rule.items) if outcome.deciding_rule else set()
    labels = [item.label.get(lang) for item in instrument.items()]
    lines = []
    for line in outcome.explanation:
        item = instrument.item(line.item_id)
        words = answer_words(item, line.answer, lang)
        role = (
            translate("AnswerWords", "decided the outcome")
            if line.item_id in deciding
            else translate("AnswerWords", "added to the concern")
        )
        name = line.label.get(lang)
        if labels.count(name) > 1:  # "Level of need" in every domain: say which one
            name = f"{instrument.section_of(item.id).title.get(lang)}: {name}"
        lines.append(f"{name} — {words} ({role})")
    return reason, lines
