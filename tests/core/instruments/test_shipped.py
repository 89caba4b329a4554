"""The shipped instruments and the policy's screening section: sound, bilingual, honest about
what they are, and tagged so that printed copies can leave out protected answers."""

from __future__ import annotations

import json
from typing import Any

import pytest

from csec_desktop.core.instruments import (
    InstrumentRegistry,
    ItemKind,
    Sensitivity,
    answer_options,
    shipped_problems,
)
from csec_desktop.core.instruments.validate import _texts
from csec_desktop.core.paths import read_resource_text, resource
from csec_desktop.core.screening_policy import (
    default_screening_policy,
    load_screening_policy,
    policy_instrument_problems,
)

EXPECTED = {
    "csec_identification": "screening",
    "csec_identification_brief": "screening",
    "return_from_missing_debrief": "debrief",
    "holistic_needs": "needs_assessment",
}


def test_every_shipped_instrument_validates(registry: InstrumentRegistry) -> None:
    assert shipped_problems() == []
    assert {i.id: i.definition.kind.value for i in registry.latest()} == EXPECTED


def walk_texts(node: Any, path: str = "") -> list[tuple[str, Any]]:
    """Every {"en": …} object in raw JSON, wherever it sits."""
    found = []
    if isinstance(node, dict):
        if "en" in node:
            found.append((path, node))
        for key, value in node.items():
            found.extend(walk_texts(value, f"{path}.{key}"))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found.extend(walk_texts(value, f"{path}[{index}]"))
    return found


@pytest.mark.parametrize("instrument_id", sorted(EXPECTED))
def test_every_text_has_english_and_spanish(registry: InstrumentRegistry, instrument_id: str):
    instrument = registry.get(instrument_id)
    assert instrument.definition.languages == ["en", "es"]
    raw = json.loads(instrument.definition_json())
    texts = walk_texts(raw)
    assert len(texts) > 30
    for path, text in texts:
        assert text["en"].strip() and text.get("es", "").strip(), path
        assert text["en"] != text["es"] or len(text["en"]) < 4, f"untranslated: {path}"
    for where, name, text in _texts(instrument.definition):
        assert text.en and text.es, f"{where}.{name}"
    for item in instrument.items():  # built-in scales too
        for _value, label in answer_options(item):
            assert label.en and label.es


@pytest.mark.parametrize("instrument_id", sorted(EXPECTED))
def test_about_says_it_is_a_default_not_a_validated_tool(
    registry: InstrumentRegistry, instrument_id: str
) -> None:
    about = registry.get(instrument_id).definition.about
    assert "county-configurable default" in about.en
    assert "not a validated instrument" in about.en
    assert "no es un instrumento validado" in (about.es or "").lower()


def test_screens_use_the_program_bands(registry: InstrumentRegistry) -> None:
    for instrument_id in (
        "csec_identification",
        "csec_identification_brief",
        "return_from_missing_debrief",
    ):
        definition = registry.get(instrument_id).definition
        assert [b.id for b in definition.bands] == ["identified", "at_risk", "no_current_concern"]
        assert definition.default_band == "no_current_concern"


def test_full_screen_covers_the_indicator_domains(registry: InstrumentRegistry) -> None:
    definition = registry.get("csec_identification").definition
    groups = {g.id for g in definition.groups}
    assert {
        "exchange",
        "control",
        "missing",
        "relationships",
        "money_goods",
        "online",
        "physical",
        "school_placement",
        "substance",
        "victimization",
    } <= groups
    rated = [i for i in definition.items() if i.kind is ItemKind.CONCERN]
    assert all(i.group in groups for i in rated)
    assert {i.group for i in rated} == groups


def test_needs_assessment_domains_and_sensitivity(registry: InstrumentRegistry) -> None:
    instrument = registry.get("holistic_needs")
    sections = [s.id for s in instrument.definition.sections]
    assert sections[0] == "crisis"
    for domain in (
        "physical_health",
        "mental_health",
        "sexual_health",
        "substance_use",
        "housing",
        "legal_advocacy",
        "welfare_advocacy",
        "education",
        "family",
        "basic_needs",
        "life_skills",
        "identity",
        "peer_support",
    ):
        assert domain in sections
        for part in ("strengths", "need", "words", "goals", "referrals"):
            assert instrument.has_item(f"{domain}_{part}")
    for item in instrument.definition.sections[sections.index("sexual_health")].items:
        assert Sensitivity.MINOR_CONSENT in item.sensitivity
    # Part 2 marks only what a substance-use program told the worker, never the worker's own
    # assessment (42 CFR 2.11); every substance-use item stays minor-consent.
    for item in instrument.definition.sections[sections.index("substance_use")].items:
        assert Sensitivity.MINOR_CONSENT in item.sensitivity
        assert (Sensitivity.PART2 in item.sensitivity) == (item.id == "substance_use_program_info")
    for item in instrument.definition.sections[sections.index("identity")].items:
        assert Sensitivity.SOGIE in item.sensitivity


def test_no_criminalizing_words_in_any_shipped_text() -> None:
    for folder in resource("instruments").iterdir():
        for file in folder.iterdir():
            text = file.read_text("utf-8").lower()
            for word in ("prostitut", " john", "pimp", "prostituci", "proxeneta", "cse-it"):
                assert word not in text, f"{file.name}: {word!r}"


def test_policy_screening_section_validates_and_is_bilingual(registry: InstrumentRegistry):
    policy = default_screening_policy()
    assert policy.min_age == 10
    assert policy.instruments_for("return_from_missing")[0] == "return_from_missing_debrief"
    assert policy.instruments_for("hotline_intake") == ["csec_identification_brief"]
    for point in policy.decision_points:
        assert point.label.en and point.label.es
    for duty in policy.duties:
        assert duty.label.en and duty.label.es and duty.citation
    known = {i.id: {b.id for b in i.definition.bands} for i in registry.latest()}
    rules = {i.id: {r.id for r in i.definition.rules} for i in registry.latest()}
    assert policy_instrument_problems(policy, known, rules) == []
    # A misspelt rule id would never start the report: it is named.
    broken = policy.model_copy(
        update={
            "duties": [
                d.model_copy(
                    update={"trigger": d.trigger.model_copy(update={"rules": ["sexual_imagez"]})}
                )
                if d.id == "hotline_report"
                else d
                for d in policy.duties
            ]
        }
    )
    assert policy_instrument_problems(broken, known, rules) == [
        "duty 'hotline_report': rule 'sexual_imagez' is not a rule of any offered instrument"
    ]


def test_policy_file_keeps_the_security_section() -> None:
    data = json.loads(read_resource_text("policy", "california.json"))
    assert set(data) >= {"format", "county", "version", "security", "screening"}
    assert data["security"]["lockout_failures"] == 5
    assert load_screening_policy(data["screening"]) == default_screening_policy()
