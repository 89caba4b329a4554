"""Running a screening or assessment for a youth at a decision point, headless.

Ties the instrument navigator to the encounter store: each answer is committed as it is given
(the GUI says "saved" only after ``answer`` returns), the position is kept so a draft resumes
where it stopped, and completion signs the encounter, stores the outcome with its explanation,
sets the youth's exploitation status and creates the duties the policy's clocks ask for — all
in one transaction. A draft whose answers make a decisive rule true already starts the
*provisional* duties (reporting does not wait for the form to be finished). Overriding a
decisive outcome downward needs a supervisor's co-signature: until then the computed outcome
stands, with its duties.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from csec_desktop.core.clock import from_iso
from csec_desktop.core.display_words import record_day_words
from csec_desktop.core.errors import CsecError
from csec_desktop.core.instruments import Instrument, InstrumentRegistry, Navigator
from csec_desktop.core.instruments.model import InstrumentKind
from csec_desktop.core.instruments.scoring import SessionContext
from csec_desktop.core.localtime import age_on, local_date
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.case_items import StoredItem
from csec_desktop.core.records.duties import DutyRecord, DutyStore
from csec_desktop.core.records.duty_planner import DutyPlanner, Referenced, situation_for
from csec_desktop.core.records.encounters import EncounterRecord, EncounterStore, PinnedDefinition
from csec_desktop.core.records.exploitation_status import ExploitationStatus
from csec_desktop.core.records.interpreter import NO_INTERPRETER, Interpreter
from csec_desktop.core.records.missing import MissingEpisodes
from csec_desktop.core.records.needs_referrals import add_chosen_referrals
from csec_desktop.core.records.outcome_record import (
    needs_cosign,
    outcome_to_json,
    tags_answered_yes,
)
from csec_desktop.core.records.youth_history import in_care_at
from csec_desktop.core.records.youth_store import YouthRecord, YouthStore
from csec_desktop.core.screening_policy import ScreeningPolicy


@dataclass(frozen=True)
class Completed:
    encounter: EncounterRecord
    duties: list[DutyRecord]  # created by this completion
    referenced: list[Referenced] = field(default_factory=list)  # already open or done
    override_pending: bool = False  # a decisive outcome overridden down: awaiting co-sign
    debriefs_done: list[str] = field(default_factory=list)  # debrief duties this one did
    # Service-plan referrals a needs assessment's chosen referrals became (needs_referrals.py)
    referrals: list[StoredItem] = field(default_factory=list)


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
        rules, tags = decision.rule_ids, tags_answered_yes(self.navigator)
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
        outcome = self.navigator.complete()
        instrument = self.navigator.instrument
        band = final_band or outcome.band
        if band not in {b.id for b in instrument.definition.bands}:
            raise ValueError(f"unknown outcome band {band}")
        if band != outcome.band and not (override_reason or "").strip():
            raise CsecError("Changing the outcome needs a written reason.")
        pending = needs_cosign(instrument, outcome, band)
        explanation = outcome_to_json(outcome)
        if pending:
            explanation["override_request"] = {
                "band": band,
                "reason": (override_reason or "").strip(),
                "by": self.service.ctx.actor.username,
                "at": self.service.ctx.now(),
                "cosigned_by": None,
            }
        stands = outcome.band if pending else band
        service, ctx = self.service, self.service.ctx
        with ctx.db.transaction():
            done = service.encounters.complete(
                self.encounter.id,
                outcome.band,
                stands,
                None if pending else override_reason,
                explanation,
            )
            youth = YouthStore(ctx).get(done.youth_id, audit=False)
            received = from_iso(done.info_received_at)
            screening = instrument.definition.kind is not InstrumentKind.NEEDS_ASSESSMENT
            if screening:
                ExploitationStatus(ctx).apply_screen(done.youth_id, stands, done.id, received)
            situation = situation_for(
                youth.profile,
                "screening",
                received,
                band=stands,
                rules=frozenset(hit.rule_id for hit in outcome.fired)
                if stands == outcome.band
                else frozenset(),
                decision_point=done.decision_point,
                missing=done.missing,
                in_care=done.in_care or youth.profile.in_foster_care,
                tags=tags_answered_yes(self.navigator),
            )
            # Signed answers decide: what a withdrawn answer started in the draft is closed.
            wanted = {d.id for d in service.policy.duties_for(situation)}
            service.planner.withdraw_provisional(done.id, wanted)
            planned = service.planner.plan(done.youth_id, situation, received, encounter_id=done.id)
            debriefs = (
                service.missing.link_debrief(done.youth_id, done.id, done.decision_point)
                if screening
                else []
            )
            referrals = (
                []
                if screening
                else add_chosen_referrals(
                    ctx,
                    done.youth_id,
                    self.navigator,
                    record_day_words(local_date(from_iso(done.completed_at or ctx.now()))),
                )
            )
        self.encounter = done
        return Completed(done, planned.created, planned.referenced, pending, debriefs, referrals)


class ScreeningService:
    def __init__(
        self, ctx: RecordContext, registry: InstrumentRegistry, policy: ScreeningPolicy
    ) -> None:
        self.ctx = ctx
        self.registry = registry
        self.policy = policy
        self.encounters = EncounterStore(ctx)
        self.planner = DutyPlanner(ctx, policy)
        self.missing = MissingEpisodes(ctx, policy)

    def cosign_override(self, encounter_id: str, cosigner: Actor) -> EncounterRecord:
        """A supervisor co-signs a pending override of a decisive outcome: the requested
        outcome then stands, the duties this encounter started are closed as not applicable
        with the reason, and a status this encounter set ends (audited)."""
        encounter = self.encounters.get(encounter_id)
        request = (encounter.explanation or {}).get("override_request")
        if not request or request.get("cosigned_by"):
            raise CsecError("There is no override waiting for a co-signature.")
        if cosigner.username in (self.ctx.actor.username, request["by"]):
            raise CsecError("A second person must co-sign: the supervisor cannot be the worker.")
        band, reason = str(request["band"]), str(request["reason"])
        explanation = {
            **encounter.explanation,
            "override_request": {**request, "cosigned_by": cosigner.username},
        }
        why = f"Outcome overridden (co-signed by {cosigner.display_name}): {reason}"
        duties, status = DutyStore(self.ctx), ExploitationStatus(self.ctx)
        with self.ctx.db.transaction():
            changed = self.encounters.record_override(encounter_id, band, reason, explanation)
            for duty in duties.for_encounter(encounter_id):
                if duty.status == "open":
                    duties.mark_not_applicable(duty.id, why, cosigner)
            current = status.current(encounter.youth_id)
            if current is not None and current.data.get("set_by_encounter") == encounter_id:
                status.end(encounter.youth_id, why, self.ctx.clock(), band)
        return changed

    def offered(self, decision_point: str) -> list[Instrument]:
        """The instruments the policy offers here that this laptop has. One it lacks is left
        out: the check at sign-in (records/county_instruments.py) already named it."""
        ids = self.policy.instruments_for(decision_point)
        return [self.registry.get(i) for i in ids if self.registry.has(i)]

    def start(
        self,
        youth: YouthRecord,
        decision_point: str,
        instrument_id: str,
        info_received_at: datetime,
        interpreter: Interpreter = NO_INTERPRETER,
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
            # In care when the information was received, by legal status as much as by the
            # profile's flag: a WIC 300 dependent is in care even with the flag left unticked.
            in_care_at(self.ctx, youth.id, youth.profile, info_received_at),
            youth.profile.missing,
            interpreter,
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
