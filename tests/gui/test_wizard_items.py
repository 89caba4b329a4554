"""Each kind of answer control: keyboard use, what is saved, and accessible names."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
)

from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.gui.wizard.item_fields import NOT_A_NUMBER
from tests.gui.encounter_helpers import open_records
from tests.gui.gui_helpers import type_date
from tests.gui.wizard_keys import digit, focused, open_wizard, press

INTERACTIVE = (QAbstractButton, QLineEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox)
COUNTS = {
    "format": "csec-instrument/1",
    "id": "placement_counts",
    "version": "1.0.0",
    "kind": "other",
    "title": {"en": "Placement counts"},
    "about": {"en": "A county's own short form."},
    "sections": [
        {
            "id": "counts",
            "title": {"en": "Placements"},
            "items": [
                {"id": "placements", "kind": "number", "label": {"en": "Placements this year"}},
                {"id": "school", "kind": "short_text", "label": {"en": "School attended"}},
            ],
        }
    ],
    "bands": [{"id": "recorded", "label": {"en": "Recorded"}}],
    "default_band": "recorded",
}


@pytest.fixture
def records(vault):
    opened = open_records(vault)
    yield opened
    opened.session.sign_out()


def unnamed(root) -> list[str]:
    """Visible controls without an accessible name (a spin box's or combo's own parts aside)."""
    found = []
    for kind in (*INTERACTIVE, QAbstractItemView):
        for widget in root.findChildren(kind):
            inside = widget.parentWidget()
            while inside is not None and not isinstance(inside, (QAbstractSpinBox, QComboBox)):
                inside = inside.parentWidget()
            if inside is None and widget.isVisibleTo(root) and not widget.accessibleName():
                found.append(f"{type(widget).__name__} {widget.objectName()}")
    return found


def stored(records, run) -> dict:
    return EncounterStore(records.ctx).get(run.encounter_id).answers


def test_every_kind_of_item_page_names_every_control(qtbot, records) -> None:
    run = records.start("holistic_needs")
    wizard = open_wizard(qtbot, run, records.youth)
    assert wizard.windowTitle() == "Assessment"
    seen = set()
    for item_id in ("cr_safe_now", "physical_health_need", "cr_safety_plan", "mdt_date"):
        run.go_to(item_id)
        wizard.render()
        seen.add(run.navigator.current.kind)
        assert unnamed(wizard) == [], item_id
    run.set_answer("physical_health_need", "some")
    run.set_answer("physical_health_referrals", ["other"])
    for item_id in ("physical_health_referrals", "physical_health_referral_other"):
        run.go_to(item_id)
        wizard.render()
        seen.add(run.navigator.current.kind)
        assert unnamed(wizard) == [], item_id
    wizard.go_review()
    assert unnamed(wizard) == []
    assert seen == {
        "yes_no_unknown",
        "single_choice",
        "long_text",
        "date",
        "multiple_choice",
        "short_text",
    }


def test_choices_follow_arrow_keys_and_digits_and_each_selection_is_saved(qtbot, records) -> None:
    run = records.start("holistic_needs")
    wizard = open_wizard(qtbot, run, records.youth)
    run.go_to("physical_health_need")
    wizard.render()
    press(qtbot, Qt.Key.Key_Space)  # Space chooses the option with the focus
    assert stored(records, run)["physical_health_need"] == "none"
    press(qtbot, Qt.Key.Key_Down)  # then arrow keys move through the options and choose
    assert stored(records, run)["physical_health_need"] == "some"
    digit(qtbot, 3)
    assert stored(records, run)["physical_health_need"] == "significant"
    assert run.navigator.is_relevant("physical_health_referrals")  # skip logic: referrals shown
    digit(qtbot, 1)
    assert not run.navigator.is_relevant("physical_health_referrals")
    run.set_answer("physical_health_need", "urgent")
    run.go_to("physical_health_referrals")
    wizard.render()
    digit(qtbot, 1)
    digit(qtbot, 5)
    assert stored(records, run)["physical_health_referrals"] == ["primary_care", "other"]
    press(qtbot, Qt.Key.Key_Space)  # focus is on the option just ticked: Space unticks it
    assert stored(records, run)["physical_health_referrals"] == ["primary_care"]


def test_a_date_is_not_known_until_given_and_can_be_cleared_again(qtbot, records) -> None:
    run = records.start("holistic_needs")
    wizard = open_wizard(qtbot, run, records.youth)
    run.go_to("mdt_date")
    wizard.render()
    control = wizard.item_page.control
    assert control.date.edit.text() == "" and "mdt_date" not in stored(records, run)
    assert control.date.echo.text().startswith("Not known")
    type_date(qtbot, control.date, "2026-03-05")  # ISO is read as ISO, never as M/D
    assert control.date.echo.text() == "March 5, 2026"
    assert stored(records, run)["mdt_date"] == "2026-03-05"
    type_date(qtbot, control.date, "11/20/2026")  # US month first
    assert stored(records, run)["mdt_date"] == "2026-11-20"
    type_date(qtbot, control.date, "20/11/2026")  # day first: refused, the old answer stays
    assert "Type the month first: 11/20/2026" in control.date.echo.text()
    assert stored(records, run)["mdt_date"] == "2026-11-20"
    control.date.edit.setFocus()
    qtbot.keyClick(control.date.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(control.date.edit, Qt.Key.Key_Delete)
    qtbot.keyClick(control.date.edit, Qt.Key.Key_Tab)
    assert "mdt_date" not in stored(records, run)


def test_a_number_that_is_not_a_number_is_explained_and_not_saved(qtbot, records) -> None:
    records.service.registry.add_json(json.dumps(COUNTS))
    run = records.start("placement_counts")
    wizard = open_wizard(qtbot, run, records.youth)
    qtbot.keyClicks(focused(), "three")
    press(qtbot, Qt.Key.Key_Tab)
    assert wizard.item_page.message.text() == NOT_A_NUMBER
    assert "placements" not in stored(records, run) and not wizard.item_page.saved.isVisible()
    wizard.item_page.control.edit.setFocus()
    wizard.item_page.control.edit.selectAll()
    qtbot.keyClicks(focused(), "3")
    press(qtbot, Qt.Key.Key_Tab)
    assert stored(records, run)["placements"] == 3 and wizard.item_page.saved.isVisible()
    assert not wizard.item_page.message.isVisible()
