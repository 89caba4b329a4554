"""Interpreter used, on screen: the start dialog's default and its refusal, and the wizard's
button that shows the choice and corrects it while the form is a draft."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.core.records.interpreter import Interpreter
from csec_desktop.gui.wizard import StartEncounterDialog
from tests.gui.encounter_helpers import open_records
from tests.gui.wizard_keys import open_wizard

NOW = datetime(2026, 3, 2, 17, 30, tzinfo=UTC)


@pytest.fixture
def records(vault):
    opened = open_records(vault)
    yield opened
    opened.session.sign_out()


def test_another_language_must_be_named_and_english_speakers_start_with_none(qtbot, records):
    dialog = StartEncounterDialog(
        records.service.policy, records.service, clock=lambda: NOW, preferred_language="en"
    )
    qtbot.addWidget(dialog)
    fields = dialog.interpreter_fields
    assert fields.mode.currentData() == "none" and fields.language.currentData() == "es"
    assert not fields.other.isVisibleTo(dialog)
    fields.mode.setCurrentIndex(fields.mode.findData("in_person"))
    fields.language.setCurrentIndex(fields.language.findData("other"))
    assert fields.other.isVisibleTo(dialog) and fields.other.accessibleName()
    dialog.ok.click()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.message.text() == "Type the language the interpreter interpreted."
    qtbot.keyClicks(fields.other, "Mixteco")
    dialog.ok.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.interpreter() == Interpreter.make("in_person", "Mixteco")
    assert dialog.interpreter().language == "Mixteco"  # as typed: not lowered


def test_the_wizard_shows_the_choice_and_corrects_it_on_a_draft_only(qtbot, records):
    run = records.start("csec_identification_brief", point="hotline_intake")
    wizard = open_wizard(qtbot, run, records.youth)
    button = wizard.interpreter_button
    assert button.text() == "Interpreter: none" and button.isEnabled()
    dialog = button.open_dialog()
    fields = dialog.fields
    fields.mode.setCurrentIndex(fields.mode.findData("video"))
    fields.language.setCurrentIndex(fields.language.findData("km"))
    dialog.ok.click()
    assert not dialog.isVisible()
    assert button.text() == "Interpreter: by video, Cambodian (Khmer)"
    stored = EncounterStore(records.ctx).get(run.encounter_id)
    assert stored.interpreter == Interpreter.make("video", "km")
    records.ctx.db.execute(
        "UPDATE encounters SET status = 'completed' WHERE id = ?", (run.encounter_id,)
    )
    run.encounter = EncounterStore(records.ctx).get(run.encounter_id)
    button.refresh()
    assert not button.isEnabled() and "Cambodian (Khmer)" in button.accessibleName()
