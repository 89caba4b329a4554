"""Moving a draft to another version of its instrument: an explicit, audited step.

A draft keeps the exact definition it was started with until a worker asks to move it. The
move maps answers by item name: an answer carries over when the new version has an item of
that name and the answer still fits it (same kind, a choice that still exists…); everything
else is listed as not carried, with the reason, before anything changes (``plan_move``) and
in the audit log afterwards. Answers that were not carried are removed from the draft, which
from then on pins the new version's id, version and content hash.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from csec_desktop.core.errors import CsecError, ValidationError
from csec_desktop.core.instruments import Instrument, InstrumentRegistry, normalize_answer
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.encounter_record import EncounterRecord
from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.core.vault.audit import AuditEvent


@dataclass(frozen=True)
class NotCarried:
    item_id: str
    reason: str  # plain words, never the answer itself


@dataclass(frozen=True)
class DraftMove:
    encounter_id: str
    instrument_id: str
    from_version: str
    to_version: str
    to_hash: str
    carried: dict[str, object]  # item id -> answer, in the new version's stored form
    not_carried: tuple[NotCarried, ...]
    position: str | None


def plan_move(encounter: EncounterRecord, target: Instrument) -> DraftMove:
    """What moving ``encounter`` to ``target`` would keep and lose; changes nothing."""
    pinned = encounter.definition
    if not encounter.is_draft:
        raise ValidationError("only a draft can be moved to another version; this one is signed")
    if target.id != pinned.instrument_id:
        raise ValidationError(f"a {pinned.instrument_id} draft cannot move to {target.id}")
    if target.content_hash == pinned.content_hash:
        raise ValidationError(f"the draft already uses {target.id} {target.version}")
    carried: dict[str, object] = {}
    lost: list[NotCarried] = []
    # In the order the worker met the questions (the old version's order), for the listing.
    old = json.loads(pinned.definition_json)
    order = [item["id"] for section in old["sections"] for item in section["items"]]
    answers = sorted(encounter.answers.items(), key=lambda pair: _rank(order, pair[0]))
    for item_id, value in answers:
        if not target.has_item(item_id):
            lost.append(NotCarried(item_id, f"version {target.version} has no item of this name"))
            continue
        try:
            normalized = normalize_answer(target.item(item_id), value)
        except CsecError:
            kind = target.item(item_id).kind.value.replace("_", " ")
            lost.append(NotCarried(item_id, f"the answer does not fit the new {kind} item"))
            continue
        if normalized is not None:
            carried[item_id] = normalized
    position = (
        encounter.position if encounter.position and target.has_item(encounter.position) else None
    )
    return DraftMove(
        encounter.id,
        target.id,
        pinned.version,
        target.version,
        target.content_hash,
        carried,
        tuple(lost),
        position,
    )


def move_draft(
    ctx: RecordContext, registry: InstrumentRegistry, encounter_id: str, version: str
) -> DraftMove:
    """Move a draft to ``version`` of its instrument (available on this laptop), audited."""
    store = EncounterStore(ctx)
    encounter = store.get(encounter_id)
    target = registry.get(encounter.definition.instrument_id, version)
    plan = plan_move(encounter, target)
    with ctx.db.transaction() as conn:
        conn.execute(
            "INSERT OR IGNORE INTO instrument_definitions VALUES (?, ?, ?, ?)",
            (target.content_hash, target.id, target.version, target.definition_json()),
        )
        conn.execute("DELETE FROM answers WHERE encounter_id = ?", (encounter_id,))
        stamp = ctx.now()
        conn.executemany(
            "INSERT INTO answers VALUES (?, ?, ?, ?, ?)",
            [
                (encounter_id, item, json.dumps(value), stamp, ctx.actor.username)
                for item, value in plan.carried.items()
            ],
        )
        ctx.touch(
            "encounters",
            encounter_id,
            {"instrument_hash": target.content_hash, "position": plan.position},
        )
        ctx.audit_event(
            AuditEvent.DRAFT_MOVED,
            encounter_id,
            "encounter",
            instrument=target.id,
            from_version=plan.from_version,
            to_version=plan.to_version,
            carried=sorted(plan.carried),
            not_carried=[n.item_id for n in plan.not_carried],
        )
    return plan


def newer_versions(registry: InstrumentRegistry, encounter: EncounterRecord) -> list[Instrument]:
    """Versions of the draft's instrument on this laptop newer than the one it is pinned to,
    newest first (a draft never moves back to an older version)."""
    pinned = encounter.definition
    found = [
        i
        for i in registry.all()
        if i.id == pinned.instrument_id
        and i.content_hash != pinned.content_hash
        and _version_key(i.version) > _version_key(pinned.version)
    ]
    return sorted(found, key=lambda i: _version_key(i.version), reverse=True)


def _version_key(version: str) -> list[int]:
    """ "1.10.0" → [1, 10, 0]: versions compare by number, not as text."""
    return [int(part) for part in version.split(".")]


def _rank(order: list[str], item_id: str) -> int:
    return order.index(item_id) if item_id in order else len(order)
