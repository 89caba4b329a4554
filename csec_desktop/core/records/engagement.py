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

from csec_desktop.core.records.case_text import CaseText

Stage = Literal["precontemplation", "contemplation", "preparation", "action", "maintenance"]
STAGES: dict[str, str] = {
    "precontemplation": "Not seeing a need for change yet",
    "contemplation": "Thinking about change",
    "preparation": "Getting ready to change",
    "action": "Making changes",
    "maintenance": "Keeping changes going",
}
Method = Literal["in_person", "phone", "text", "video", "outreach", "other"]
METHODS: dict[str, str] = {
    "in_person": "In person",
    "phone": "Phone call",
    "text": "Text message",
    "video": "Video call",
    "outreach": "Street or community outreach",
    "other": "Other",
}


class StageOfChange(CaseText):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["stage_of_change"] = "stage_of_change"
    stage: Stage
    noted_on: date
    note: str = Field("", max_length=2000)  # what tells the worker so, in the youth's words

    @property
    def stage_words(self) -> str:
        return STAGES[self.stage]


class EngagementAttempt(CaseText):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["engagement_attempt"] = "engagement_attempt"
    tried_on: date
    method: Method
    reached: bool = False  # the youth was reached and engaged
    note: str = Field("", max_length=2000)

    @property
    def method_words(self) -> str:
        return METHODS[self.method]
