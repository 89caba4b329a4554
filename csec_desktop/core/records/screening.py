"""Running a screening or assessment for a youth at a decision point, headless.

Ties the instrument navigator to the encounter store: each answer is committed as it is given
(the GUI says "saved" only after ``answer`` returns), the position is kept so a draft resumes
where it stopped, and completion signs the encounter, stores the outcome with its explanation
and creates the duties the policy's clocks ask for — all in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from csec_desktop.core.instruments import Instrument, InstrumentRegistry, Navigator
from csec_desktop.core.instruments.model import Text
from csec_desktop.core.instruments.scoring import Outcome, SessionContext
from csec_desktop.core.localtime import age_on
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.duties import DutyRecord, DutyStore
from csec_desktop.core.records.encounters import EncounterRecord, EncounterStore, PinnedDefinition
from csec_desktop.core.records.youth_store import YouthRecord
from csec_desktop.core.screening_policy import ScreeningPolicy


def outcome_to_json(outcome: Outcome) -> dict[str, Any]:
    """The outcome and why, in a form that is stored with the encounter and printed later."""

    def text(value: Text) -> dict[str, str]:
        return value.model_dump(exclude_none=True)

    return {
        "band": outcome.band,
        "band_label": text(outcome.band_label),
        "deciding_rule": None
        if outcome.deciding_rule is None
        else {
            "rule_id": outcome.deciding_rule.rule_id,
            "reason": text(outcome.deciding_rule.reason),
            "items": list(outcome.deciding_rule.items),
        },
        "fired": [
            {
                "rule_id": hit.rule_id,
                "band": hit.band,
                "reason": text(hit.reason),
                "items": list(hit.items),
            }
            for hit in outcome.fired
        ],
        "contributions": [
            {
                "item_id": c.item_id,
                "label": text(c.label),
                "answer": c.answer,
                "points": c.points,
                "group": c.group,
                "rules": list(c.rules),
            }
            for c in outcome.explanation
        ],
        "group_scores": dict(outcome.group_scores),
        "total_score": outcome.total_score,
    }


@dataclass(frozen=True)
class Completed:
    encounter: EncounterRecord
    duties: list[DutyRecord]


class ScreeningRun:
    """One encounter in progress: a navigator whose every change is saved."""

    def __init__(
        self, service: ScreeningService, encounter: EncounterRecord, navigator: Navigator
    ) -> None:
        self.service = service
        self.encounter = encounter
        self.navigator = navigator

    @property
    def encounter_id(self) -> str:
        return self.encounter.id

    def saved_times(self) -> dict[str, str]:
        """When each answer already in the vault was saved (a resumed draft shows them)."""
        return self.service.encounters.answer_times(self.encounter.id)

    def answer(self, value: Any) -> str:
        """Answer the current item and commit it; returns the saved-at time."""
        item = self.navigator.current
        if item is None:
            raise ValueError("there is no current item at the end of the form")
        return self.set_answer(item.id, value)

    def set_answer(self, item_id: str, value: Any) -> str:
        self.navigator.set_answer(item_id, value)
        stored = self.navigator.answers.get(item_id)
        return self.service.encounters.save_answer(
            self.encounter.id, item_id, stored, self.navigator.position
        )

    def set_answers(self, answers: dict[str, Any]) -> str:
        """Give many answers at once (bulk entry): one navigator refresh, one commit."""
        navigator = Navigator(
            self.navigator.instrument,
            {**self.navigator.answers, **answers},
            self.navigator.position,
            self.navigator.context,
        )
        self.navigator = navigator
        return self.service.encounters.save_answers(
            self.encounter.id, navigator.answers, navigator.position
        )

    def next(self) -> None:
        self.navigator.next()
        self.service.encounters.set_position(self.encounter.id, self.navigator.position)

    def back(self) -> None:
        self.navigator.back()
        self.service.encounters.set_position(self.encounter.id, self.navigator.position)

    def go_to(self, item_id: str) -> None:
        self.navigator.go_to(item_id)
        self.service.encounters.set_position(self.encounter.id, self.navigator.position)

    def complete(
        self, final_band: str | None = None, override_reason: str | None = None
    ) -> Completed:
        outcome = self.navigator.complete()
        band = final_band or outcome.band
        if band not in {b.id for b in self.navigator.instrument.definition.bands}:
            raise ValueError(f"unknown outcome band {band}")
        store, duties = self.service.encounters, DutyStore(self.service.ctx)
        with self.service.ctx.db.transaction():
            done = store.complete(
                self.encounter.id, outcome.band, band, override_reason, outcome_to_json(outcome)
            )
            created = duties.create_for(done, band, self.service.policy)
        self.encounter = done
        return Completed(done, created)


class ScreeningService:
    def __init__(
        self, ctx: RecordContext, registry: InstrumentRegistry, policy: ScreeningPolicy
    ) -> None:
        self.ctx = ctx
        self.registry = registry
        self.policy = policy
        self.encounters = EncounterStore(ctx)

    def offered(self, decision_point: str) -> list[Instrument]:
        return [self.registry.get(i) for i in self.policy.instruments_for(decision_point)]

    def start(
        self,
        youth: YouthRecord,
        decision_point: str,
        instrument_id: str,
        info_received_at: datetime,
    ) -> ScreeningRun:
        self.policy.decision_point(decision_point)  # refuses an unknown one
        instrument = self.registry.get(instrument_id)
        pinned = PinnedDefinition(
            instrument.id, instrument.version, instrument.content_hash, instrument.definition_json()
        )
        encounter = self.encounters.start(
            youth.id,
            decision_point,
            pinned,
            info_received_at,
            youth.profile.in_care,
            youth.profile.missing,
        )
        navigator = Navigator(instrument, context=_context(youth, decision_point, info_received_at))
        self.encounters.set_position(encounter.id, navigator.position)
        return ScreeningRun(self, self.encounters.get(encounter.id), navigator)

    def resume(self, encounter_id: str, youth: YouthRecord) -> ScreeningRun:
        """Reopen a draft (or a completed record, read-only) with its pinned definition."""
        encounter = self.encounters.get(encounter_id)
        instrument = self.registry.add_json(encounter.definition.definition_json)
        received = datetime.fromisoformat(encounter.info_received_at.replace("Z", "+00:00"))
        navigator = Navigator(
            instrument,
            answers=encounter.answers,
            position=encounter.position,
            context=_context(youth, encounter.decision_point, received),
        )
        return ScreeningRun(self, encounter, navigator)


def _context(youth: YouthRecord, decision_point: str, received: datetime) -> SessionContext:
    # The age skip logic and policy read is the age on the laptop's local date when the
    # information arrived, as the caseload and the printed summary show it.
    age = age_on(youth.profile.birth_date, received)
    return SessionContext(age=age, decision_point=decision_point)
