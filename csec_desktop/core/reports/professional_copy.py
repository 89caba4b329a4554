"""The case-file and MDT copies: who, when, the outcome and why, answers, duties, needs, the
team, notes. What each audience sees is decided by the table in ``audience.py`` alone (read here
and through ``selection.py``); the caregiver's sheet and the youth's copy have layouts of their
own.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from reportlab.platypus import Flowable

from csec_desktop.core.instruments.model import InstrumentKind
from csec_desktop.core.localtime import age_on, local_date
from csec_desktop.core.records.case_items import Note, StoredItem
from csec_desktop.core.reports import selection
from csec_desktop.core.reports.audience import Audience
from csec_desktop.core.reports.audience_fields import RoleWording
from csec_desktop.core.reports.authorization_check import sharing_gaps
from csec_desktop.core.reports.blocks import (
    bullet,
    grid,
    key_values,
    para,
    paras,
    section,
    signature_lines,
)
from csec_desktop.core.reports.explanation import explanation_blocks
from csec_desktop.core.reports.meeting_rows import engagement_lines, meeting_rows, referral_rows
from csec_desktop.core.reports.needs import answer_blocks
from csec_desktop.core.reports.safety_plan_copy import safety_plan_blocks
from csec_desktop.core.reports.summary_data import SummaryData
from csec_desktop.core.reports.wording import format_day, format_moment

KEPT_ELSEWHERE = (
    "Some information is kept in the case file and is not shown on this copy, as the law on "
    "confidential and minor-consent information requires."
)


def professional_story(
    data: SummaryData, audience: Audience, printed_at: datetime, tz: tzinfo | None
) -> list[Flowable]:
    enc = data.encounter
    defn = data.instrument.definition
    table = audience.rules
    story: list[Flowable] = [
        para(f"{defn.title.en} — summary", "title"),
        para(
            f"{audience.label} copy · instrument {defn.id} version {defn.version}, "
            "as the record was answered",
            "subtitle",
        ),
    ]
    gaps = sharing_gaps(data, audience, local_date(printed_at, tz))
    if gaps:  # information beyond a current authorization: said before anything is read
        story += section("Check before sharing", [bullet(g, "body") for g in gaps])
    story += section("The youth", key_values(_youth_rows(data, audience, tz)))
    screening_rows = [
        ("Decision point", data.decision_point.en),
        ("Information received", format_moment(enc.info_received_at, tz)),
        ("Completed", f"{format_moment(enc.completed_at or '', tz)} by {data.completed_by_name}"),
        ("At the time", _circumstances(enc.in_care, enc.missing)),
    ]
    if table.interpreter:
        used = enc.interpreter.describe() if enc.interpreter else "Not recorded"
        screening_rows.append(("Interpreter", used))
    story += section("This screening", key_values(screening_rows))
    if table.outcome:
        story += explanation_blocks(data, audience)
    is_needs = defn.kind is InstrumentKind.NEEDS_ASSESSMENT
    story += answer_blocks(data, audience, "en")
    if table.duties:
        story += section("Duties and deadlines", _duties(data, printed_at, tz))
    story += _team(data, audience, tz)
    story += safety_plan_blocks(data, audience, tz)
    if table.engagement:
        lines = engagement_lines(data.case_items)
        story += section("Readiness and engagement", [bullet(line, "body") for line in lines])
    notes = [
        block
        for stored in selection.stored_notes(data, audience)
        for block in paras(_note_text(stored, tz))
    ]
    story += section("Case notes", notes)
    if table.kept_elsewhere_line:
        story.append(para(KEPT_ELSEWHERE, "small"))
    signers = table.signers
    if is_needs and table.signers and "Supervisor" in table.signers:
        signers = ("Worker", "Youth (if they wish)", "Supervisor")
    story.append(signature_lines(signers))
    return story


def _youth_rows(data: SummaryData, audience: Audience, tz: tzinfo | None) -> list[tuple[str, str]]:
    profile = data.youth.profile
    table = audience.rules
    rows: list[tuple[str, str]] = []
    if name := selection.name_used(data, audience):
        rows.append(("Name used", name))
    if table.legal_name:
        rows.append(("Legal name", profile.legal_name))
    if table.birth_date_and_case_numbers:
        if profile.birth_date:
            age = age_on(profile.birth_date, data.encounter.info_received_at, tz)
            rows.append(("Date of birth", f"{format_day(profile.birth_date)} (age {age})"))
        if profile.case_numbers:
            rows.append(("Case number", ", ".join(profile.case_numbers)))
        rows.append(("Agency", profile.agency.label))
    if table.aliases and profile.aliases:
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
    table = audience.rules
    members = selection.members(data, audience)
    referrals = selection.referrals(data, audience)
    meetings = selection.meetings(data, audience)
    out: list[Flowable] = []
    if members and table.role_wording is not RoleWording.AS_RECORDED:
        out += section(
            "The team around the youth",
            [bullet(selection.member_line(m, audience), "body") for m in members],
        )
    elif members:
        rows = [
            [
                m.name + (" (the youth asked for them)" if m.youth_chosen else ""),
                m.agency,
                m.role,
                m.contact if table.member_contacts else "",
            ]
            for m in members
        ]
        out += section(
            "The team around the youth",
            grid(["Name", "Agency", "Role", "Contact"], rows, [2.2, 2, 1.6, 1.4]),
        )
    if referrals:
        header = ["Area", "Agency", "Status and outcome", "Referred / follow up"]
        widths = [1.4, 1.8, 1.6, 1.6]
        if table.referral_notes:
            header, widths = [*header, "Note"], [*widths, 1.6]
        out += section(
            "Referrals", grid(header, referral_rows(referrals, table.referral_notes), widths)
        )
    if meetings:
        out += section(
            "MDT meetings",
            grid(
                ["Held", "Who took part", "Decisions and actions", "Shared under"],
                meeting_rows(meetings),
                [1.2, 1.8, 2.8, 1.6],
            ),
        )
    return out


def _note_text(stored: StoredItem, tz: tzinfo | None) -> str:
    """A note as printed; an addendum says so, with its reason, who and when."""
    note = stored.item
    assert isinstance(note, Note)
    if not note.is_addendum:
        return note.text
    return (
        f"Addendum by {stored.updated_by}, {format_moment(stored.updated_at, tz)} "
        f"({note.addendum_reason}): {note.text}"
    )
