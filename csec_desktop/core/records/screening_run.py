"""One screening or assessment in progress: each answer is committed as it is given (the GUI
says "saved" only after ``answer`` returns), the position is kept so a draft resumes where it
stopped, and a draft whose answers make a decisive rule true already starts the *provisional*
duties (reporting does not wait for the form to be finished).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from csec_desktop.core.clock import from_iso
from csec_desktop.core.instruments import Navigator
from csec_desktop.core.instruments.model import InstrumentKind
from csec_desktop.core.records.duties import DutyRecord
from csec_desktop.core.records.duty_planner import situation_for
from csec_desktop.core.records.encounter_record import EncounterRecord
from csec_desktop.core.records.outcome_record import (
    tags_answered_yes,
)
from csec_desktop.core.records.screening_completion import Completed, complete_run
from csec_desktop.core.records.youth_store import YouthStore

if TYPE_CHECKING:
    from csec_desktop.core.records.screening import ScreeningService


class ScreeningRun:
    """One encounter in progress: a navigator whose every change is saved."""

    def __init__(
        self, service: ScreeningService, encounter: EncounterRecord, navigator: Navigator
    ) -> None:
        self.service = service
        self.encounter = encounter
        self.navigator = navigator
        self.provisional_duties: list[DutyRecord] = []  # started from this draft so far
        # What the provisional duties were last planned for (band, rules, tags): an answer that
        # changes none of them plans nothing new, so it skips the planner's reads.
        self._planned_for: tuple[str, frozenset[str], frozenset[str]] | None = None
        # The tags of the items answered yes (``tags_answered_yes``), kept between answers:
        # they read only the answers of items that carry tags, so an answer to any other item
        # leaves them as they were (None: work them out again).
        self._yes_tags: frozenset[str] | None = None

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
        stored = self.navigator.store_answer(item_id, value)
        if self.navigator.instrument.item(item_id).tags:
            self._yes_tags = None
        stamp = self.service.encounters.save_answer(
            self.encounter.id, item_id, stored, self.navigator.position
        )
        self._provisional()
        return stamp

    def set_answers(self, answers: dict[str, Any]) -> str:
        """Give many answers at once (bulk entry): one navigator refresh, one commit."""
        navigator = Navigator(
            self.navigator.instrument,
            {**self.navigator.answers, **answers},
            self.navigator.position,
            self.navigator.context,
        )
        self.navigator = navigator
        self._yes_tags = None
        stamp = self.service.encounters.save_answers(
            self.encounter.id, navigator.answers, navigator.position
        )
        self._provisional()
        return stamp

    def _provisional(self) -> None:
        """Start the provisional duties a decisive answer in this draft calls for, stamped
        from when the information was received; they stay whatever becomes of the draft."""
        if self.navigator.instrument.definition.kind is InstrumentKind.NEEDS_ASSESSMENT:
            return
        decision = self.navigator.decision
        rules, tags = decision.rule_ids, self.yes_tags()
        key = (decision.band, rules, tags)
        if not rules and not tags:
            if self._planned_for is not None:  # a decisive answer was withdrawn
                with self.service.ctx.db.transaction():
                    self.service.planner.withdraw_provisional(self.encounter.id, set())
                self._planned_for = None
            return  # nothing decisive yet: the common case costs no queries
        if key == self._planned_for:
            return  # planned for exactly this already; completion plans again from the end
        youth = YouthStore(self.service.ctx).get(self.encounter.youth_id, audit=False)
        received = from_iso(self.encounter.info_received_at)
        situation = situation_for(
            youth.profile,
            "screening",
            received,
            band=decision.band,
            rules=rules,
            decision_point=self.encounter.decision_point,
            missing=self.encounter.missing,
            in_care=self.encounter.in_care or youth.profile.in_foster_care,
            draft=True,
            tags=tags,
        )
        planner = self.service.planner
        with self.service.ctx.db.transaction():
            wanted = {d.id for d in planner.policy.duties_for(situation)}
            planner.withdraw_provisional(self.encounter.id, wanted)
            planned = planner.plan(
                self.encounter.youth_id, situation, received, encounter_id=self.encounter.id
            )
        self.provisional_duties.extend(planned.created)
        self._planned_for = key

    def yes_tags(self) -> frozenset[str]:
        """The tags of the items answered yes so far (``tags_answered_yes``; kept between
        answers that cannot change them)."""
        if self._yes_tags is None:
            self._yes_tags = tags_answered_yes(self.navigator)
        return self._yes_tags

    def next(self) -> None:
        self.navigator.next()
        self.service.encounters.set_position(self.encounter.id, self.navigator.position)

    def back(self) -> None:
        self.navigator.back()
        self.service.encounters.set_position(self.encounter.id, self.navigator.position)

    def go_to(self, item_id: str | None) -> None:
        """Move to ``item_id``, or to the review page for None; the position is saved."""
        if item_id is None:
            self.navigator.go_to_end()
        else:
            self.navigator.go_to(item_id)
        self.service.encounters.set_position(self.encounter.id, self.navigator.position)

    def complete(
        self, final_band: str | None = None, override_reason: str | None = None
    ) -> Completed:
        """Sign the encounter (``screening_completion.complete_run``): the outcome stands, or
        ``final_band`` with ``override_reason``; a decisive one overridden down waits for a
        co-signature."""
        return complete_run(self, final_band, override_reason)
