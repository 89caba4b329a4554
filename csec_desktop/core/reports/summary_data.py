"""Everything one printed summary is built from, read once from the vault.

The instrument is always the definition the record pinned, never the county's current one, so
an old record prints the way it was answered. The fingerprint printed on every page identifies
the exact record version: a reader can tell two printouts of different versions apart.

Case notes are the youth's (all of them; which copy shows which is the audience table's call).
The caregiver's handover items come from this record or, where it has none, from the youth's
newest completed record that answered them (a return-from-missing debrief's "what the next
placement must address" reaches the sheet printed from a later screening too).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import translate
from csec_desktop.core.instruments import Instrument
from csec_desktop.core.instruments.model import Item, Text
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.case_items import CaseItems, StoredItem
from csec_desktop.core.records.duties import DutyRecord, DutyStore
from csec_desktop.core.records.encounter_record import EncounterRecord
from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.core.records.youth_store import YouthRecord, YouthStore
from csec_desktop.core.reports.audience import HANDOVER_ITEMS
from csec_desktop.core.screening_policy import ScreeningPolicy

FINGERPRINT_LENGTH = 12


@dataclass(frozen=True)
class SummaryData:
    encounter: EncounterRecord
    youth: YouthRecord
    instrument: Instrument
    decision_point: Text
    duties: list[DutyRecord]
    case_items: list[StoredItem]
    fingerprint: str
    completed_by_name: str
    handover: dict[str, tuple[Item, Any]]  # handover item id → (item, answer), newest first


def encounter_content(encounter: EncounterRecord) -> dict[str, Any]:
    """The encounter's content as printed, version included (what the fingerprint covers)."""
    return {
        "id": encounter.id,
        "youth_id": encounter.youth_id,
        "decision_point": encounter.decision_point,
        "instrument": [
            encounter.definition.instrument_id,
            encounter.definition.version,
            encounter.definition.content_hash,
        ],
        "info_received_at": encounter.info_received_at,
        "status": encounter.status,
        "in_care": encounter.in_care,
        "missing": encounter.missing,
        "answers": encounter.answers,
        "computed_band": encounter.computed_band,
        "final_band": encounter.final_band,
        "override_reason": encounter.override_reason,
        "explanation": encounter.explanation,
        "version": encounter.version,
        "completed_at": encounter.completed_at,
        "completed_by": encounter.completed_by,
    }


def fingerprint(encounter: EncounterRecord) -> str:
    canonical = json.dumps(
        encounter_content(encounter), sort_keys=True, separators=(",", ":"), ensure_ascii=False
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:FINGERPRINT_LENGTH]


def decision_point_label(policy: ScreeningPolicy, point_id: str) -> Text:
    """The policy's label; a point a county has since removed still prints, by its id."""
    for point in policy.decision_points:
        if point.id == point_id:
            return point.label
    return Text(en=point_id.replace("_", " ").capitalize())


def load_summary_data(
    ctx: RecordContext, policy: ScreeningPolicy, encounter_id: str
) -> SummaryData:
    encounter = EncounterStore(ctx).get(encounter_id)
    if encounter.is_draft:
        raise CsecError(
            translate(
                "SummaryData",
                "This screening is still a draft; complete it before printing a summary.",
            )
        )
    youth = YouthStore(ctx).get(encounter.youth_id, audit=False)
    instrument = Instrument.from_json(encounter.definition.definition_json)
    duties = [d for d in DutyStore(ctx).for_youth(youth.id) if d.encounter_id == encounter.id]
    items = CaseItems(ctx).for_youth(youth.id)
    others = [
        e
        for e in EncounterStore(ctx).for_youth(youth.id)
        if e.status == "completed" and e.id != encounter.id
    ]
    return SummaryData(
        encounter=encounter,
        youth=youth,
        instrument=instrument,
        decision_point=decision_point_label(policy, encounter.decision_point),
        duties=duties,
        case_items=items,
        fingerprint=fingerprint(encounter),
        completed_by_name=display_name(ctx, encounter.completed_by),
        handover=_handover(encounter, instrument, others),
    )


def _handover(
    encounter: EncounterRecord, instrument: Instrument, others: list[EncounterRecord]
) -> dict[str, tuple[Item, Any]]:
    found: dict[str, tuple[Item, Any]] = {}
    for record in [encounter, *others]:
        if not set(HANDOVER_ITEMS) & set(record.answers):
            continue  # parse a pinned definition only when the record can add something
        pinned = (
            instrument
            if record is encounter
            else Instrument.from_json(record.definition.definition_json)
        )
        for item_id in HANDOVER_ITEMS:
            value = record.answers.get(item_id)
            if item_id in found or not pinned.has_item(item_id) or value in (None, "", []):
                continue
            found[item_id] = (pinned.item(item_id), value)
    return found


def display_name(ctx: RecordContext, username: str | None) -> str:
    """The worker's name as people know it; the account name if the account is gone."""
    if not username:
        return ""
    row = ctx.db.execute(
        "SELECT display_name FROM accounts WHERE username = ?", (username,)
    ).fetchone()
    return str(row[0]) if row else username


def encounters_on(ctx: RecordContext, day_start: str, day_end: str) -> list[str]:
    """Completed encounters whose information was received in [day_start, day_end) (ISO UTC),
    in time order: the day's batch."""
    rows = ctx.db.execute(
        "SELECT e.id FROM encounters e JOIN youth y ON y.id = e.youth_id "
        "WHERE e.status = 'completed' AND y.purged_at IS NULL AND e.info_received_at >= ? "
        "AND e.info_received_at < ? ORDER BY e.info_received_at, e.id",
        (day_start, day_end),
    ).fetchall()
    return [str(row[0]) for row in rows]
