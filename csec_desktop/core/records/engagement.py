"""The youth's readiness over time (stages of change) and the worker's engagement attempts.

Engagement with an exploited youth is rarely linear: a youth may move back and forth between
not seeing a problem, weighing it, preparing, acting and keeping it up, and the plan follows
where the youth is (stages of change, Prochaska and DiClemente, as CSEC practice guidance
applies it). Each entry is dated; the list over time is the record. Engagement attempts note
each try to reach the youth and whether it connected, so persistence is visible and counted.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import ConfigDict, Field

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.case_text import CaseText

Stage = Literal["precontemplation", "contemplation", "preparation", "action", "maintenance"]
STAGES: dict[str, str] = {
    "precontemplation": QT_TRANSLATE_NOOP("Engagement", "Not seeing a need for change yet"),
    "contemplation": QT_TRANSLATE_NOOP("Engagement", "Thinking about change"),
    "preparation": QT_TRANSLATE_NOOP("Engagement", "Getting ready to change"),
    "action": QT_TRANSLATE_NOOP("Engagement", "Making changes"),
    "maintenance": QT_TRANSLATE_NOOP("Engagement", "Keeping changes going"),
}
Method = Literal["in_person", "phone", "text", "video", "outreach", "other"]
METHODS: dict[str, str] = {
    "in_person": QT_TRANSLATE_NOOP("Engagement", "In person"),
    "phone": QT_TRANSLATE_NOOP("Engagement", "Phone call"),
    "text": QT_TRANSLATE_NOOP("Engagement", "Text message"),
    "video": QT_TRANSLATE_NOOP("Engagement", "Video call"),
    "outreach": QT_TRANSLATE_NOOP("Engagement", "Street or community outreach"),
    "other": QT_TRANSLATE_NOOP("Engagement", "Other"),
}


class StageOfChange(CaseText):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["stage_of_change"] = "stage_of_change"
    stage: Stage
    noted_on: date
    note: str = Field("", max_length=2000)  # what tells the worker so, in the youth's words

    @property
    def stage_words(self) -> str:
        """In English (the printed copies' words)."""
        return STAGES[self.stage]

    @property
    def stage_shown(self) -> str:
        """In the worker's language, for screens."""
        return translate("Engagement", STAGES[self.stage])


class EngagementAttempt(CaseText):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["engagement_attempt"] = "engagement_attempt"
    tried_on: date
    method: Method
    reached: bool = False  # the youth was reached and engaged
    note: str = Field("", max_length=2000)

    @property
    def method_words(self) -> str:
        """In English (the printed copies' words)."""
        return METHODS[self.method]

    @property
    def method_shown(self) -> str:
        """In the worker's language, for screens."""
        return translate("Engagement", METHODS[self.method])
