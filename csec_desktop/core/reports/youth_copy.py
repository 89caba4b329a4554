"""The youth's copy: their name as they use it, what happens next, their strengths and goals
(only from domains with no sensitive tag), their team, their rights, and lines to call."""

from __future__ import annotations

from datetime import tzinfo

from reportlab.platypus import Flowable, KeepTogether

from csec_desktop.core.instruments.model import InstrumentKind
from csec_desktop.core.localtime import local_date
from csec_desktop.core.records.case_items import MdtMember
from csec_desktop.core.reports.audience import Audience, visible
from csec_desktop.core.reports.blocks import bullet, para, rich, section
from csec_desktop.core.reports.markup import Markup, bold, line_break, text
from csec_desktop.core.reports.needs import domain_part, is_domain
from csec_desktop.core.reports.resources_policy import YouthResources
from csec_desktop.core.reports.summary_data import SummaryData
from csec_desktop.core.reports.wording import format_day
from csec_desktop.core.reports.youth_words import words


def _bulleted(lines: list[str]) -> list[Flowable]:
    return [bullet(line) for line in lines]


def youth_story(
    data: SummaryData, lang: str, resources: YouthResources, tz: tzinfo | None
) -> list[Flowable]:
    w = words(lang)
    profile = data.youth.profile
    name = profile.chosen_name or profile.legal_first_name
    if profile.pronouns:
        name = f"{name} ({profile.pronouns})"
    worker = data.completed_by_name
    done = data.encounter.completed_at or data.encounter.info_received_at
    day = format_day(local_date(done, tz), lang)
    story: list[Flowable] = [
        para(w["title"].format(name=name), "title"),
        para(w["intro"].format(day=day, worker=worker), "big"),
    ]
    story += section(
        w["next_h"],
        _bulleted([w[k].format(worker=worker) for k in ("next_1", "next_2", "next_3")]),
        "big_h",
    )
    story += _needs(data, lang)
    team = [
        f"{m.name} — {m.role}" + (f" ({w['you_asked']})" if m.youth_chosen else "")
        for stored in data.case_items
        if isinstance(m := stored.item, MdtMember)
    ]
    story += section(w["team_h"], _bulleted(team), "big_h")
    story += section(w["rights_h"], _bulleted(w["rights"].split("|")), "big_h")
    lines: list[Flowable] = [rich(bold(w["danger"]), "big")]
    for line in resources.printed_lines():
        ways = []
        if line.phone:
            ways.append(f"{w['call']} {line.phone}")
        if line.text:
            ways.append(f"{w['text']} {line.text}")
        about = line_break() + text(line.about.get(lang)) if line.about else Markup()
        lines.append(  # one line never splits across pages: a number cut in half is useless
            KeepTogether(
                rich(
                    bold(line.name.get(lang)) + line_break() + text(" · ".join(ways)) + about, "big"
                )
            )
        )
    story += section(w["reach_h"], lines, "big_h")
    story.append(para(w["keep"], "small"))
    return story


def _needs(data: SummaryData, lang: str) -> list[Flowable]:
    defn = data.instrument.definition
    if defn.kind is not InstrumentKind.NEEDS_ASSESSMENT:
        return []
    w = words(lang)
    domains = [sec for sec in defn.sections if is_domain(sec)]
    out: list[Flowable] = []
    strengths = [
        f"{sec.title.get(lang)}: {text}"
        for sec in domains
        if (text := domain_part(data, sec, "strengths", Audience.YOUTH, lang))
    ]
    out += section(w["strengths_h"], _bulleted(strengths), "big_h")
    goals = [
        f"{sec.title.get(lang)}: {text}"
        for sec in domains
        if (text := domain_part(data, sec, "goals", Audience.YOUTH, lang))
    ]
    if data.instrument.has_item("youth_priorities"):
        priority = data.encounter.answers.get("youth_priorities")
        shown = visible(data.instrument.item("youth_priorities"), Audience.YOUTH)
        if shown and isinstance(priority, str) and priority.strip():
            goals.insert(0, f"{w['priorities']}: {priority}")
    out += section(w["goals_h"], _bulleted(goals), "big_h")
    return out
