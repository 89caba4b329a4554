"""Fixtures for the instrument engine: the shipped registry and a small definition builder."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from csec_desktop.core.instruments import InstrumentRegistry, shipped_registry


@pytest.fixture(scope="session")
def registry() -> InstrumentRegistry:
    return shipped_registry()


@pytest.fixture
def tiny() -> dict[str, Any]:
    """A small, sound definition that tests break in one place at a time."""
    return copy.deepcopy(
        {
            "format": "csec-instrument/1",
            "id": "tiny",
            "version": "1.0",
            "kind": "screening",
            "title": {"en": "Tiny screen", "es": "Evaluación mínima"},
            "about": {"en": "For tests.", "es": "Para pruebas."},
            "languages": ["en", "es"],
            "groups": [{"id": "signs", "label": {"en": "Signs", "es": "Señales"}}],
            "sections": [
                {
                    "id": "main",
                    "title": {"en": "Main", "es": "Principal"},
                    "items": [
                        {
                            "id": "exchange",
                            "kind": "yes_no_unknown",
                            "label": {"en": "Exchange?", "es": "¿Intercambio?"},
                            "required": True,
                        },
                        {
                            "id": "missing",
                            "kind": "concern_rating",
                            "label": {"en": "Missing", "es": "Desaparición"},
                            "group": "signs",
                        },
                        {
                            "id": "older",
                            "kind": "concern_rating",
                            "label": {"en": "Older partner", "es": "Pareja mayor"},
                            "group": "signs",
                        },
                        {
                            "id": "details",
                            "kind": "long_text",
                            "label": {"en": "Details", "es": "Detalles"},
                            "relevant": 'exchange == "yes"',
                            "required": True,
                        },
                    ],
                }
            ],
            "bands": [
                {"id": "identified", "label": {"en": "Identified", "es": "Identificado"}},
                {"id": "at_risk", "label": {"en": "At risk", "es": "En riesgo"}},
                {"id": "none", "label": {"en": "None", "es": "Ninguna"}},
            ],
            "default_band": "none",
            "rules": [
                {
                    "id": "disclosed",
                    "band": "identified",
                    "when": 'exchange == "yes"',
                    "reason": {"en": "Disclosure", "es": "Revelación"},
                },
                {
                    "id": "two_signs",
                    "band": "at_risk",
                    "when": 'score("signs") >= 3',
                    "reason": {"en": "Signs", "es": "Señales"},
                },
            ],
        }
    )
