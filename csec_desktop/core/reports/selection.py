"""Which case records and names a copy carries, read from the audience table.

Each function answers one question for one audience; the copies (professional, handover,
youth) only lay out what these return, so no layout decides what a reader may see.
"""

from __future__ import annotations

from datetime import tzinfo

from csec_desktop.core.localtime import age_on
from csec_desktop.core.records.case_items import MdtMeeting, MdtMember, Note, Referral, StoredItem
from csec_desktop.core.reports import audience_visibility as rules
from csec_desktop.core.reports.audience import Audience
from csec_desktop.core.reports.audience_fields import ChosenName, RoleWording
from csec_desktop.core.reports.summary_data import SummaryData


def members(data: SummaryData, audience: Audience) -> list[MdtMember]:
    return [
        m
        for s in data.case_items
        if isinstance(m := s.item, MdtMember)
        and rules.member_visible(audience, m.shared_with, m.youth_chosen, m.role, m.agency, m.name)
    ]


def referrals(data: SummaryData, audience: Audience) -> list[Referral]:
    return [
        r
        for s in data.case_items
        if isinstance(r := s.item, Referral) and rules.referral_visible(r.domain, audience)
    ]


def member_line(member: MdtMember, audience: Audience) -> str:
    """One team line in this copy's words: the role and agency as recorded, or only the
    worker's neutral description; the contact where the copy carries contacts."""
    rules = audience.rules
    if rules.role_wording is RoleWording.AS_RECORDED:
        line = f"{member.name} — {member.role}, {member.agency}"
    elif member.neutral_description:
        line = f"{member.name} — {member.neutral_description}"
    else:
        line = member.name
    return f"{line}: {member.contact}" if member.contact and rules.member_contacts else line


def meetings(data: SummaryData, audience: Audience) -> list[MdtMeeting]:
    if not audience.rules.meetings:
        return []
    return [m for s in data.case_items if isinstance(m := s.item, MdtMeeting)]


def stored_notes(data: SummaryData, audience: Audience) -> list[StoredItem]:
    """The notes this copy carries, with who wrote them and when (addenda print both)."""
    return [
        s
        for s in data.case_items
        if isinstance(n := s.item, Note)
        and rules.note_visible(audience, n.shared_with, n.from_sud_program)
    ]


def notes(data: SummaryData, audience: Audience) -> list[Note]:
    return [s.item for s in stored_notes(data, audience) if isinstance(s.item, Note)]


def chosen_name_shown(data: SummaryData, audience: Audience) -> bool:
    if audience.rules.chosen_name is ChosenName.ALWAYS:
        return True
    return data.youth.profile.caregiver_may_know_name


def first_name(data: SummaryData, audience: Audience) -> str:
    """The name a copy calls the youth by in its sentences."""
    profile = data.youth.profile
    if profile.chosen_name and chosen_name_shown(data, audience):
        return profile.chosen_name
    return profile.legal_first_name


def legal_name(data: SummaryData, audience: Audience) -> str:
    """The legal first and last name, or "" when this copy may not show it."""
    profile = data.youth.profile
    return (
        f"{profile.legal_first_name} {profile.legal_last_name}" if audience.rules.legal_name else ""
    )


def name_used(data: SummaryData, audience: Audience) -> str:
    """The name the youth uses, with pronouns, or "" when this copy may not show it."""
    profile = data.youth.profile
    if not chosen_name_shown(data, audience):
        return ""
    name = profile.chosen_name or profile.legal_first_name
    return f"{name} ({profile.pronouns})" if profile.pronouns else name


def age_at_record(data: SummaryData, tz: tzinfo | None) -> int | None:
    """The youth's age when the information was received, by the local calendar in ``tz``."""
    return age_on(data.youth.profile.birth_date, data.encounter.info_received_at, tz)
