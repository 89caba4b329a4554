"""The case's service plan and MDT: referrals, team members, meetings, and free-text notes.

This is where cross-system collaboration is tracked at the individual-case level, as the CSEC
Program asks: who is on the youth's multidisciplinary team from which agency, when the team met,
who attended, what it decided, and on what basis information was shared (WIC 18961.7, 827).
Notes are private to the case file unless the worker marks one shareable.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from csec_desktop.core.nfc import nfc_all
from csec_desktop.core.records.base import RecordContext, new_id
from csec_desktop.core.vault.audit import AuditEvent

ReferralStatus = Literal["planned", "referred", "connected", "declined", "closed"]


class _Text(BaseModel):
    """Every text of a case item is saved in NFC (``core/nfc.py``)."""

    @field_validator("*", mode="before")
    @classmethod
    def _nfc(cls, value: object) -> object:
        return nfc_all(value)


class Referral(_Text):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["referral"] = "referral"
    domain: str = Field(min_length=1, max_length=80)
    agency: str = Field(min_length=1, max_length=200)
    contact: str = Field("", max_length=200)
    referred_on: date | None = None
    status: ReferralStatus = "planned"
    note: str = Field("", max_length=2000)


class MdtMember(_Text):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["mdt_member"] = "mdt_member"
    name: str = Field(min_length=1, max_length=200)
    agency: str = Field(min_length=1, max_length=200)
    role: str = Field(min_length=1, max_length=120)
    contact: str = Field("", max_length=200)
    youth_chosen: bool = False  # e.g. a survivor mentor or trusted adult the youth asked for


class MdtMeeting(_Text):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["mdt_meeting"] = "mdt_meeting"
    held_on: date
    attendees: tuple[str, ...] = ()
    youth_attended: bool = False
    decisions: str = Field("", max_length=4000)
    sharing_basis: str = Field(
        "WIC 18961.7 (MDT information sharing)", min_length=1, max_length=300
    )


class Note(_Text):
    model_config = ConfigDict(extra="forbid", frozen=True)
    kind: Literal["note"] = "note"
    text: str = Field(min_length=1, max_length=20000)
    shareable: bool = False
    encounter_id: str | None = None


CaseItem = Referral | MdtMember | MdtMeeting | Note
_MODELS: dict[str, type[BaseModel]] = {
    "referral": Referral,
    "mdt_member": MdtMember,
    "mdt_meeting": MdtMeeting,
    "note": Note,
}


@dataclass(frozen=True)
class StoredItem:
    id: str
    youth_id: str
    item: CaseItem
    version: int
    updated_at: str
    updated_by: str


class CaseItems:
    def __init__(self, ctx: RecordContext) -> None:
        self.ctx = ctx

    def add(self, youth_id: str, item: CaseItem) -> StoredItem:
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
        return self.get(item_id)

    def change(self, item_id: str, item: CaseItem) -> StoredItem:
        with self.ctx.db.transaction():
            self.ctx.touch("case_items", item_id, {"data": _dump(item)})
            self.ctx.audit_event(AuditEvent.RECORD_CHANGED, item_id, item.kind)
        return self.get(item_id)

    def get(self, item_id: str) -> StoredItem:
        row = self.ctx.db.execute(
            "SELECT id, youth_id, kind, data, version, updated_at, updated_by "
            "FROM case_items WHERE id = ?",
            (item_id,),
        ).fetchone()
        if row is None:
            raise KeyError(item_id)
        return _stored(row)

    def for_youth(self, youth_id: str, kind: str | None = None) -> list[StoredItem]:
        rows = self.ctx.db.execute(
            "SELECT id, youth_id, kind, data, version, updated_at, updated_by FROM case_items "
            "WHERE youth_id = ? AND (? IS NULL OR kind = ?) ORDER BY created_at",
            (youth_id, kind, kind),
        ).fetchall()
        return [_stored(row) for row in rows]


def _dump(item: CaseItem) -> str:
    return json.dumps(item.model_dump(mode="json"), sort_keys=True)


def _stored(row: tuple[object, ...]) -> StoredItem:
    model = _MODELS[str(row[2])]
    item = model.model_validate_json(str(row[3]))
    return StoredItem(str(row[0]), str(row[1]), item, int(str(row[4])), str(row[5]), str(row[6]))  # type: ignore[arg-type]
