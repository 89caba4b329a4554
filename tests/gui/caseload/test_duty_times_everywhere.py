"""One duty's due time reads the same on every screen (caseload, Deadlines, the youth's Duties
tab, the agenda), with the daylight-saving offset of its own moment, not of today's."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from csec_desktop.core.display_words import duty_time_words, local
from csec_desktop.gui.caseload.agenda_view import AgendaView
from csec_desktop.gui.caseload.deadlines import DeadlineColumn, DeadlinesPanel, deadline_rows
from csec_desktop.gui.caseload.source import CaseloadSource
from csec_desktop.gui.caseload.table_model import Column
from tests.gui.caseload.test_urgency_timeline_agenda_gui import caseload, youth_page


@pytest.fixture
def pacific(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def other_dst_period(now: datetime) -> datetime:
    """7:41 AM Pacific on a day in the other daylight-saving period than ``now``."""
    summer = local(now).utcoffset() == local(datetime(now.year, 7, 1, tzinfo=UTC)).utcoffset()
    if summer:  # now is daylight time: a January moment, 7:41 AM PST = 15:41 UTC
        return datetime(now.year + 1, 1, 14, 15, 41, tzinfo=UTC)
    return datetime(now.year, 10, 14, 14, 41, tzinfo=UTC)  # 7:41 AM PDT


def test_an_immediate_duty_in_the_other_dst_period_reads_the_same_on_every_screen(
    qtbot: Any, pacific: None, services: Any, background: Any
) -> None:
    now = services.clock()
    duty = next(d for d in services.duties.open_duties() if d.immediate)
    due = other_dst_period(now)
    for other in services.duties.for_youth(duty.youth_id):  # this one is the youth's soonest
        if other.status == "open":
            later = due if other.id == duty.id else due + timedelta(days=1)
            services.duties.retime(other.id, later, later)
    duty = services.duties.get(duty.id)
    assert duty.late_after > duty.due_at  # due at once, late after the county's grace window
    words = duty_time_words(duty.due_at, duty.late_after)
    assert words.split(", ")[2].startswith("7:41 AM (late after ")
    services.source = CaseloadSource.load(services.ctx)

    view = caseload(qtbot, services, background)
    row = next(i for i, r in enumerate(view.model.rows()) if r.youth_id == duty.youth_id)
    cell = view.model.index(row, Column.NEXT_DUE)
    assert view.model.data(cell).endswith(f" · {words}")
    assert view.model.data(cell, Qt.ItemDataRole.ToolTipRole) == view.model.data(cell)

    panel = DeadlinesPanel(services.clock)
    qtbot.addWidget(panel)
    panel.set_rows(deadline_rows(services.duties.open_duties(), services.source.names()))
    row = next(i for i, r in enumerate(panel.model.rows()) if r.duty_id == duty.id)
    assert panel.model.data(panel.model.index(row, DeadlineColumn.DUE)) == words

    page = youth_page(qtbot, services, background, duty.youth_id)
    table = page.duties.table
    row = next(i for i, d in enumerate(page.duties.duties) if d.id == duty.id)
    assert table.item(row, 2).text() == words

    agenda = AgendaView(services, background)
    qtbot.addWidget(agenda)
    agenda.names = services.source.names
    agenda.show_week(local(due).date())
    qtbot.waitUntil(lambda: agenda.agenda is not None, timeout=10_000)
    label = duty.label["en"]
    shown = [when for when, _youth, what, _u in agenda.entries_shown() if what == label]
    assert duty_time_words(duty.due_at, duty.late_after, day=False) in shown
    assert all(when.startswith("7:41 AM") for when in shown)


def test_danger_now_is_flagged_on_the_caseload_and_its_duty_is_never_cut(
    qtbot: Any, services: Any, background: Any
) -> None:
    from csec_desktop.core.records.danger_now import safety_duty_types

    kinds = safety_duty_types(services.policy.screening)
    danger = next(d for d in services.duties.open_duties() if d.duty_type in kinds)
    view = caseload(qtbot, services, background)
    rows = view.model.rows()
    row = next(i for i, r in enumerate(rows) if r.youth_id == danger.youth_id)
    assert view.model.data(view.model.index(row, Column.ALERTS)).startswith("Danger now")
    calm = {d.youth_id for d in services.duties.open_duties() if d.duty_type in kinds}
    assert all("Danger now" not in r.chips for r in rows if r.youth_id not in calm)

    panel = DeadlinesPanel(services.clock)
    qtbot.addWidget(panel)
    panel.set_rows(deadline_rows(services.duties.open_duties(), services.source.names()))
    row = next(i for i, r in enumerate(panel.model.rows()) if r.duty_id == danger.id)
    cell = panel.model.index(row, DeadlineColumn.DUTY)
    full = danger.label["en"]
    assert "911" in full or len(full) > 40  # the long one the reviewer saw cut
    for role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
        assert panel.model.data(cell, role) == full


def test_the_duties_table_rows_are_a_line_or_two_tall_at_1366_by_768(
    qtbot: Any, services: Any, background: Any
) -> None:
    youth = max({d.youth_id for d in services.duties.open_duties()},
                key=lambda y: len(services.duties.for_youth(y)))  # fmt: skip
    page = youth_page(qtbot, services, background, youth)
    page.resize(1366, 700)
    page.tabs.setCurrentWidget(page.duties)
    qtbot.waitUntil(page.duties.table.isVisible)
    table = page.duties.table
    line = table.fontMetrics().lineSpacing()
    assert table.rowCount() >= 3
    qtbot.waitUntil(lambda: all(table.rowHeight(r) <= 3 * line + 12 for r in range(3)))
