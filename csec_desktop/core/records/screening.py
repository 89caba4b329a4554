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

from datetime import datetime

from csec_desktop.core.errors import CsecError
from csec_desktop.core.instruments import Instrument, InstrumentRegistry, Navigator
from csec_desktop.core.instruments.scoring import SessionContext
from csec_desktop.core.localtime import age_on
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.records.duty_planner import DutyPlanner
from csec_desktop.core.records.encounter_record import EncounterRecord, PinnedDefinition
from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.core.records.exploitation_status import ExploitationStatus
from csec_desktop.core.records.interpreter import NO_INTERPRETER, Interpreter
from csec_desktop.core.records.missing import MissingEpisodes
from csec_desktop.core.records.screening_run import ScreeningRun
from csec_desktop.core.records.youth_history import in_care_at
from csec_desktop.core.records.youth_store import YouthRecord
from csec_desktop.core.screening_policy import ScreeningPolicy


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
