"""Interpreter used on an encounter: the value's rules, storage from start to correction, and
what the county accepts."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from csec_desktop.core.county.records_check import content_problem
from csec_desktop.core.errors import CsecError, ValidationError
from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.core.records.interpreter import (
    NO_INTERPRETER,
    Interpreter,
    InterpreterMode,
    language_choices,
)
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.screening_policy import default_screening_policy
from csec_desktop.core.sync_service.records_codec import collect

RECEIVED = datetime(2026, 3, 2, 7, 15, tzinfo=UTC)


@pytest.mark.parametrize(
    ("mode", "language", "expected"),
    [
        ("none", None, Interpreter(InterpreterMode.NONE)),
        ("phone", "Tiếng Việt", Interpreter(InterpreterMode.PHONE, "vi")),
        ("in_person", " español ", Interpreter(InterpreterMode.IN_PERSON, "es")),
        ("video", " Mixteco ", Interpreter(InterpreterMode.VIDEO, "Mixteco")),  # off the table
        ("phone", "TRIQUI de Copala", Interpreter(InterpreterMode.PHONE, "TRIQUI de Copala")),
    ],
)
def test_a_choice_is_kept_as_the_language_code_the_profile_uses(mode, language, expected) -> None:
    assert Interpreter.make(mode, language) == expected
    assert Interpreter.from_data(expected.to_data()) == expected


@pytest.mark.parametrize(
    ("mode", "language", "says"),
    [
        ("sign", "es", "unknown kind 'sign'"),
        ("none", "es", "a language is given but no interpreter"),
        ("phone", "  ", "say which language"),
        ("phone", "English", "not English"),
        ("video", "x" * 41, "longer than 40"),
    ],
)
def test_a_wrong_choice_is_one_message(mode, language, says) -> None:
    with pytest.raises(ValidationError, match=says):
        Interpreter.make(mode, language)


def test_the_language_list_is_the_threshold_table_without_english() -> None:
    codes = [code for code, _ in language_choices()]
    assert codes[0] == "es" and "en" not in codes and {"vi", "km", "hmn", "ium"} <= set(codes)
    assert Interpreter(InterpreterMode.PHONE, "km").describe() == (
        "Interpreter by phone — Cambodian (Khmer)"
    )
    assert NO_INTERPRETER.describe() == "No interpreter"


def test_stored_at_start_corrected_on_a_draft_synced_and_fixed_once_signed(ctx) -> None:
    youth = Caseload(ctx).add(
        YouthProfile(legal_first_name="Imani", legal_last_name="Walker",
                     birth_date=date(2011, 5, 9), agency=Agency.CHILD_WELFARE)
    )  # fmt: skip
    service = ScreeningService(ctx, shipped_registry(), default_screening_policy())
    phone = Interpreter.make("phone", "vi")
    run = service.start(youth, "placement_change", "csec_identification_brief", RECEIVED, phone)
    store = EncounterStore(ctx)
    assert store.get(run.encounter_id).interpreter == phone
    video = Interpreter.make("video", "hmn")
    changed = store.set_interpreter(run.encounter_id, video)
    assert changed.interpreter == video and changed.version == run.encounter.version + 1
    assert ctx.audit.entries(1)[0].detail == {"kind": "encounter", "item": "interpreter"}
    records, _ = collect(ctx.db)
    sent = next(r for r in records if r["kind"] == "encounter")
    assert sent["interpreter"] == {"mode": "video", "language": "hmn"}
    assert content_problem(sent, youth_known=True, definition_known=True) == ""
    for bad in ({"mode": "phone", "language": None}, {"mode": "radio", "language": "es"}, "es"):
        assert "Interpreter" in content_problem(
            {**sent, "interpreter": bad}, youth_known=True, definition_known=True
        )
    older = {k: v for k, v in sent.items() if k != "interpreter"}  # a laptop before schema 11
    assert content_problem(older, youth_known=True, definition_known=True) == ""
    ctx.db.execute("UPDATE encounters SET status = 'completed' WHERE id = ?", (run.encounter_id,))
    with pytest.raises(CsecError, match="completed"):
        store.set_interpreter(run.encounter_id, NO_INTERPRETER)


def test_an_encounter_from_before_schema_11_has_none_recorded(ctx) -> None:
    youth = Caseload(ctx).add(
        YouthProfile(legal_first_name="Ana", legal_last_name="Ruiz", agency=Agency.PROBATION)
    )
    service = ScreeningService(ctx, shipped_registry(), default_screening_policy())
    run = service.start(youth, "placement_change", "csec_identification_brief", RECEIVED)
    assert run.encounter.interpreter == NO_INTERPRETER  # the default asked for at start
    ctx.db.execute("UPDATE encounters SET interpreter = NULL WHERE id = ?", (run.encounter_id,))
    assert EncounterStore(ctx).get(run.encounter_id).interpreter is None
    records, _ = collect(ctx.db)
    assert next(r for r in records if r["kind"] == "encounter")["interpreter"] is None
