"""The case-file, MDT and caregiver copies: who, when, the outcome and why, answers, duties,
needs, the team. What each audience sees is decided by ``audience.py`` alone.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from reportlab.platypus import Flowable

from csec_desktop.core.instruments.model import InstrumentKind, Item
from csec_desktop.core.localtime import age_on
from csec_desktop.core.records.case_items import MdtMeeting, MdtMember, Note, Referral
from csec_desktop.core.reports import audience as rules
from csec_desktop.core.reports.audience import Audience
from csec_desktop.core.reports.blocks import (
    grid,
    key_values,
    para,
    paras,
    section,
    signature_lines,
)
from csec_desktop.core.reports.explanation import explanation_blocks
from csec_desktop.core.reports.needs import answer_blocks, domain_title
from csec_desktop.core.reports.summary_data import SummaryData
from csec_desktop.core.reports.wording import format_day, format_moment

KEPT_ELSEWHERE = (
    "Some information is kept in the case file and is not shown on this copy, as the law on "
    "confidential and minor-consent information requires."
)
STATUS_WORDS = {
    "planned": "Planned",
    "referred": "Referred",
    "connected": "Connected",
    "declined": "Declined by the youth",
    "closed": "Closed",
}
SIGNERS: dict[Audience, tuple[str, ...]] = {
    Audience.CASE: ("Worker", "Supervisor"),
    Audience.MDT: ("Worker", "MDT facilitator"),
    Audience.CAREGIVER: ("Worker", "Caregiver"),
}


def professional_story(
    data: SummaryData, audience: Audience, printed_at: datetime, tz: tzinfo | None
) -> list[Flowable]:
    enc = data.encounter
    defn = data.instrument.definition
    story: list[Flowable] = [
        para(f"{defn.title.en} — summary", "title"),
        para(
            f"{audience.label} copy · instrument {defn.id} version {defn.version}, "
            "as the record was answered",
            "subtitle",
        ),
    ]
    story += section("The youth", key_values(_youth_rows(data, audience, tz)))
    screening_rows = [
        ("Decision point", data.decision_point.en),
        ("Information received", format_moment(enc.info_received_at, tz)),
        ("Completed", f"{format_moment(enc.completed_at or '', tz)} by {data.completed_by_name}"),
        ("At the time", _circumstances(enc.in_care, enc.missing)),
    ]
    story += section("This screening", key_values(screening_rows))
    story += explanation_blocks(data, audience)
    is_needs = defn.kind is InstrumentKind.NEEDS_ASSESSMENT
    story += answer_blocks(data, audience, "en")
    if rules.shows_duties(audience):
        story += section("Duties and deadlines", _duties(data, printed_at, tz))
    story += _team(data, audience, tz)
    notes = [
        block
        for stored in data.case_items
        if isinstance(stored.item, Note) and rules.note_visible(stored.item.shareable, audience)
        for block in paras(stored.item.text)
    ]
    story += section("Notes", notes)
    if audience is not Audience.CASE:
        story.append(para(KEPT_ELSEWHERE, "small"))
    signers: tuple[str, ...] = SIGNERS[audience]
    if is_needs and audience is Audience.CASE:
        signers = ("Worker", "Youth (if they wish)", "Supervisor")
    story.append(signature_lines(signers))
    return story


def _youth_rows(data: SummaryData, audience: Audience, tz: tzinfo | None) -> list[tuple[str, str]]:
    profile = data.youth.profile
    rows: list[tuple[str, str]] = []
    if rules.shows_chosen_name(audience):
        name = profile.chosen_name or profile.legal_first_name
        rows.append(("Name used", f"{name} ({profile.pronouns})" if profile.pronouns else name))
    if rules.shows_legal_name(audience):
        rows.append(("Legal name", profile.legal_name))
    if audience in (Audience.CASE, Audience.MDT):
        if profile.birth_date:
            age = age_on(profile.birth_date, data.encounter.info_received_at, tz)
            rows.append(("Date of birth", f"{format_day(profile.birth_date)} (age {age})"))
        if profile.case_numbers:
            rows.append(("Case number", ", ".join(profile.case_numbers)))
        rows.append(("Agency", profile.agency.label))
    if audience is Audience.CASE and profile.aliases:
        rows.append(("Also known as", ", ".join(profile.aliases)))
    rows.append(
        (
            "Preferred language",
            "Spanish"
            if profile.preferred_language == "es"
            else "English"
            if profile.preferred_language == "en"
            else profile.preferred_language,
        )
    )
    return rows


def _circumstances(in_care: bool, missing: bool) -> str:
    parts = ["In care" if in_care else "Not in care"]
    if missing:
        parts.append("missing from care")
    return ", ".join(parts)


def _duties(data: SummaryData, printed_at: datetime, tz: tzinfo | None) -> list[Flowable]:
    if not data.duties:
        return [para("No duties were started by this outcome.")]
    rows = []
    for duty in data.duties:
        due = "Immediately" if duty.immediate else format_moment(duty.due_at, tz)
        rows.append(
            [f"{duty.label['en']} ({duty.citation})", due, _duty_status(duty, printed_at, tz)]
        )
    return grid(["Duty", "Due", "Status"], rows, [3.2, 1.6, 2.2])


def _duty_status(duty: Any, printed_at: datetime, tz: tzinfo | None) -> str:
    done = duty.data.get("done")
    if duty.status == "done" and done:
        text = f"Done {format_moment(done['at'], tz)} — {done['method']}"
        if done.get("reference"):
            text += f", ref. {done['reference']}"
        if done.get("late_reason"):
            text += f" (late: {done['late_reason']})"
        return text
    if duty.status == "not_applicable":
        return f"Does not apply: {duty.data.get('not_applicable', {}).get('reason', '')}"
    return {"overdue": "OPEN — overdue", "due_soon": "Open — due within a day"}.get(
        duty.urgency(printed_at), "Open"
    )


def _team(data: SummaryData, audience: Audience, tz: tzinfo | None) -> list[Flowable]:
    members = [s.item for s in data.case_items if isinstance(s.item, MdtMember)]
    referrals = [
        s.item
        for s in data.case_items
        if isinstance(s.item, Referral) and rules.referral_visible(s.item.domain, audience)
    ]
    meetings = [s.item for s in data.case_items if isinstance(s.item, MdtMeeting)]
    out: list[Flowable] = []
    if members:
        rows = [
            [
                m.name + (" (the youth asked for them)" if m.youth_chosen else ""),
                m.agency,
                m.role,
                m.contact if audience is not Audience.CAREGIVER else "",
            ]
            for m in members
        ]
        out += section(
            "The team around the youth",
            grid(["Name", "Agency", "Role", "Contact"], rows, [2.2, 2, 1.6, 1.4]),
        )
    if referrals:
        rows = [
            [
                domain_title(data.instrument, r.domain),
                r.agency,
                STATUS_WORDS[r.status],
                format_day(r.referred_on) if r.referred_on else "",
            ]
            + ([r.note] if audience is not Audience.CAREGIVER else [])
            for r in referrals
        ]
        header = ["Area", "Agency", "Status", "Referred on"]
        widths = [1.6, 2.0, 1.2, 1.2]
        if audience is not Audience.CAREGIVER:
            header, widths = [*header, "Note"], [*widths, 2.0]
        out += section("Referrals", grid(header, rows, widths))
    if meetings and audience in (Audience.CASE, Audience.MDT):
        rows = [
            [
                format_day(m.held_on),
                ", ".join(m.attendees) + ("; the youth took part" if m.youth_attended else ""),
                m.decisions,
                m.sharing_basis,
            ]
            for m in meetings
        ]
        out += section(
            "MDT meetings",
            grid(
                ["Held on", "Who took part", "Decisions", "Shared under"],
                rows,
                [1.1, 2.0, 2.6, 1.3],
            ),
        )
    return out


def visible_items(data: SummaryData, audience: Audience) -> list[Item]:
    return [item for item in data.instrument.items() if rules.visible(item, audience)]
