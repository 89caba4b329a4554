"""Moving a draft to another version of its instrument: answers mapped by item name, what
could not be carried listed before and audited after, and the draft then pinned anew."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime

import pytest

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.instruments import load_instrument
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.county_instruments import install_instrument, laptop_registry
from csec_desktop.core.records.draft_move import (
    NotCarried,
    move_draft,
    newer_versions,
    plan_move,
)
from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.vault.audit import AuditEvent
from tests.county_example import DECISION_POINT, EXAMPLE_ID, county_policy, example_instrument

RECEIVED = datetime(2026, 3, 2, 7, 15, tzinfo=UTC)


def version_two():
    data = json.loads(example_instrument().definition_json())
    data["version"] = "1.1.0"
    plan = data["sections"][2]
    plan["items"] = [i for i in plan["items"] if i["id"] != "trusted_adult"]
    move = data["sections"][0]["items"]
    view = next(i for i in move if i["id"] == "youth_view")
    view["choices"] = [c for c in view["choices"] if c["id"] != "unsure"]
    return load_instrument(data, "v2.json")


@pytest.fixture
def draft(session, ctx):
    install_instrument(session, example_instrument())
    registry = laptop_registry(session.db)
    service = ScreeningService(ctx, registry, county_policy().screening)
    youth = Caseload(ctx).add(
        YouthProfile(
            legal_first_name="Rosa",
            legal_last_name="Diaz",
            birth_date=date(2011, 1, 2),
            agency=Agency.CHILD_WELFARE,
        )
    )
    run = service.start(youth, DECISION_POINT, EXAMPLE_ID, RECEIVED)
    run.set_answers(
        {"worry": 1, "youth_view": "unsure", "trusted_adult": "Aunt", "left_before": "no"}
    )
    install_instrument(session, version_two())
    return service, youth, run.encounter_id


def test_plan_lists_what_cannot_be_carried_and_changes_nothing(session, ctx, draft) -> None:
    _service, _youth, encounter_id = draft
    encounter = EncounterStore(ctx).get(encounter_id)
    registry = laptop_registry(session.db)
    assert [i.version for i in newer_versions(registry, encounter)] == ["1.1.0"]
    plan = plan_move(encounter, registry.get(EXAMPLE_ID, "1.1.0"))
    assert plan.carried == {"worry": 1, "left_before": "no"}
    assert set(plan.not_carried) == {
        NotCarried("trusted_adult", "version 1.1.0 has no item of this name"),
        NotCarried("youth_view", "the answer does not fit the new single choice item"),
    }
    assert EncounterStore(ctx).get(encounter_id).definition.version == "1.0.0"


def test_move_pins_the_new_version_keeps_mapped_answers_and_is_audited(session, ctx, draft) -> None:
    service, youth, encounter_id = draft
    moved = move_draft(ctx, laptop_registry(session.db), encounter_id, "1.1.0")
    assert sorted(n.item_id for n in moved.not_carried) == ["trusted_adult", "youth_view"]
    stored = EncounterStore(ctx).get(encounter_id)
    assert (stored.definition.version, stored.definition.content_hash) == (
        "1.1.0",
        version_two().content_hash,
    )
    assert stored.answers == {"worry": 1, "left_before": "no"}
    event = next(e for e in session.audit.entries() if e.event == AuditEvent.DRAFT_MOVED.value)
    assert event.subject == encounter_id
    assert event.detail["from_version"] == "1.0.0" and event.detail["to_version"] == "1.1.0"
    assert event.detail["not_carried"] == ["youth_view", "trusted_adult"]
    assert "Aunt" not in json.dumps(event.detail)
    resumed = service.resume(encounter_id, youth)
    assert resumed.navigator.instrument.version == "1.1.0"
    assert resumed.navigator.answers == {"worry": 1, "left_before": "no"}


def test_a_signed_record_and_the_same_version_are_refused(session, ctx, draft) -> None:
    service, youth, encounter_id = draft
    registry = laptop_registry(session.db)
    with pytest.raises(ValidationError, match=r"already uses runaway_risk_checkin 1\.0\.0"):
        move_draft(ctx, registry, encounter_id, "1.0.0")
    run = service.resume(encounter_id, youth)
    run.set_answers({"moved_on": "2026-03-01", "worry": 0, "left_before": "no"})
    run.complete()
    with pytest.raises(ValidationError, match="only a draft can be moved"):
        move_draft(ctx, registry, encounter_id, "1.1.0")


def test_a_moved_draft_is_not_offered_its_older_version(session, ctx, draft) -> None:
    _service, _youth, encounter_id = draft
    registry = laptop_registry(session.db)
    move_draft(ctx, registry, encounter_id, "1.1.0")
    moved = EncounterStore(ctx).get(encounter_id)
    assert moved.definition.version == "1.1.0"
    assert newer_versions(registry, moved) == []  # 1.0.0 is on the laptop, but older
