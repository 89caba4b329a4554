"""Checking the records inside a decrypted bundle before anything is imported.

Two levels. A bundle whose structure is wrong (a record without a valid id, kind or version, the
same record twice, an instrument definition that does not match its hash) is refused as a whole:
the device signed something no correct laptop writes. A well-formed record whose content is
wrong (a profile that does not validate, a screening whose youth the county does not hold) is
*rejected* on its own, with the reason in the receipt, and the rest of the bundle is imported.
"""

from __future__ import annotations

import hashlib
from typing import Any

from pydantic import ValidationError as PydanticValidationError

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.records.interpreter import Interpreter
from csec_desktop.core.records.referral_domains import normalize_domain
from csec_desktop.core.records.youth import YouthProfile
from csec_desktop.core.sync.canonical import is_canonical_uuid
from csec_desktop.core.sync.errors import PayloadContentError

SYNCED_KINDS = ("youth", "encounter", "duty", "case_item", "episode")
SUPPORT_KINDS = ("instrument_definition", "audit_event")
CASE_ITEM_KINDS = (
    "referral", "mdt_member", "mdt_meeting", "note", "safety_plan", "authorization",
    "stage_of_change", "engagement_attempt",
)  # fmt: skip
EPISODE_KINDS = ("missing", "exploitation_status", "legal_status", "placement")
_COMMON = {"kind", "id", "version", "base_version", "created_at", "created_by", "updated_at",
           "updated_by"}  # fmt: skip
_FIELDS: dict[str, set[str]] = {
    "youth": {"profile"},
    "encounter": {"youth_id", "decision_point", "instrument", "info_received_at", "status",
                  "position", "in_care", "missing", "computed_band", "final_band",
                  "override_reason", "explanation", "completed_at", "completed_by", "answers"},
    "duty": {"youth_id", "encounter_id", "duty_type", "due_at", "status", "data"},
    "case_item": {"youth_id", "item_kind", "data"},
    "episode": {"youth_id", "episode_kind", "started_at", "ended_at", "data"},
}  # fmt: skip
# Present only when set; ``interpreter`` is absent from laptops before schema 11.
_OPTIONAL: dict[str, set[str]] = {"encounter": {"discarded", "interpreter"}}
_STATUSES = {"encounter": ("draft", "completed"), "duty": ("open", "done", "not_applicable")}


def _is_version(value: object, minimum: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= minimum


def _is_mark(mark: object) -> bool:
    """A tombstone: ``{at, by, reason}``, each a non-empty string."""
    return isinstance(mark, dict) and all(
        isinstance(mark.get(key), str) and mark.get(key) for key in ("at", "by", "reason")
    )


def check_structure(records: list[dict[str, Any]]) -> None:
    """Refuse the whole bundle if any record is structurally impossible."""
    seen: set[str] = set()
    for index, record in enumerate(records):
        kind = record["kind"]
        where = f"bundle record {index} ({kind})"
        if kind == "instrument_definition":
            text, claimed = record.get("definition"), record.get("hash")
            if not isinstance(text, str) or not isinstance(claimed, str):
                raise PayloadContentError(f"{where} needs a definition text and its hash")
            if hashlib.sha256(text.encode("utf-8")).hexdigest() != claimed:
                raise PayloadContentError(f"{where} does not match its content hash")
            if not isinstance(record.get("instrument_id"), str) or not isinstance(
                record.get("instrument_version"), str
            ):
                raise PayloadContentError(f"{where} needs an instrument id and version")
            continue
        if kind == "audit_event":
            if not _is_version(record.get("seq"), 1) or not isinstance(record.get("event"), str):
                raise PayloadContentError(f"{where} needs a sequence number and an event")
            continue
        if kind not in SYNCED_KINDS:
            raise PayloadContentError(f"{where} is of a kind this county does not import")
        record_id = record.get("id")
        if not isinstance(record_id, str) or not is_canonical_uuid(record_id):
            raise PayloadContentError(f"{where} has no valid id")
        if not _is_version(record.get("version"), 1):
            raise PayloadContentError(f"{where} has no valid version")
        base = record.get("base_version")
        if base is not None and not _is_version(base, 1):
            raise PayloadContentError(f"{where} has an invalid base_version")
        if record_id in seen:
            raise PayloadContentError(f"{where} appears twice in the bundle")
        seen.add(record_id)


def content_problem(record: dict[str, Any], youth_known: bool, definition_known: bool) -> str:
    """Why a well-formed record cannot be imported, or '' when it can."""
    kind = record["kind"]
    expected = _COMMON | _FIELDS[kind]
    missing = sorted(expected - set(record))
    if missing:
        return f"missing field {missing[0]}"
    extra = sorted(set(record) - expected - _OPTIONAL.get(kind, set()))
    if extra:
        return f"unexpected field {extra[0]}"
    if kind == "youth":
        try:
            YouthProfile.model_validate(record["profile"])
        except PydanticValidationError as exc:
            first = exc.errors()[0]
            return f"profile field {'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
        return ""
    if kind in _STATUSES and record["status"] not in _STATUSES[kind]:
        return f"unknown status {str(record['status'])[:40]!r}"
    if kind == "case_item" and record["item_kind"] not in CASE_ITEM_KINDS:
        return "unknown case item kind"
    if kind == "episode":
        if record["episode_kind"] not in EPISODE_KINDS:
            return "unknown episode kind"
        if not isinstance(record["started_at"], str) or not (
            record["ended_at"] is None or isinstance(record["ended_at"], str)
        ):
            return "an episode needs a start time (and an end time or null)"
    if kind == "encounter" and "discarded" in record:
        mark = record["discarded"]
        if record["status"] != "draft" or not _is_mark(mark):
            return "only a draft can be discarded, with when, by whom and why"
    if kind == "encounter":
        instrument = record["instrument"]
        if not isinstance(instrument, dict) or not definition_known:
            return "its instrument definition is neither in the bundle nor at the county"
        if not isinstance(record["answers"], dict):
            return "answers must be an object"
        if record.get("interpreter") is not None:
            try:
                Interpreter.from_data(record["interpreter"])
            except ValidationError as exc:
                return exc.message[:120]
    if kind in ("duty", "case_item", "episode") and not isinstance(record["data"], dict):
        return "data must be an object"
    removed = record["data"].get("removed") if kind == "case_item" else None
    if removed is not None and not _is_mark(removed):  # a tombstone: who removed it, when, why
        return "a removed entry must say when, by whom and why"
    if not youth_known:
        return "the youth it belongs to is not at the county"
    return ""


def normalized(record: dict[str, Any]) -> dict[str, Any]:
    """The record as the county keeps it: a referral's domain by id, whether the laptop sent
    the id or (an older laptop) the domain's English or Spanish title. Text naming no domain
    is kept as sent. The content hash is taken over the record as received, so a re-sent
    record is still recognised as a duplicate."""
    if record.get("kind") != "case_item" or record.get("item_kind") != "referral":
        return record
    data = record.get("data")
    if not isinstance(data, dict) or not isinstance(data.get("domain"), str):
        return record
    return {**record, "data": {**data, "domain": normalize_domain(data["domain"])}}
