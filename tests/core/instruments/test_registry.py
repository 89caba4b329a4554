"""Pinning: every record can find the exact definition it was captured under."""

from __future__ import annotations

import json
from typing import Any

import pytest

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.instruments import (
    Instrument,
    InstrumentPin,
    InstrumentRegistry,
    Navigator,
    load_instrument,
)


def test_definition_json_round_trip_keeps_the_hash(registry: InstrumentRegistry) -> None:
    for instrument in registry.latest():
        text = instrument.definition_json()
        again = Instrument.from_json(text)
        assert again.content_hash == instrument.content_hash
        assert again.definition == instrument.definition
        assert again.definition_json() == text


def test_hash_ignores_layout_but_not_content(tiny: dict[str, Any]) -> None:
    base = load_instrument(tiny, "a.json")
    reordered = json.loads(json.dumps(tiny, indent=4, sort_keys=True))
    assert load_instrument(reordered, "b.json").content_hash == base.content_hash
    tiny["rules"][1]["when"] = 'score("signs") >= 2'
    assert load_instrument(tiny, "c.json").content_hash != base.content_hash


def test_old_records_resolve_to_their_own_version(tiny: dict[str, Any]) -> None:
    registry = InstrumentRegistry()
    v1 = registry.add(load_instrument(tiny, "tiny-1.0.json"))
    tiny["version"] = "1.10"
    tiny["rules"][1]["when"] = 'score("signs") >= 2'
    v110 = registry.add(load_instrument(tiny, "tiny-1.10.json"))
    tiny["version"] = "1.9"
    registry.add(load_instrument(tiny, "tiny-1.9.json"))
    assert registry.get("tiny") is v110  # 1.10 is newer than 1.9
    record = Navigator(v1, answers={"missing": 1, "older": 1}).snapshot()
    pin = InstrumentPin(**record["instrument"])
    reopened = Navigator.from_snapshot(record, registry.resolve(pin))
    assert reopened.outcome.band == "none"  # the old rule (>= 3), not the new one (>= 2)
    assert Navigator(v110, answers={"missing": 1, "older": 1}).outcome.band == "at_risk"


def test_a_stored_definition_reopens_a_record_on_another_laptop(tiny: dict[str, Any]) -> None:
    captured = load_instrument(tiny, "county.json")
    record = Navigator(captured, answers={"exchange": "yes"}).snapshot()
    stored_text = captured.definition_json()  # what the records layer keeps beside the record
    elsewhere = InstrumentRegistry()
    with pytest.raises(ValidationError, match="is not available on this laptop"):
        elsewhere.resolve(captured.pin)
    elsewhere.add_json(stored_text)
    reopened = Navigator.from_snapshot(
        record, elsewhere.resolve(InstrumentPin(**record["instrument"]))
    )
    assert reopened.outcome.band == "identified"


def test_same_id_and_version_with_other_content_is_refused(tiny: dict[str, Any]) -> None:
    registry = InstrumentRegistry()
    first = registry.add(load_instrument(tiny, "a.json"))
    tiny["title"] = {"en": "Changed", "es": "Cambiado"}
    changed = load_instrument(tiny, "b.json")
    with pytest.raises(ValidationError, match="give the new one a new version"):
        registry.add(changed)
    registry.add(changed, replace=True)  # a county's own file replacing a default
    assert registry.get("tiny", "1.0") is changed
    assert registry.resolve(first.pin) is first  # records pinned to the old one still open


def test_pin_with_wrong_version_is_not_resolved(registry: InstrumentRegistry) -> None:
    pin = registry.get("csec_identification").pin
    with pytest.raises(ValidationError):
        registry.resolve(InstrumentPin(pin.id, "9.9.9", pin.content_hash))
    with pytest.raises(ValidationError, match="no instrument 'cse_it'"):
        registry.get("cse_it")


def test_a_stored_definition_is_validated_once_per_text(registry: InstrumentRegistry) -> None:
    text = registry.get("csec_identification").definition_json()
    first = Instrument.from_json(text)
    assert Instrument.from_json(text) is first  # every print reloads its pinned definition
    assert first.content_hash == registry.get("csec_identification").content_hash
    broken = text.replace('"csec_identification"', '"Not An Id"', 1)
    for _ in range(2):  # a text that fails is refused every time, never remembered as good
        with pytest.raises(ValidationError):
            Instrument.from_json(broken)
