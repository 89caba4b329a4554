"""Signing a screening or assessment: the outcome, its explanation, the youth's exploitation
status, the duties the policy's clocks ask for, debriefs and chosen referrals, in one
transaction. Overriding a decisive outcome downward needs a supervisor's co-signature: until
then the computed outcome stands, with its duties.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from csec_desktop.core.clock import from_iso
from csec_desktop.core.display_words import record_day_words
from csec_desktop.core.errors import CsecError
from csec_desktop.core.instruments.model import InstrumentKind
from csec_desktop.core.localtime import local_date
from csec_desktop.core.records.case_items import StoredItem
from csec_desktop.core.records.duties import DutyRecord
from csec_desktop.core.records.duty_planner import Referenced, situation_for
from csec_desktop.core.records.encounter_record import EncounterRecord
from csec_desktop.core.records.exploitation_status import ExploitationStatus
from csec_desktop.core.records.needs_referrals import add_chosen_referrals
from csec_desktop.core.records.outcome_record import (
    needs_cosign,
    outcome_to_json,
    tags_answered_yes,
)
from csec_desktop.core.records.youth_store import YouthStore

if TYPE_CHECKING:
    from csec_desktop.core.records.screening_run import ScreeningRun


@dataclass(frozen=True)
class Completed:
    encounter: EncounterRecord
    duties: list[DutyRecord]  # created by this completion
    referenced: list[Referenced] = field(default_factory=list)  # already open or done
    override_pending: bool = False  # a decisive outcome overridden down: awaiting co-sign
    debriefs_done: list[str] = field(default_factory=list)  # debrief duties this one did
    # Service-plan referrals a needs assessment's chosen referrals became (needs_referrals.py)
    referrals: list[StoredItem] = field(default_factory=list)


def complete_run(
    run: ScreeningRun, final_band: str | None = None, override_reason: str | None = None
) -> Completed:
    """Sign ``run``'s encounter in one transaction: the outcome (or ``final_band`` with a
    written ``override_reason``; a decisive outcome overridden down stands until co-signed),
    the youth's exploitation status, the duties planned from the final answers (those a
    withdrawn answer started are closed), debriefs done and a needs assessment's chosen
    referrals. Raises ``ValueError`` for an unknown band, ``CsecError`` without a reason."""
    outcome = run.navigator.complete()
    instrument = run.navigator.instrument
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
            "by": run.service.ctx.actor.username,
            "at": run.service.ctx.now(),
            "cosigned_by": None,
        }
    stands = outcome.band if pending else band
    service, ctx = run.service, run.service.ctx
    with ctx.db.transaction():
        done = service.encounters.complete(
            run.encounter.id,
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
            tags=tags_answered_yes(run.navigator),
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
                run.navigator,
                record_day_words(local_date(from_iso(done.completed_at or ctx.now()))),
            )
        )
    run.encounter = done
    return Completed(done, planned.created, planned.referenced, pending, debriefs, referrals)
