"""The case's service plan and MDT: referrals, team members, meetings, and free-text notes.

This is where cross-system collaboration is tracked at the individual-case level, as the CSEC
Program asks: who is on the youth's multidisciplinary team from which agency, when the team met,
who attended, what it decided, and on what basis information was shared (WIC 18961.7, 827).
Notes and team members are private to the case file unless the worker shares them with an
audience (the MDT, the caregiver, the youth): each copy carries only what was shared with its
reader (see ``reports/audience.py``).

A mistaken entry is *removed*, never deleted: the row stays with a tombstone (who, when, why)
in its data under ``"removed"``, its version goes up so the removal syncs to the county like any
change, and lists and printed copies leave it out. The tombstone travels inside ``data``, so the
bundle format and the county importer carry it unchanged (docs/bundle-format.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from csec_desktop.core.errors import CsecError
from csec_desktop.core.records.authorization import Authorization
from csec_desktop.core.records.base import RecordContext, new_id
from csec_desktop.core.records.case_text import CaseText as _Text
from csec_desktop.core.records.duty_planner import plan_item_duties
from csec_desktop.core.records.engagement import EngagementAttempt, StageOfChange
from csec_desktop.core.records.mdt_meeting import Discipline, MdtMeeting
from csec_desktop.core.records.referral import Referral
from csec_desktop.core.records.safety_plan import SafetyPlan, revised
from csec_desktop.core.vault.audit import AuditEvent

REASON_MAX = 500
ShareWith = Literal["mdt", "caregiver", "youth"]  # the audiences a worker shares with


def _sharing(values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(a for a in ("mdt", "caregiver", "youth") if a in set(values))


class MdtMember(_Text):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["mdt_member"] = "mdt_member"
    name: str = Field(min_length=1, max_length=200)
    agency: str = Field(min_length=1, max_length=200)
    role: str = Field(min_length=1, max_length=120)
    contact: str = Field("", max_length=200)
    youth_chosen: bool = False  # e.g. a survivor mentor or trusted adult the youth asked for
    shared_with: tuple[ShareWith, ...] = ()  # the copies that list them; none by default
    # How the youth's and caregiver's copies describe them, in neutral words the worker writes
    # ("helps you with school"): those copies never print a role or agency.
    neutral_description: str = Field("", max_length=200)
    discipline: Discipline | None = None  # for the county's counts and the meeting's roll

    @field_validator("shared_with")
    @classmethod
    def _in_order(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _sharing(values)


class Note(_Text):
    """A case note; with ``addendum_reason`` it is an addendum to the signed screening
    ``encounter_id`` (the screening itself never changes; who and when are the record's own)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["note"] = "note"
    text: str = Field(min_length=1, max_length=20000)
    shared_with: tuple[ShareWith, ...] = ()  # private to the case file by default
    # Information received from a substance-use program (42 CFR Part 2): case file only.
    from_sud_program: bool = False
    encounter_id: str | None = None
    addendum_reason: str = Field("", max_length=REASON_MAX)

    @property
    def is_addendum(self) -> bool:
        return bool(self.addendum_reason)

    @model_validator(mode="before")
    @classmethod
    def _legacy_shareable(cls, data: Any) -> Any:
        # Before per-audience sharing a note had one "shareable" flag, meant for the MDT; it
        # is read as shared with the MDT only (never widened to the caregiver).
        if isinstance(data, dict) and "shareable" in data:
            data = dict(data)
            if data.pop("shareable") and "shared_with" not in data:
                data["shared_with"] = ("mdt",)
        return data

    @field_validator("shared_with")
    @classmethod
    def _in_order(cls, values: tuple[str, ...]) -> tuple[str, ...]:
        return _sharing(values)


CaseItem = (
    Referral
    | MdtMember
    | MdtMeeting
    | Note
    | SafetyPlan
    | Authorization
    | StageOfChange
    | EngagementAttempt
)
_MODELS: dict[str, type[BaseModel]] = {
    "referral": Referral,
    "mdt_member": MdtMember,
    "mdt_meeting": MdtMeeting,
    "note": Note,
    "safety_plan": SafetyPlan,
    "authorization": Authorization,
    "stage_of_change": StageOfChange,
    "engagement_attempt": EngagementAttempt,
}
__all__ = [
    "Authorization", "CaseItem", "CaseItems", "EngagementAttempt", "MdtMeeting", "MdtMember",
    "Note", "Referral", "SafetyPlan", "StageOfChange",
]  # fmt: skip


@dataclass(frozen=True)
class Removal:
    at: str  # ISO UTC
    by: str  # username
    reason: str


@dataclass(frozen=True)
class StoredItem:
    id: str
    youth_id: str
    item: CaseItem
    version: int
    updated_at: str
    updated_by: str
    removed: Removal | None = None


class CaseItems:
    def __init__(self, ctx: RecordContext) -> None:
        self.ctx = ctx

    def add(self, youth_id: str, item: CaseItem) -> StoredItem:
        self.ctx.require_youth(youth_id)
        item_id = new_id()
        with self.ctx.db.transaction():
            self.ctx.insert(
                "case_items",
                item_id,
                {
                    "youth_id": youth_id,
                    "kind": item.kind,
                    "data": _dump(item),
                },
            )
            self.ctx.audit_event(AuditEvent.RECORD_CREATED, item_id, item.kind)
            plan_item_duties(self.ctx, youth_id, item_id, item)
        return self.get(item_id)

    def add_addendum(self, encounter_id: str, text: str, reason: str) -> StoredItem:
        """Add an addendum to a completed (signed) screening: the answers stay as signed.

        Raises ``CsecError`` for a draft, or without the text or the reason."""
        from csec_desktop.core.records.encounters import EncounterStore

        encounter = EncounterStore(self.ctx).get(encounter_id)
        if encounter.is_draft:
            raise CsecError("A draft can still be changed; an addendum is for a signed form.")
        if not text.strip():
            raise CsecError("Write what the addendum adds or corrects.")
        if not reason.strip():
            raise CsecError("Say why the addendum is needed (for example: new information).")
        note = Note(text=text.strip(), encounter_id=encounter_id, addendum_reason=reason.strip())
        item_id = new_id()
        with self.ctx.db.transaction():
            self.ctx.insert(
                "case_items",
                item_id,
                {"youth_id": encounter.youth_id, "kind": "note", "data": _dump(note)},
            )
            self.ctx.audit_event(
                AuditEvent.RECORD_CREATED, item_id, "note", addendum_to=encounter_id
            )
        return self.get(item_id)

    def change(self, item_id: str, item: CaseItem) -> StoredItem:
        """Save ``item`` over the entry (a new record version). A changed safety plan that was
        signed becomes its next plan version, unsigned (``safety_plan.revised``)."""
        stored = self.get(item_id)  # refuses a youth not shared with this worker
        if stored.removed is not None:
            raise CsecError("This entry was removed, so it cannot be changed.")
        if stored.item.kind != item.kind:
            raise CsecError("An entry keeps its kind; add a new entry instead.")
        if isinstance(item, SafetyPlan) and isinstance(stored.item, SafetyPlan):
            item = revised(stored.item, item)
        with self.ctx.db.transaction():
            self.ctx.touch("case_items", item_id, {"data": _dump(item)})
            self.ctx.audit_event(AuditEvent.RECORD_CHANGED, item_id, item.kind)
            plan_item_duties(self.ctx, stored.youth_id, item_id, item)
        return self.get(item_id)

    def sign_safety_plan(self, item_id: str) -> StoredItem:
        """The worker signs the current version of the safety plan ``item_id``.

        Raises ``CsecError`` for another kind of entry, a removed or already signed plan, or
        an empty one."""
        from csec_desktop.core.records.safety_plan import signed

        stored = self.get(item_id)
        if not isinstance(stored.item, SafetyPlan) or stored.removed is not None:
            raise CsecError("Only a current safety plan can be signed.")
        plan = signed(stored.item, self.ctx.actor.display_name, self.ctx.now())
        with self.ctx.db.transaction():
            self.ctx.touch("case_items", item_id, {"data": _dump(plan)})
            self.ctx.audit_event(
                AuditEvent.RECORD_COMPLETED, item_id, plan.kind, plan_version=plan.plan_version
            )
        return self.get(item_id)

    def remove(self, item_id: str, reason: str) -> StoredItem:
        """Mark an entry removed (a tombstone that syncs); ``reason`` is required.

        Raises ``CsecError`` without a reason or when it is already removed, ``KeyError`` for
        an unknown id."""
        why = reason.strip()
        if not why:
            raise CsecError(
                "Say why this entry is removed (for example: added to the wrong youth)."
            )
        if len(why) > REASON_MAX:
            raise CsecError(f"The reason can be at most {REASON_MAX} characters.")
        stored = self.get(item_id)
        if stored.removed is not None:
            raise CsecError("This entry was already removed.")
        mark = {"at": self.ctx.now(), "by": self.ctx.actor.username, "reason": why}
        data = {**json.loads(_dump(stored.item)), "removed": mark}
        with self.ctx.db.transaction():
            self.ctx.touch("case_items", item_id, {"data": json.dumps(data, sort_keys=True)})
            self.ctx.audit_event(AuditEvent.RECORD_REMOVED, item_id, stored.item.kind)
            plan_item_duties(self.ctx, stored.youth_id, item_id, None)
        return self.get(item_id)

    def get(self, item_id: str) -> StoredItem:
        row = self.ctx.db.execute(
            "SELECT id, youth_id, kind, data, version, updated_at, updated_by "
            "FROM case_items WHERE id = ?",
            (item_id,),
        ).fetchone()
        if row is None:
            raise KeyError(item_id)
        self.ctx.require_youth(str(row[1]))
        return _stored(row)

    def for_youth(
        self, youth_id: str, kind: str | None = None, include_removed: bool = False
    ) -> list[StoredItem]:
        """The youth's entries, oldest first; removed ones only with ``include_removed``."""
        self.ctx.require_youth(youth_id)
        rows = self.ctx.db.execute(
            "SELECT id, youth_id, kind, data, version, updated_at, updated_by FROM case_items "
            "WHERE youth_id = ? AND (? IS NULL OR kind = ?) ORDER BY created_at",
            (youth_id, kind, kind),
        ).fetchall()
        stored = [_stored(row) for row in rows]
        return [s for s in stored if include_removed or s.removed is None]


def _dump(item: CaseItem) -> str:
    data = item.model_dump(mode="json")
    if data.get("addendum_reason") == "":
        del data["addendum_reason"]  # a plain note keeps the shape it always had
    return json.dumps(data, sort_keys=True)


def _stored(row: tuple[object, ...]) -> StoredItem:
    model = _MODELS[str(row[2])]
    data = json.loads(str(row[3]))
    mark = data.pop("removed", None)
    item = model.model_validate(data)
    removed = Removal(**mark) if mark else None
    return StoredItem(
        str(row[0]),
        str(row[1]),
        item,  # type: ignore[arg-type]  # _MODELS maps each kind to its own model
        int(str(row[4])),
        str(row[5]),
        str(row[6]),
        removed,
    )
