"""Instruments as data: definitions, the expression language, the headless navigator.

The public API other layers call is re-exported here; see docs/instruments.md.
"""

from csec_desktop.core.instruments.answers import Answer, AnswerError
from csec_desktop.core.instruments.expr_parse import ExpressionError
from csec_desktop.core.instruments.kinds import (
    KINDS,
    KindBehaviour,
    answer_options,
    normalize_answer,
    sample_answer,
)
from csec_desktop.core.instruments.loader import (
    DefinitionError,
    Instrument,
    InstrumentPin,
    check_instrument,
    load_instrument,
    load_instrument_file,
    parse_json,
)
from csec_desktop.core.instruments.model import (
    InstrumentDefinition,
    InstrumentKind,
    Item,
    ItemKind,
    Sensitivity,
    Text,
)
from csec_desktop.core.instruments.navigator import END, IncompleteError, Issue, Navigator
from csec_desktop.core.instruments.registry import (
    InstrumentRegistry,
    shipped_problems,
    shipped_registry,
)
from csec_desktop.core.instruments.scoring import Contribution, Outcome, RuleHit, SessionContext

__all__ = [
    "END",
    "KINDS",
    "Answer",
    "AnswerError",
    "Contribution",
    "DefinitionError",
    "ExpressionError",
    "IncompleteError",
    "Instrument",
    "InstrumentDefinition",
    "InstrumentKind",
    "InstrumentPin",
    "InstrumentRegistry",
    "Issue",
    "Item",
    "ItemKind",
    "KindBehaviour",
    "Navigator",
    "Outcome",
    "RuleHit",
    "Sensitivity",
    "SessionContext",
    "Text",
    "answer_options",
    "check_instrument",
    "load_instrument",
    "load_instrument_file",
    "normalize_answer",
    "parse_json",
    "sample_answer",
    "shipped_problems",
    "shipped_registry",
]
