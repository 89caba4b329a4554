"""Creating the duties a situation starts, once per youth and episode.

One place decides which duties a screening, a draft, a missing episode or a located youth
starts (the policy's triggers, matched against a ``Situation``) and whether each is new. A duty
of the same kind already open for the youth, or done or waived within the same episode, is
*referenced* ("already reported on …, ref …") instead of created again, so re-screening an
identified youth does not raise the whole set of alarms again. The episode of a screening duty
is the youth's current spell of concern (see ``exploitation_status.concern_since``); of a
missing or located duty, the missing episode. Case-team entries (a referral's follow-up or
re-offer, an MDT meeting's action items) start theirs through ``plan_item_duties``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from csec_desktop.core.clock import from_iso, to_iso
from csec_desktop.core.display_words import day_words, local, moment_words
from csec_desktop.core.i18n import translate
from csec_desktop.core.localtime import age_on, local_day_bounds
from csec_desktop.core.nfc import nfc_all
from csec_desktop.core.records.base import RecordContext, new_id
from csec_desktop.core.records.case_duties import DUE_HOUR, item_duties
from csec_desktop.core.records.duties import DutyRecord, DutyStore
from csec_desktop.core.records.exploitation_status import concern_since
from csec_desktop.core.records.youth import YouthProfile
from csec_desktop.core.screening_policy import Duty, ScreeningPolicy, Situation
from csec_desktop.core.vault.audit import AuditEvent
from csec_desktop.core.worker_language import worker_language


@dataclass(frozen=True)
class Referenced:
    """A duty that was not created again because this one already covers it."""

    duty_type: str
    existing: DutyRecord

    @property
    def words(self) -> str:
        """What the completed page says of a duty met or open already, in the worker's
        language (a screen text; nothing stores or prints it)."""
        labels = self.existing.label
        label = labels.get(worker_language()) or labels.get("en", self.duty_type)
        done = self.existing.data.get("done")
        if self.existing.status == "done" and done:
            ref = f", ref {done['reference']}" if done.get("reference") else ""
            return translate("DutyPlanner", "{label}: already done on {day}{ref}").format(
                label=label, day=day_words(local(from_iso(str(done["at"]))).date()), ref=ref
            )
        if self.existing.status == "not_applicable":
            return translate("DutyPlanner", "{label}: already recorded as not applicable").format(
                label=label
            )
        return translate("DutyPlanner", "{label}: already open, due {when}").format(
            label=label, when=moment_words(self.existing.due_at)
        )


@dataclass(frozen=True)
class Planned:
    created: list[DutyRecord]
    referenced: list[Referenced]


def situation_for(
    profile: YouthProfile, event: str, received: datetime, **fields: object
) -> Situation:
    """The situation of a youth at ``received`` (age on that day, legal status, placement)."""
    return Situation(
        event=event,  # type: ignore[arg-type]
        age=age_on(profile.birth_date, received),  # on the laptop's local date
        legal_status=profile.legal_status.value,
        placement_type=profile.placement_type.value,
        missing=bool(fields.pop("missing", profile.missing)),
        in_care=bool(fields.pop("in_care", profile.in_foster_care)),
        **fields,  # type: ignore[arg-type]
    )


class DutyPlanner:
    def __init__(self, ctx: RecordContext, policy: ScreeningPolicy) -> None:
        self.ctx = ctx
        self.policy = policy
        self.store = DutyStore(ctx)

    def plan(
        self,
        youth_id: str,
        situation: Situation,
        received: datetime,
        encounter_id: str | None = None,
        episode_id: str | None = None,
    ) -> Planned:
        """Create the duties ``situation`` starts (in the caller's transaction, if any)."""
        existing = self.store.for_youth(youth_id)
        since = concern_since(self.ctx, youth_id) if situation.event == "screening" else None
        created, referenced = [], []
        with self.ctx.db.transaction():
            for duty in self.policy.duties_for(situation):
                same = _already(duty, existing, encounter_id, episode_id, since)
                if same is not None:
                    referenced.append(Referenced(duty.id, same))
                    continue
                record = self._create(
                    youth_id, duty, received, encounter_id, episode_id, situation.draft
                )
                created.append(record)
                existing.append(record)
        return Planned(created, referenced)

    def withdraw_provisional(self, encounter_id: str, wanted: set[str]) -> list[DutyRecord]:
        """Close, as not applicable, the open provisional duties draft ``encounter_id``
        started whose type the answers no longer call for (``wanted``: the duty types the
        current answers start). An answer changed before signing withdraws what it started
        (the danger-now safety duty and its banner), so the duties after signing match the
        signed answers. Kept: a provisional duty already done, and a mandated report — the
        reasonable suspicion arose when the answer was given (PC 11166(a)); it is waived
        only with a supervisor's co-signature (``DutyStore.mark_not_applicable``). Audited;
        runs inside the caller's transaction."""
        withdrawn = []
        reason = "Withdrawn: the answer that started it was changed before the form was signed."
        for duty in self.store.for_encounter(encounter_id):
            if duty.status != "open" or not duty.provisional or duty.duty_type in wanted:
                continue
            if duty.mandated:
                continue
            data = {k: v for k, v in duty.data.items() if k != "waiver_pending"}
            data["not_applicable"] = {
                "reason": reason,
                "by": self.ctx.actor.username,
                "withdrawn": True,
            }
            self.ctx.touch("duties", duty.id, {"status": "not_applicable", "data": _json(data)})
            self.ctx.audit_event(
                AuditEvent.RECORD_CHANGED, duty.id, "duty", status="not_applicable", withdrawn=True
            )
            withdrawn.append(self.store.get(duty.id))
        return withdrawn

    def _create(
        self,
        youth_id: str,
        duty: Duty,
        received: datetime,
        encounter_id: str | None,
        episode_id: str | None,
        provisional: bool,
    ) -> DutyRecord:
        duty_id = new_id()
        data = {
            "label": duty.label.model_dump(exclude_none=True),
            "citation": duty.citation,
            "hours": duty.hours,
            "county_setting": duty.county_setting,
            "received_at": to_iso(received),
            "mandated": duty.mandated,
            "grace_minutes": self.policy.immediate_grace_minutes if duty.hours is None else 0,
        }
        if episode_id:
            data["episode_id"] = episode_id
        if provisional:
            data["provisional"] = True
        self.ctx.insert(
            "duties",
            duty_id,
            {
                "youth_id": youth_id,
                "encounter_id": encounter_id,
                "duty_type": duty.id,
                "due_at": to_iso(duty.due_by(received)),
                "status": "open",
                "data": json.dumps(nfc_all(data), sort_keys=True),
            },
        )
        self.ctx.audit_event(AuditEvent.RECORD_CREATED, duty_id, "duty", duty=duty.id)
        return self.store.get(duty_id)


def _already(
    duty: Duty,
    existing: list[DutyRecord],
    encounter_id: str | None,
    episode_id: str | None,
    since: datetime | None,
) -> DutyRecord | None:
    """The duty of the same kind that already covers this youth and episode, if any."""
    for other in existing:
        if other.duty_type != duty.id or _withdrawn(other):
            continue  # a withdrawn duty covers nothing: a new answer starts it again
        if episode_id is not None:
            if other.episode_id == episode_id:
                return other
            continue
        if other.episode_id is not None:
            continue
        if other.status == "open" or (encounter_id and other.encounter_id == encounter_id):
            return other
        received = from_iso(str(other.data.get("received_at", to_iso(other.due_at))))
        if since is not None and received >= since:
            return other
    return None


def _withdrawn(duty: DutyRecord) -> bool:
    return duty.status == "not_applicable" and bool(
        (duty.data.get("not_applicable") or {}).get("withdrawn")
    )


def plan_item_duties(ctx: RecordContext, youth_id: str, item_id: str, item: Any) -> None:
    """Keep the duties of case-team entry ``item_id`` in step with ``item`` (None: removed).

    What is wanted comes from ``case_duties.item_duties``. An open duty moves to the new date
    or wording; a duty already done for the same date is not started again; an open duty the
    entry no longer asks for is closed as not applicable, with the reason. Runs inside the
    caller's transaction."""
    store = DutyStore(ctx)
    mine = [d for d in store.for_youth(youth_id) if d.data.get("case_item_id") == item_id]
    wanted = {w.key: w for w in item_duties(item)} if item is not None else {}
    for key, want in wanted.items():
        due = local_day_bounds(want.due_on)[0] + timedelta(hours=DUE_HOUR)
        same = [d for d in mine if d.data.get("item_key") == key]
        current = next((d for d in same if d.status == "open"), None)
        if current is not None:
            if current.due_at != due or current.label.get("en") != want.label:
                data = {**current.data, "label": {"en": want.label}}
                ctx.touch("duties", current.id, {"due_at": to_iso(due), "data": _json(data)})
                ctx.audit_event(AuditEvent.RECORD_CHANGED, current.id, "duty", retimed=True)
            continue
        if any(d.due_at == due for d in same):
            continue  # already done (or waived) for this date
        duty_id = new_id()
        data = {
            "label": {"en": want.label}, "citation": want.citation, "hours": 0,
            "county_setting": False, "received_at": ctx.now(), "mandated": False,
            "grace_minutes": 0, "case_item_id": item_id, "item_key": key,
        }  # fmt: skip
        ctx.insert("duties", duty_id, {"youth_id": youth_id, "encounter_id": None,
                                       "duty_type": want.duty_type, "due_at": to_iso(due),
                                       "status": "open", "data": _json(data)})  # fmt: skip
        ctx.audit_event(AuditEvent.RECORD_CREATED, duty_id, "duty", duty=want.duty_type)
    for duty in mine:
        if duty.status == "open" and duty.data.get("item_key") not in wanted:
            reason = "No longer needed: the entry it came from was changed or removed."
            store.mark_not_applicable(duty.id, reason)


def _json(data: dict[str, Any]) -> str:
    return json.dumps(nfc_all(data), sort_keys=True)
