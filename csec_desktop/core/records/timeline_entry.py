"""What a timeline is made of: the kinds of entry, one entry, and the language it is told in."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate


class TimelineKind(StrEnum):
    SCREENING = "screening"
    STATUS = "status"
    MISSING = "missing"
    DUTY = "duty"
    REFERRAL = "referral"
    MEETING = "meeting"
    NOTE = "note"

    @property
    def label(self) -> str:
        """In English: what the printed timeline says (it picks its own language)."""
        return _KIND_LABELS[self]

    @property
    def words(self) -> str:
        """In the worker's language, for the timeline tab."""
        return translate("Timeline", _KIND_LABELS[self])


_KIND_LABELS = {
    TimelineKind.SCREENING: QT_TRANSLATE_NOOP("Timeline", "Screenings and assessments"),
    TimelineKind.STATUS: QT_TRANSLATE_NOOP("Timeline", "Status changes"),
    TimelineKind.MISSING: QT_TRANSLATE_NOOP("Timeline", "Missing episodes"),
    TimelineKind.DUTY: QT_TRANSLATE_NOOP("Timeline", "Duties done"),
    TimelineKind.REFERRAL: QT_TRANSLATE_NOOP("Timeline", "Referrals"),
    TimelineKind.MEETING: QT_TRANSLATE_NOOP("Timeline", "MDT meetings"),
    TimelineKind.NOTE: QT_TRANSLATE_NOOP("Timeline", "Notes"),
}


@dataclass(frozen=True)
class TimelineEntry:
    at: datetime  # aware; for a date-only record, the start of that local day
    kind: TimelineKind
    title: str
    detail: str = ""
    record_id: str = ""
    all_day: bool = False  # the record has a date but no time (a meeting, a referral)


@dataclass(frozen=True)
class TimelineWords:
    """The language of one timeline: English for paper, the worker's for a screen."""

    lang: str

    def say(self, text: str) -> str:
        """``text`` (marked in context "Timeline") in this timeline's language."""
        return text if self.lang == "en" else translate("Timeline", text)

    def of(self, label: dict[str, str], fallback: str) -> str:
        """A stored en/es label (a duty's) in this timeline's language."""
        return label.get(self.lang) or label.get("en", fallback)
