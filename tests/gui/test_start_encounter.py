"""Choosing the decision point, the form, and when the information was received."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from datetime import time as dt_time
from typing import Any

import pytest
from PySide6.QtCore import Qt

from csec_desktop.gui.wizard import StartEncounterDialog
from csec_desktop.gui.wizard.start_dialog import FUTURE
from tests.gui.encounter_helpers import open_records
from tests.gui.gui_helpers import type_date
from tests.gui.wizard_keys import focused

NOW = datetime(2026, 3, 2, 17, 30, tzinfo=UTC)


@pytest.fixture
def records(vault):
    opened = open_records(vault)
    yield opened
    opened.session.sign_out()


@pytest.fixture
def dialog(qtbot, records):
    widget = StartEncounterDialog(records.service.policy, records.service, clock=lambda: NOW)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: widget.points.hasFocus())
    return widget


def set_received(qtbot: Any, dialog: Any, moment: datetime) -> None:
    local = moment.astimezone()
    type_date(qtbot, dialog.received, local.strftime("%m/%d/%Y"))
    dialog.received.time.set_time(dt_time(local.hour, local.minute))


def offered(dialog) -> list[str]:
    return [dialog.instrument.itemData(i) for i in range(dialog.instrument.count())]


def test_return_from_missing_offers_the_debrief_first_and_gives_the_choice_in_utc(
    qtbot, dialog
) -> None:
    labels = [dialog.points.item(i).text() for i in range(dialog.points.count())]
    row = labels.index("Return from missing or runaway")
    for _ in range(row):
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert offered(dialog)[0] == "return_from_missing_debrief"
    assert dialog.instrument.currentData() == "return_from_missing_debrief"
    assert "missing" in dialog.about.text().lower()
    assert dialog.received_at() == NOW.replace(second=0)
    earlier = NOW - timedelta(hours=5)
    set_received(qtbot, dialog, earlier)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    point, instrument, received = dialog.choice()
    assert (point, instrument) == ("return_from_missing", "return_from_missing_debrief")
    assert received == earlier and received.tzinfo is not None


def test_a_time_in_the_future_is_refused_with_a_message(qtbot, dialog) -> None:
    later = NOW + timedelta(hours=3)
    set_received(qtbot, dialog, later)
    dialog.received.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.message.text() == FUTURE
    assert focused() is dialog.received or dialog.received.isAncestorOf(focused())
    with pytest.raises(RuntimeError):
        dialog.choice()


def _rows_do_not_overlap(dialog) -> None:
    body = dialog.body
    shown = [
        w
        for w in (
            dialog.points,
            dialog.instrument,
            dialog.received,
            dialog.interpreter_fields.other,
        )
        if w.isVisibleTo(dialog)
    ]
    tops = [w.mapTo(body, w.rect().topLeft()).y() for w in shown]
    bottoms = [w.mapTo(body, w.rect().bottomLeft()).y() for w in shown]
    assert all(b < t for b, t in zip(bottoms, tops[1:], strict=False)), (tops, bottoms)


def test_other_language_grows_the_dialog_and_the_form_scrolls_within_the_screen(
    qtbot, dialog
) -> None:
    fields = dialog.interpreter_fields
    before = dialog.height()
    fields.mode.setCurrentIndex(fields.mode.findData("in_person"))
    fields.language.setCurrentIndex(fields.language.findData("other"))
    assert fields.other.isVisibleTo(dialog)
    _rows_do_not_overlap(dialog)
    area = dialog.screen().availableGeometry()
    assert area.contains(dialog.frameGeometry()) or dialog.height() <= area.height()
    viewport = dialog.scroll.viewport()
    need = dialog.body.layout().totalHeightForWidth(viewport.width())
    if dialog.height() < area.height() - dialog.fontMetrics().height() * 3:
        assert dialog.height() > before and need <= viewport.height()  # room: it grew
    else:
        assert dialog.scroll.verticalScrollBar().maximum() > 0  # no room: the form scrolls
    fields.other.setFocus()
    dialog._refit()
    top = fields.other.mapTo(viewport, fields.other.rect().topLeft())
    assert viewport.rect().contains(top)  # the new row is in view
    assert dialog.ok.isVisible() and area.contains(dialog.ok.mapToGlobal(dialog.ok.rect().center()))
