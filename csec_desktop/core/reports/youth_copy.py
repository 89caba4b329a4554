"""The youth's copy: their name as they use it, what happens next, their strengths and goals
(only from domains with no sensitive tag; identity only if the youth asked for it), the people
the youth chose (in the worker's neutral words), notes shared with the youth, their rights (by
age), and lines to call (the Foster Care Ombudsperson for a youth in care). What may appear is
decided by the audience table; this module lays it out and picks the sentences."""

from __future__ import annotations

from datetime import tzinfo

from reportlab.platypus import Flowable, KeepTogether

from csec_desktop.core.instruments.model import InstrumentKind
from csec_desktop.core.localtime import local_date
from csec_desktop.core.reports import selection
from csec_desktop.core.reports.audience import Audience
from csec_desktop.core.reports.audience_visibility import visible
from csec_desktop.core.reports.blocks import bullet, para, paras, rich, section
from csec_desktop.core.reports.markup import Markup, bold, line_break, text
from csec_desktop.core.reports.needs import domain_part, is_domain
from csec_desktop.core.reports.resources_policy import YouthResources
from csec_desktop.core.reports.summary_data import SummaryData
from csec_desktop.core.reports.wording import format_day
from csec_desktop.core.reports.youth_languages import YouthWords


def _bulleted(lines: list[str]) -> list[Flowable]:
    return [bullet(line) for line in lines]


def youth_story(
    data: SummaryData, chosen: YouthWords, resources: YouthResources, tz: tzinfo | None
) -> list[Flowable]:
    """The copy in ``chosen``'s words; instrument text and dates in its ``text_lang``; a
    missing language's notice first, in large type."""
    w, lang = chosen.words, chosen.text_lang
    name = selection.name_used(data, YOUTH)
    worker = data.completed_by_name
    done = data.encounter.completed_at or data.encounter.info_received_at
    day = format_day(local_date(done, tz), lang)
    met = "met" if met_youth(data) else "not_met"
    story: list[Flowable] = [para(line, "big_h") for line in chosen.notice]
    story += [
        para(w["title"].format(name=name), "title"),
        para(w[f"intro_{met}"].format(day=day, worker=worker), "big"),
    ]
    story += section(
        w["next_h"],
        _bulleted([w[k].format(worker=worker) for k in (f"next_1_{met}", "next_2", "next_3")]),
        "big_h",
    )
    story += _needs(data, lang, w)
    team = [selection.member_line(m, YOUTH) for m in selection.members(data, YOUTH)]
    story += section(w["team_h"], _bulleted(team), "big_h")
    story += section(
        w["note_h"],
        [block for n in selection.notes(data, YOUTH) for block in paras(n.text, "big")],
        "big_h",
    )
    age = age_group(selection.age_at_record(data, tz))
    rights = [*w["rights"].split("|"), w[f"care_{age}"], w[f"pressure_{age}"]]
    story += section(w["rights_h"], _bulleted(rights), "big_h")
    lines: list[Flowable] = [rich(bold(w["danger"]), "big")]
    in_care = data.encounter.in_care or data.youth.profile.in_care
    for line in resources.printed_lines(in_care):
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


YOUTH = Audience.YOUTH


def met_youth(data: SummaryData) -> bool:
    """Whether the worker met the youth for this record (a thank-you needs a meeting): a
    screen that lists its information sources says so; a hotline intake is a report about
    the youth, not a conversation; every other record is made with the youth."""
    answers = data.encounter.answers
    if data.instrument.has_item("info_sources"):
        return "youth" in (answers.get("info_sources") or [])
    return data.encounter.decision_point != "hotline_intake"


def age_group(age: int | None) -> str:
    if age is None:
        return "unknown"
    return "minor" if age < 18 else "adult"


def _needs(data: SummaryData, lang: str, w: dict[str, str]) -> list[Flowable]:
    defn = data.instrument.definition
    if defn.kind is not InstrumentKind.NEEDS_ASSESSMENT:
        return []
    domains = [sec for sec in defn.sections if is_domain(sec)]
    out: list[Flowable] = []
    strengths = [
        f"{sec.title.get(lang)}: {text}"
        for sec in domains
        if (text := domain_part(data, sec, "strengths", YOUTH, lang))
    ]
    out += section(w["strengths_h"], _bulleted(strengths), "big_h")
    goals = [
        f"{sec.title.get(lang)}: {text}"
        for sec in domains
        if (text := domain_part(data, sec, "goals", YOUTH, lang))
    ]
    if data.instrument.has_item("youth_priorities"):
        priority = data.encounter.answers.get("youth_priorities")
        shown = visible(data.instrument.item("youth_priorities"), YOUTH, data.encounter.answers)
        if shown and isinstance(priority, str) and priority.strip():
            goals.insert(0, f"{w['priorities']}: {priority}")
    out += section(w["goals_h"], _bulleted(goals), "big_h")
    return out
