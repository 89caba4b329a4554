"""Urgency on screen (the caseload's default order, colours with words and icons, the youth
page's banner), the timeline tab and its case-file print, the agenda, and the empty state,
through the widgets a worker uses over a real seeded vault."""

from __future__ import annotations

from datetime import timedelta
from io import BytesIO
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel

from csec_desktop.core.records.caseload_status import CaseloadFilter
from csec_desktop.core.records.missing import MissingEpisodes
from csec_desktop.core.records.timeline_entry import TimelineKind
from csec_desktop.core.records.urgency import DueLevel, urgency_key
from csec_desktop.core.reports.audience import Audience
from csec_desktop.gui.caseload.agenda_view import AgendaView
from csec_desktop.gui.caseload.caseload_view import CaseloadView
from csec_desktop.gui.caseload.empty_state import NO_MATCH, NO_YOUTH
from csec_desktop.gui.caseload.services import WorkspaceServices
from csec_desktop.gui.caseload.source import CaseloadSource
from csec_desktop.gui.caseload.table_model import Column
from csec_desktop.gui.caseload.urgency_look import LOOKS
from csec_desktop.gui.caseload.youth_page import YouthPage
from csec_desktop.gui.style import PALETTE
from tests.gui.gui_helpers import PASS


def caseload(qtbot: Any, services: Any, background: Any) -> CaseloadView:
    view = CaseloadView(background, services.clock)
    qtbot.addWidget(view)
    view.set_source(services.source)
    qtbot.waitUntil(lambda: not view.searching and view.model.rowCount() > 0)
    return view


def test_the_caseload_opens_in_urgency_order_with_red_and_amber_words_and_icons(
    qtbot, services, background
):
    view = caseload(qtbot, services, background)
    rows = view.model.rows()
    now = services.clock()
    assert [urgency_key(r.urgency, now) for r in rows] == sorted(
        urgency_key(r.urgency, now) for r in rows
    )
    first = rows[0]
    assert first.due_level(now) is DueLevel.OVERDUE  # the seeded caseload has late duties
    due = view.model.index(0, Column.NEXT_DUE)
    assert view.model.data(due).startswith("overdue by")  # the words, not only the colour
    colour = view.model.data(due, Qt.ItemDataRole.BackgroundRole).color().name()
    assert colour == PALETTE[LOOKS[DueLevel.OVERDUE][0]]
    assert not view.model.data(due, Qt.ItemDataRole.DecorationRole).isNull()  # the icon
    # After the overdue and due-today youth: missing now, then identified, then names.
    ranks = [urgency_key(r.urgency, now)[0] for r in rows]
    missing = [r for r in rows if "Missing now" in r.chips and ranks[rows.index(r)] == 2]
    if missing:
        assert rows.index(missing[-1]) < min(
            (i for i, r in enumerate(rows) if ranks[i] == 4), default=len(rows)
        )
    plain = [i for i, r in enumerate(rows) if r.due_level(now) is DueLevel.LATER]
    later = view.model.index(plain[0], Column.NEXT_DUE)
    assert view.model.data(later, Qt.ItemDataRole.BackgroundRole) is None
    # A search that finds nobody says so and offers the way back, not an empty grid.
    view.show()
    qtbot.keyClicks(view.search, "Qzxv Wqzk")
    qtbot.waitUntil(lambda: not view.searching)
    assert view.empty.heading.text() == NO_MATCH[0].format(text="Qzxv Wqzk")
    assert not view.table.isVisible()
    view.empty.clear_button.click()  # "Show everyone"
    qtbot.waitUntil(lambda: not view.searching and view.model.rowCount() > 0)
    assert view.table.isVisible() and not view.empty.isVisible()


def test_the_empty_caseload_says_what_to_do_instead_of_showing_zero_of_zero(
    qtbot, vault, background
):
    session = vault.sign_in("maria", PASS)  # a laptop with no youth yet
    try:
        empty = WorkspaceServices.build(session)
        empty.source = CaseloadSource.load(empty.ctx)
        view = CaseloadView(background, empty.clock)
        qtbot.addWidget(view)
        view.show()
        view.set_source(empty.source)
        qtbot.waitUntil(lambda: not view.searching)
        assert view.empty.isVisible() and not view.table.isVisible()
        assert not view.count.isVisible()  # never "Showing 0 of 0 youth"
        assert view.empty.heading.text() == NO_YOUTH[0] and "Ctrl+N" in view.empty.text.text()
        with qtbot.waitSignal(view.add_requested):
            view.empty.add_button.click()
    finally:
        session.sign_out()


def youth_page(qtbot: Any, services: Any, background: Any, youth_id: str) -> YouthPage:
    page = YouthPage(services, background)
    qtbot.addWidget(page)
    page.show_youth(services.source.open(youth_id))
    page.show()
    return page


