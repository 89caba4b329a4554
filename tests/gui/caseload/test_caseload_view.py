"""The caseload list over a real seeded vault: model, search, filters, sorting, background."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from csec_desktop.core.records.caseload_index import fold
from csec_desktop.core.records.caseload_status import CaseloadFilter
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.gui.caseload.caseload_view import CaseloadView
from csec_desktop.gui.caseload.sort_controls import URGENCY
from csec_desktop.gui.caseload.table_model import (
    ROW_ROLE,
    SORT_ROLE,
    YOUTH_ID_ROLE,
    CaseloadRow,
    CaseloadTableModel,
    Column,
)
from tests.gui.caseload.conftest import SEEDED_YOUTH
from tests.gui.wizard_keys import alt, focused, press


def add_jonathan(services: Any) -> str:
    profile = YouthProfile(
        legal_first_name="Jonathan",
        legal_last_name="Garcia-Whitfield",
        chosen_name="Johnny",
        pronouns="he/they",
        birth_date=date(2010, 4, 2),
        agency=Agency.PROBATION,
        case_numbers=("PR-2025-77001",),
    )
    return services.source.add(profile).id


def make_view(qtbot: Any, services: Any, background: Any) -> CaseloadView:
    view = CaseloadView(background, services.clock)
    qtbot.addWidget(view)
    view.set_source(services.source)
    qtbot.waitUntil(lambda: not view.searching and view.model.rowCount() > 0)
    return view


def search(qtbot: Any, view: CaseloadView, text: str) -> None:
    view.search.clear()
    qtbot.keyClicks(view.search, text)
    qtbot.waitUntil(lambda: not view.searching)


def test_model_has_named_columns_and_roles_without_a_window(services: Any) -> None:
    youth_id = add_jonathan(services)
    now = datetime.now(UTC)
    rows = services.source.query("", CaseloadFilter.ALL, now)
    model = CaseloadTableModel(services.clock)
    model.set_rows(rows)
    assert model.rowCount() == SEEDED_YOUTH + 1 and model.columnCount() == len(Column)
    titles = [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) for c in Column
    ]
    assert titles == [
        "Name (pronouns)",
        "Alerts",
        "Next duty due",
        "Latest outcome",
        "Drafts",
        "Age",
        "Agency",
        "Legal name",
        "Case number",
    ]
    row = model.row_of(youth_id)

    def cell(column: Column, role: Any = Qt.ItemDataRole.DisplayRole) -> Any:
        return model.data(model.index(row, column), role)

    assert cell(Column.NAME) == "Johnny Garcia-Whitfield (he/they)"
    assert cell(Column.LEGAL_NAME) == "Jonathan Garcia-Whitfield"
    assert cell(Column.AGENCY) == "Probation" and cell(Column.CASE_NUMBER) == "PR-2025-77001"
    assert cell(Column.OUTCOME) == "Not yet screened" and cell(Column.NEXT_DUE) == "Nothing due"
    assert cell(Column.NAME, YOUTH_ID_ROLE) == youth_id
    assert isinstance(cell(Column.NAME, ROW_ROLE), CaseloadRow)
    overdue = [r for r in rows if r.next_due is not None and r.next_due < now]
    assert overdue, "the seeded caseload has overdue duties"
    first = model.row_of(overdue[0].youth_id)
    text = model.data(model.index(first, Column.NEXT_DUE))
    assert text.startswith("overdue by")  # overdue in words (first), not by colour alone
    assert model.data(model.index(first, Column.NEXT_DUE), SORT_ROLE) == overdue[0].next_due
    assert {model.data(model.index(r, Column.OUTCOME)) for r in range(model.rowCount())} >= {
        "Identified",
        "At risk",
        "Not yet screened",
    }


def test_search_forgives_misspelling_and_swapped_names_and_counts(qtbot, services, background):
    youth_id = add_jonathan(services)
    view = make_view(qtbot, services, background)
    assert view.count.text() == f"Showing {SEEDED_YOUTH + 1:,} of {SEEDED_YOUTH + 1:,} youth"
    search(qtbot, view, "Jonathon Garsia-Whitfeld")
    assert view.model.rowCount() >= 1 and view.model.row_at(0).youth_id == youth_id
    assert view.count.text() == f"Showing {view.model.rowCount()} of {SEEDED_YOUTH + 1} youth"
    search(qtbot, view, "Whitfield Johnny")
    assert view.model.row_at(0).youth_id == youth_id
    search(qtbot, view, "77001")
    assert [r.youth_id for r in view.model.rows()] == [youth_id]
    search(qtbot, view, "zzzzqqq")
    assert view.model.rowCount() == 0 and view.count.text().startswith("Showing 0 of")


def test_search_runs_off_the_gui_thread_and_the_newest_query_wins(qtbot, services, background):
    youth_id = add_jonathan(services)
    view = make_view(qtbot, services, background)
    for text in ("Gar", "Garc", "Garcia-W", "Garcia-Whitfield"):
        view.search.setText(text)
        view.run_query()  # no debounce: several queries in flight at once
    qtbot.waitUntil(lambda: not view.searching and not background.is_busy)
    assert [r.youth_id for r in view.model.rows()] == [youth_id]
    assert services.source.query_threads
    assert threading.get_ident() not in services.source.query_threads


def test_filters_show_only_matching_youth(qtbot, services, background):
    view = make_view(qtbot, services, background)
    now = datetime.now(UTC)
    seen = {}
    for choice in CaseloadFilter:
        view.filter_box.setCurrentIndex(view.filter_box.findData(choice))
        qtbot.waitUntil(lambda: not view.searching)
        rows = view.model.rows()
        seen[choice] = len(rows)
        assert view.count.text() == f"Showing {len(rows)} of {SEEDED_YOUTH} youth"
        if choice is CaseloadFilter.OVERDUE:
            assert rows and all(r.next_due and r.next_due < now for r in rows)
        elif choice is CaseloadFilter.DRAFTS:
            assert rows and all(r.drafts > 0 for r in rows)
        elif choice is CaseloadFilter.PROBATION:
            assert rows and all(r.agency == "Probation" for r in rows)
        elif choice is CaseloadFilter.CHILD_WELFARE:
            assert rows and all(r.agency == "Child welfare" for r in rows)
    assert seen[CaseloadFilter.ALL] == SEEDED_YOUTH
    assert seen[CaseloadFilter.PROBATION] + seen[CaseloadFilter.CHILD_WELFARE] == SEEDED_YOUTH
    assert [view.filter_box.itemText(i) for i in range(view.filter_box.count())] == [
        "Everyone",
        "Overdue duties",
        "Due within 24 hours",
        "Open drafts",
        "Missing now",
        "Identified",
        "Due for screening",
        "Child welfare",
        "Probation",
    ]


def test_clicking_a_header_sorts_and_clicking_again_reverses(qtbot, services, background):
    view = make_view(qtbot, services, background)
    header = view.table.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + 5
        qtbot.mouseClick(
            header.viewport(),
            Qt.MouseButton.LeftButton,
            pos=QPoint(x, 5),
        )

    click(Column.NEXT_DUE)
    dues = [r.next_due for r in view.model.rows() if r.next_due is not None]
    assert dues == sorted(dues) and view.model.row_at(0).next_due == min(dues)
    assert view.model.rows()[-1].next_due is None  # nothing due sorts last
    click(Column.NEXT_DUE)
    assert view.model.row_at(0).next_due is None
    click(Column.DRAFTS)
    drafts = [r.drafts for r in view.model.rows()]
    assert drafts == sorted(drafts)
    search(qtbot, view, "ga")  # a new search keeps the chosen order
    drafts = [r.drafts for r in view.model.rows()]
    assert drafts == sorted(drafts) and 1 < len(drafts) < SEEDED_YOUTH
    assert len(set(drafts)) > 1
    click(Column.LEGAL_NAME)
    surnames = [r.legal_name.split()[-1].casefold() for r in view.model.rows()]
    assert surnames == sorted(surnames)


def test_twenty_thousand_rows_fill_and_sort_by_every_column() -> None:
    # How long this takes is a benchmark row (benchmarks/caseload_table.py), not a test.
    from benchmarks.caseload_table import make_rows

    now = datetime.now(UTC)
    rows = make_rows(20_000, now)
    model = CaseloadTableModel(lambda: now)
    model.set_rows(rows)
    for column in Column:
        model.sort(column, Qt.SortOrder.AscendingOrder)
        assert model.rowCount() == 20_000
    model.sort(Column.AGE, Qt.SortOrder.AscendingOrder)  # youngest first, then older
    births = [row.birth_date for row in model.rows()]
    assert births == sorted(births, reverse=True)
    model.sort(Column.NEXT_DUE, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(0, Column.NEXT_DUE)).startswith("overdue by 10 days")


def test_sorting_by_keyboard_alone_and_back_to_best_match(qtbot, services, background):
    youth_id = add_jonathan(services)
    view = make_view(qtbot, services, background)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    alt(qtbot, "r")  # "Sort by"
    assert focused() is view.sorting.choice
    assert view.sorting.choice.currentText() == URGENCY  # the default order
    assert not view.sorting.reverse.isEnabled()  # nothing to reverse in a fixed order
    press(qtbot, Qt.Key.Key_Down)  # "Best match",
    assert view.sorting.choice.currentText() == "Best match"
    press(qtbot, Qt.Key.Key_Down)  # then the first column in the list: Next duty due
    dues = [r.next_due for r in view.model.rows() if r.next_due is not None]
    assert dues == sorted(dues) and view.model.rows()[-1].next_due is None
    header = view.table.horizontalHeader()
    assert header.isSortIndicatorShown() and header.sortIndicatorSection() == Column.NEXT_DUE
    alt(qtbot, "v")  # Reverse: the mnemonic ticks it
    assert view.model.row_at(0).next_due is None
    assert header.sortIndicatorOrder() is Qt.SortOrder.DescendingOrder
    press(qtbot, Qt.Key.Key_Space)  # and Space unticks it again
    assert view.model.row_at(0).next_due == min(dues)
    # A header click and the keyboard controls stay in step.
    x = header.sectionViewportPosition(Column.DRAFTS) + 5
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert view.sorting.choice.currentText() == "Drafts" and not view.sorting.reverse.isChecked()
    # Back to the search's own order: the closest name first again.
    search(qtbot, view, "Jonathon Garsia")
    assert view.model.row_at(0).youth_id != youth_id or view.model.rowCount() == 1
    view.sorting.choice.setFocus()
    press(qtbot, Qt.Key.Key_Home)
    qtbot.waitUntil(lambda: not view.searching)
    assert view.sorting.choice.currentText() == URGENCY  # while searching: the best match
    assert not header.isSortIndicatorShown() and view.model.row_at(0).youth_id == youth_id


def test_one_letter_finds_names_that_start_with_it(qtbot, services, background):
    youth_id = add_jonathan(services)
    view = make_view(qtbot, services, background)
    search(qtbot, view, "j")
    rows = view.model.rows()
    assert youth_id in [r.youth_id for r in rows] and 0 < len(rows) < SEEDED_YOUTH + 1
    for row in rows:  # each has a name, legal or chosen, or an alias that starts with J
        profile = services.source.open(row.youth_id).profile
        names = fold(" ".join(profile.name_variants()))
        assert any(name.startswith("j") for name in names), row.name


def test_the_search_and_sort_controls_wrap_on_a_narrow_screen_instead_of_leaving_it(
    qtbot, services, background
):
    """683 px is a 1366 px screen at 200 %: Sort by, Reverse and "Add youth…" stay in view."""
    from csec_desktop.gui.caseload.caseload_view import CaseloadView

    view = CaseloadView(background, services.clock)
    qtbot.addWidget(view)
    view.set_source(services.source)
    view.resize(683, 360)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not view.searching)
    assert view.minimumSizeHint().width() <= 683
    for widget in (view.search, view.filter_box, view.sorting, view.add_button):
        corner = widget.mapTo(view, widget.rect().bottomRight())
        assert widget.isVisible() and view.rect().contains(corner), widget.accessibleName()
