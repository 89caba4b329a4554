"""Every date a worker types goes through one field: US month-first or ISO, echoed in words,
refused inline when it cannot be read. Typed key by key, as at a real keyboard."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from csec_desktop.core.date_entry import DateRange
from csec_desktop.core.records.case_items import CaseItems
from csec_desktop.gui.case_team import CaseTeamPanel
from csec_desktop.gui.caseload.profile_dialog import ProfileDialog
from csec_desktop.gui.widgets.date_field import DateField
from tests.gui.caseload.test_profiles import submit
from tests.gui.encounter_helpers import open_records
from tests.gui.gui_helpers import type_date

TODAY = date(2026, 12, 6)


def birth_field(qtbot: Any) -> DateField:
    field = DateField(
        "Birth date", allowed=DateRange(date(1990, 1, 1), TODAY), birth=True, today=lambda: TODAY
    )
    window = QWidget()
    box = QVBoxLayout(window)
    box.addWidget(field)
    box.addWidget(QLineEdit())  # somewhere for Tab to go
    qtbot.addWidget(window)
    window.show()
    field.keep_window = window  # type: ignore[attr-defined]  # qtbot keeps only a weak reference
    return field


def test_a_click_selects_the_old_date_so_typing_replaces_it(qtbot) -> None:
    field = birth_field(qtbot)
    field.set_date(date(2010, 1, 1))
    qtbot.mouseClick(field.edit, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: field.edit.selectedText() == "01/01/2010")
    qtbot.keyClicks(field.edit, "2011-03-14")
    assert field.value() == date(2011, 3, 14)
    assert field.echo.text() == "March 14, 2011 — age 15"


def test_each_keystroke_is_read_and_a_bad_date_is_refused_only_when_typing_stops(qtbot) -> None:
    field = birth_field(qtbot)
    seen: list[object] = []
    field.changed.connect(seen.append)
    field.edit.setFocus()
    qtbot.keyClicks(field.edit, "3/14/1")  # half typed: nothing read, nothing scolded
    assert field.value() is None and not field.echo.isVisible()
    qtbot.keyClicks(field.edit, "1")
    assert field.value() == date(2011, 3, 14) and seen == [date(2011, 3, 14)]
    type_date(qtbot, field, "12/25/2026")
    assert field.value() is None and field.echo.text() == (
        "December 25, 2026 is in the future. Check the date."
    )
    type_date(qtbot, field, "02/30/2012")
    assert field.echo.text() == '"02/30/2012": February 2012 has no day 30.'
    assert not field.check() and field.edit.hasFocus()


def test_the_birth_date_typed_in_iso_is_stored_as_typed(qtbot, services, background) -> None:
    # Reported: typing 2011-03-14 stored 2011-01-03, then 2011-03-03.
    dialog = ProfileDialog(services.source, background)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    qtbot.keyClicks(form.first, "Ana")
    qtbot.keyClicks(form.last, "Reyes")
    type_date(qtbot, form.birth, "14/03/2011")  # day first: refused, nothing saved
    submit(qtbot, dialog, background)
    assert dialog.record is None and "Type the month first: 03/14/2011" in dialog.message.text()
    type_date(qtbot, form.birth, "2011-03-14")
    assert not dialog.message.isVisible()  # the refusal goes once the date is corrected
    assert form.birth.echo.text().startswith("March 14, 2011 — age ")
    submit(qtbot, dialog, background)
    assert dialog.record is not None
    assert services.source.open(dialog.record.id).profile.birth_date == date(2011, 3, 14)


def test_a_meeting_date_typed_us_style_is_kept(qtbot, vault) -> None:
    records = open_records(vault)
    try:
        panel = CaseTeamPanel(records.ctx, records.youth.id)
        qtbot.addWidget(panel)
        panel.show()
        meetings = panel.tab["mdt_meeting"]
        meetings.add_button.click()
        dialog = meetings.dialog
        type_date(qtbot, dialog.held_on, "11/20/2026")  # reported: a US date was ignored
        assert dialog.held_on.echo.text() == "November 20, 2026"
        qtbot.keyClicks(dialog.decisions, "Weekly mentoring.")
        dialog.basis.setCurrentIndex(dialog.basis.findData("wic_830"))  # no basis is assumed
        dialog.ok.click()
        stored = CaseItems(records.ctx).for_youth(records.youth.id, "mdt_meeting")[0].item
        assert stored.held_on == date(2026, 11, 20)
        assert meetings.table.item(0, 0).text() == "November 20, 2026"
    finally:
        records.session.sign_out()
