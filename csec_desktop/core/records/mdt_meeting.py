"""An MDT meeting: when, what kind, who came, what the youth asked for, what was decided, who
does what by when, the next meeting, and the basis on which information was shared.

The sharing basis is chosen from ``SHARING_BASES``. WIC 18961.7 lets MDT members share
information for 30 days after a report of suspected abuse or neglect, longer only for good
cause; ``sharing_warning`` says when a meeting leans on it past that window without a
good-cause note (the worker then records the cause, or the county's WIC 830 protocol, or an
authorization on file). Action items and the next meeting become duties on the Deadlines panel
(``case_duties``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time
from typing import Any, Literal

from pydantic import ConfigDict, Field, model_validator

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, english, translate
from csec_desktop.core.records.case_text import CaseText

OLD_DEFAULT_BASIS = "WIC 18961.7 (MDT information sharing)"  # every meeting's basis before
SHARING_DAYS = 30  # WIC 18961.7(c): sharing for 30 days after a report, longer for good cause
MeetingType = Literal["initial", "ongoing", "cft_combined", "transition"]
SharingBasis = Literal["wic_18961_7", "wic_830", "authorization"]
Discipline = Literal[
    "child_welfare", "probation", "mental_health", "public_health", "education",
    "law_enforcement", "court", "community_advocate", "survivor_mentor",
]  # fmt: skip

MEETING_TYPES: dict[str, str] = {
    "initial": QT_TRANSLATE_NOOP("MdtMeeting", "Initial or crisis"),
    "ongoing": QT_TRANSLATE_NOOP("MdtMeeting", "Ongoing"),
    "cft_combined": QT_TRANSLATE_NOOP(
        "MdtMeeting", "Combined with a Child and Family Team (CFT) meeting"
    ),
    "transition": QT_TRANSLATE_NOOP("MdtMeeting", "Transition"),
}
SHARING_BASES: dict[str, str] = {
    "wic_18961_7": QT_TRANSLATE_NOOP("MdtMeeting", "WIC 18961.7 (within 30 days of a report)"),
    "wic_830": QT_TRANSLATE_NOOP("MdtMeeting", "WIC 830 / county MDT protocol"),
    "authorization": QT_TRANSLATE_NOOP(
        "MdtMeeting", "Authorization on file (release or court order)"
    ),
}
DISCIPLINES: dict[str, str] = {
    "child_welfare": QT_TRANSLATE_NOOP("MdtMeeting", "Child welfare"),
    "probation": QT_TRANSLATE_NOOP("MdtMeeting", "Probation"),
    "mental_health": QT_TRANSLATE_NOOP("MdtMeeting", "Mental health"),
    "public_health": QT_TRANSLATE_NOOP("MdtMeeting", "Public health"),
    "education": QT_TRANSLATE_NOOP("MdtMeeting", "Education"),
    "law_enforcement": QT_TRANSLATE_NOOP("MdtMeeting", "Law enforcement"),
    "court": QT_TRANSLATE_NOOP("MdtMeeting", "Court"),
    "community_advocate": QT_TRANSLATE_NOOP("MdtMeeting", "Community advocate"),
    "survivor_mentor": QT_TRANSLATE_NOOP("MdtMeeting", "Survivor mentor"),
}


class ActionItem(CaseText):
    """Something a team member agreed to do, by when (becomes a duty)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    text: str = Field(min_length=1, max_length=500)
    owner: str = Field(min_length=1, max_length=200)
    due_on: date


class MdtMeeting(CaseText):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["mdt_meeting"] = "mdt_meeting"
    held_on: date
    starts_at: time | None = None  # local wall-clock time
    meeting_type: MeetingType = "ongoing"
    attendees: tuple[str, ...] = ()  # names as printed (members and anyone else who came)
    attendee_ids: tuple[str, ...] = ()  # the MDT member records among them
    youth_attended: bool = False
    youth_asked_for: str = Field("", max_length=2000)
    decisions: str = Field("", max_length=4000)
    action_items: tuple[ActionItem, ...] = ()
    next_meeting_on: date | None = None
    sharing_basis: SharingBasis = "wic_18961_7"
    report_on: date | None = None  # the report that opened WIC 18961.7's 30 days
    good_cause: str = Field("", max_length=1000)  # why sharing under 18961.7 continues
    basis_note: str = Field("", max_length=300)  # an older laptop's free-text basis, kept

    @model_validator(mode="before")
    @classmethod
    def _legacy_basis(cls, data: Any) -> Any:
        # Older laptops stored the basis as free text ("WIC 18961.7 (MDT information
        # sharing)"); it is read as the section it names, and other text as the county
        # protocol. Text other than the old default is kept word for word in ``basis_note``.
        basis = data.get("sharing_basis") if isinstance(data, dict) else None
        if isinstance(basis, str) and basis not in SHARING_BASES:
            note = "" if basis == OLD_DEFAULT_BASIS else basis
            data = {"basis_note": note, **data, "sharing_basis": _basis_of(basis)}
        return data

    @property
    def basis_words(self) -> str:
        """The sharing basis in English (the printed copies' words)."""
        return self._basis(english)

    @property
    def basis_shown(self) -> str:
        """The sharing basis in the worker's language, for screens."""
        return self._basis(translate)

    def _basis(self, say: Callable[[str, str], str]) -> str:
        words = say("MdtMeeting", SHARING_BASES[self.sharing_basis])
        if not self.basis_note:
            return words
        return say(
            "MdtMeeting", QT_TRANSLATE_NOOP("MdtMeeting", "{basis} — as recorded: {note}")
        ).format(basis=words, note=self.basis_note)

    @property
    def type_words(self) -> str:
        """The meeting type in English (the printed copies' words)."""
        return MEETING_TYPES[self.meeting_type]

    @property
    def type_shown(self) -> str:
        """The meeting type in the worker's language, for screens."""
        return translate("MdtMeeting", MEETING_TYPES[self.meeting_type])


def _basis_of(text: str) -> str:
    folded = text.casefold()
    if "18961" in folded:
        return "wic_18961_7"
    if "authoriz" in folded or "release" in folded or "consent" in folded:
        return "authorization"
    return "wic_830"


def sharing_warning(meeting: MdtMeeting, say: Callable[[str, str], str] = english) -> str:
    """Why this meeting's sharing basis needs attention, or "" when it does not; in English
    (the printed copies' words) unless ``say`` is ``translate`` (screens).

    Rule (WIC 18961.7(c)): members may share under this section for 30 days after the report,
    longer only for good cause. A meeting more than ``SHARING_DAYS`` days after the report
    without a good-cause note is warned about, and so is one that does not say when the report
    was made (the window cannot be checked)."""
    if meeting.sharing_basis != "wic_18961_7":
        return ""
    if meeting.report_on is None:
        return say(
            "MdtMeeting",
            QT_TRANSLATE_NOOP(
                "MdtMeeting",
                "WIC 18961.7 allows sharing for 30 days after a report: record the report's "
                "date so the window can be checked.",
            ),
        )
    days = (meeting.held_on - meeting.report_on).days
    if days > SHARING_DAYS and not meeting.good_cause.strip():
        return say(
            "MdtMeeting",
            QT_TRANSLATE_NOOP(
                "MdtMeeting",
                "This meeting is {days} days after the report. WIC 18961.7 allows sharing for "
                "{limit} days unless there is good cause: record the good cause, or choose "
                "WIC 830 / the county protocol or an authorization on file.",
            ),
        ).format(days=days, limit=SHARING_DAYS)
    return ""
