"""Answers on the page: section by section for screens and debriefs; for the holistic needs
assessment, the youth's strengths first, then the need, goals and referrals in each domain.

A domain is a section whose items follow the shipped pattern ``<domain>_strengths``,
``_need``, ``_words``, ``_goals``, ``_referrals``, ``_referral_other``.
"""

from __future__ import annotations

from reportlab.lib.units import inch
from reportlab.platypus import CondPageBreak, Flowable

from csec_desktop.core.instruments import Instrument
from csec_desktop.core.instruments.model import InstrumentKind, Item, Section
from csec_desktop.core.reports import audience_visibility as rules
from csec_desktop.core.reports.audience import Audience
from csec_desktop.core.reports.blocks import grid, heading, key_values, para, section
from csec_desktop.core.reports.summary_data import SummaryData
from csec_desktop.core.reports.wording import format_answer

PARTS = ("strengths", "need", "words", "goals", "referrals", "referral_other")


def domain_title(instrument: Instrument, domain: str, lang: str = "en") -> str:
    for sec in instrument.definition.sections:
        if sec.id == domain:
            return sec.title.get(lang)
    return domain.replace("_", " ").capitalize()


def is_domain(sec: Section) -> bool:
    return any(item.id == f"{sec.id}_need" for item in sec.items)


def domain_part(data: SummaryData, sec: Section, part: str, audience: Audience, lang: str) -> str:
    """One part of a domain as text, or "" when unanswered or not for this audience."""
    item_id = f"{sec.id}_{part}"
    if not data.instrument.has_item(item_id):
        return ""
    item = data.instrument.item(item_id)
    value = data.encounter.answers.get(item_id)
    if value is None or not rules.visible(item, audience, data.encounter.answers):
        return ""
    return format_answer(item, value, lang)


def _shown(data: SummaryData, item: Item, audience: Audience) -> bool:
    answers = data.encounter.answers
    return answers.get(item.id) is not None and rules.visible(item, audience, answers)


def _plain_sections(data: SummaryData, audience: Audience, lang: str) -> list[Flowable]:
    out: list[Flowable] = []
    for sec in data.instrument.definition.sections:
        if is_domain(sec):
            continue
        rows = [
            (item.label.get(lang), format_answer(item, data.encounter.answers[item.id], lang))
            for item in sec.items
            if _shown(data, item, audience)
        ]
        if rows:
            out += section(sec.title.get(lang), key_values(rows, 3.2 * 72), "h3")
    return out


def answer_blocks(data: SummaryData, audience: Audience, lang: str) -> list[Flowable]:
    is_needs = data.instrument.definition.kind is InstrumentKind.NEEDS_ASSESSMENT
    body = _plain_sections(data, audience, lang)
    if not is_needs:
        return [CondPageBreak(2 * inch), heading("What was recorded"), *body] if body else []
    domains = [sec for sec in data.instrument.definition.sections if is_domain(sec)]
    out: list[Flowable] = []

    def by_domain(part: str) -> list[tuple[str, str]]:
        """(domain title, what the audience may see of ``part``) for domains that have it."""
        return [
            (sec.title.get(lang), text)
            for sec in domains
            if (text := domain_part(data, sec, part, audience, lang))
        ]

    strengths = by_domain("strengths")
    if strengths:
        out += section("Strengths", key_values(strengths))
    rows = []
    for sec in domains:
        need, goals = (domain_part(data, sec, p, audience, lang) for p in ("need", "goals"))
        refs = "; ".join(
            t
            for p in ("referrals", "referral_other")
            if (t := domain_part(data, sec, p, audience, lang))
        )
        if need or goals or refs:
            rows.append([sec.title.get(lang), need, goals, refs])
    if rows:
        out += section(
            "Needs by domain",
            grid(
                ["Domain", "Level of need", "The youth's goals", "Referrals made"],
                rows,
                [1.7, 1.2, 2.3, 1.8],
            ),
        )
    words = by_domain("words")
    if words:
        out += section("In the youth's own words", key_values(words))
    more = [  # a domain's further items (a county's own, Part 2 information, opt-ins)
        (f"{sec.title.get(lang)}: {item.label.get(lang)}", format_answer(item, answer, lang))
        for sec in domains
        for item in sec.items
        if item.id not in {f"{sec.id}_{p}" for p in PARTS}
        and _shown(data, item, audience)
        and (answer := data.encounter.answers[item.id]) is not None
    ]
    if more:
        out += section("More in each domain", key_values(more, 3.2 * 72))
    if body:
        out += [CondPageBreak(2 * inch), heading("Crisis response and priorities"), *body]
    if not out:
        out.append(para("No needs were recorded on this copy."))
    return out