def test_the_youth_page_banner_names_overdue_duties_and_missing_now(qtbot, services, background):
    now = services.clock()
    late = next(d for d in services.duties.open_duties() if d.late_after < now)
    page = youth_page(qtbot, services, background, late.youth_id)
    banner = page.urgency
    assert banner.isVisible() and banner.property("urgency") == "overdue"
    assert "Overdue:" in banner.text.text() and late.label["en"] in banner.text.text()
    assert "overdue by" in banner.text.text() and banner.icon.pixmap() is not None
    page.tabs.setCurrentWidget(page.encounters)
    banner.duties_button.click()
    assert page.tabs.currentWidget() is page.duties
    # A youth with nothing due and not missing: no banner; reported missing: the banner says so.
    open_youth = {d.youth_id for d in services.duties.open_duties()}
    rows = services.source.query("", CaseloadFilter.ALL, now)
    calm = next(r for r in rows if r.youth_id not in open_youth and "Missing now" not in r.chips)
    page.show_youth(services.source.open(calm.youth_id))
    assert not page.urgency.isVisible()
    record = services.source.open(calm.youth_id)
    if record.profile.in_foster_care:
        MissingEpisodes(services.ctx, services.policy.screening).report_missing(
            calm.youth_id, now - timedelta(hours=1), "Maria Rivera"
        )
        page.show_youth(services.source.open(calm.youth_id))
        assert page.urgency.isVisible() and page.urgency.text.text().startswith("Missing now")


def test_the_timeline_tab_lists_in_date_order_filters_and_prints_for_the_case_file_only(
    qtbot, services, background
):
    rows = services.source.query("", CaseloadFilter.ALL, services.clock())
    youth_id = next(r.youth_id for r in rows if r.band and services.duties.for_youth(r.youth_id))
    page = youth_page(qtbot, services, background, youth_id)
    page.tabs.setCurrentWidget(page.timeline)
    tab = page.timeline
    assert tab.entries and [e.at for e in tab.entries] == sorted(e.at for e in tab.entries)
    assert tab.table.rowCount() == len(tab.entries)
    assert tab.table.item(0, 2).text() == tab.entries[0].title
    tab.kind_box.setCurrentIndex(tab.kind_box.findData(TimelineKind.SCREENING.value))
    assert tab.entries and {e.kind for e in tab.entries} == {TimelineKind.SCREENING}
    tab.kind_box.setCurrentIndex(0)
    dialog = tab.print_timeline()  # a child of the page: closed with it
    qtbot.waitUntil(lambda: bool(dialog.pdf), timeout=10_000)
    pages = PdfReader(BytesIO(dialog.pdf)).pages
    text = " ".join(" ".join(p.extract_text() for p in pages).split())  # cells wrap
    assert "Case history" in text and tab.entries[0].title.split(":")[0] in text
    assert "WIC 827" in text  # the case file's confidentiality notice on every page
    model = dialog.audience_box.model()
    assert isinstance(model, QStandardItemModel)
    enabled = {
        Audience(dialog.audience_box.itemData(i))
        for i in range(dialog.audience_box.count())
        if model.item(i).isEnabled()
    }
    assert enabled == {Audience.CASE}  # from the audience table's timeline field
    dialog.reject()


def test_the_agenda_shows_this_weeks_duties_with_names_and_words(qtbot, services, background):
    agenda = AgendaView(services, background)
    qtbot.addWidget(agenda)
    agenda.names = services.source.names
    agenda.show_week()
    qtbot.waitUntil(lambda: agenda.agenda is not None, timeout=10_000)
    week = agenda.agenda
    shown = agenda.entries_shown()
    expected = [*week.overdue_before, *(e for d in week.days for e in d.entries)]
    assert len(shown) == len(expected) and shown
    names = services.source.names()
    for (_when, youth, what, urgency), entry in zip(shown, expected, strict=True):
        assert youth == names[entry.youth_id] and what == entry.title
        if entry.level is DueLevel.OVERDUE:
            assert urgency == "Overdue"
    assert agenda.tree.topLevelItemCount() == 7 + (1 if week.overdue_before else 0)
    agenda.next_button.click()
    qtbot.waitUntil(lambda: agenda.agenda is not None and agenda.agenda.start > week.start)
    assert agenda.agenda.start - week.start == timedelta(days=7)


def test_empty_and_single_states_say_what_to_do_and_count_in_words(qtbot, services, background):
    from csec_desktop.gui.caseload.encounters_tab import NO_SCREENINGS

    rows = services.source.query("", CaseloadFilter.ALL, services.clock())
    unscreened = next(r.youth_id for r in rows if not services.encounters.for_youth(r.youth_id))
    page = youth_page(qtbot, services, background, unscreened)
    tab = page.encounters
    page.tabs.setCurrentWidget(tab)
    assert tab.empty.isVisible() and tab.empty.text() == NO_SCREENINGS
    assert not tab.table.isVisible() and not tab.view_button.isEnabled()
    # A timeline showing one entry says "1 entry"; a screening is signed by the worker's name.
    screened = next(r.youth_id for r in rows if r.band)
    page.show_youth(services.source.open(screened))
    timeline = page.timeline
    page.tabs.setCurrentWidget(timeline)
    timeline.kind_box.setCurrentIndex(timeline.kind_box.findData(TimelineKind.SCREENING.value))
    signed = [e.detail for e in timeline.entries if e.detail.startswith("Signed by")]
    assert signed and set(signed) == {"Signed by Maria Rivera"}  # not the login, "maria"
    single = None
    for youth in rows[:60]:
        page.show_youth(services.source.open(youth.youth_id))
        for index in range(timeline.kind_box.count()):
            timeline.kind_box.setCurrentIndex(index)
            if len(timeline.entries) == 1:
                single = timeline.count.text()
                break
        if single:
            break
    assert single == "1 entry, oldest first"
