"""Names as California's workers type them, through the widgets: the caseload search box and
the Add youth dialog's possible-duplicate warning (issue: "Do Minh" did not find "Đỗ Minh")."""

from __future__ import annotations

from datetime import date
from typing import Any

from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.gui.caseload.table_model import YOUTH_ID_ROLE
from tests.gui.caseload.test_caseload_view import make_view, search
from tests.gui.caseload.test_profiles import fill, submit, workspace_for

BORN = date(2012, 2, 29)


def add(services: Any, first: str, last: str) -> str:
    profile = YouthProfile(
        legal_first_name=first, legal_last_name=last, birth_date=BORN, agency=Agency.PROBATION
    )
    return services.source.add(profile).id


def listed(view: Any) -> list[str]:
    model = view.model
    return [model.data(model.index(row, 0), YOUTH_ID_ROLE) for row in range(model.rowCount())]


def test_typing_do_minh_finds_do_minh_with_its_marks(qtbot, services, background) -> None:
    family_first = add(services, "Đỗ", "Minh")  # entered as written in Vietnamese
    given_first = add(services, "Minh", "Đỗ")
    view = make_view(qtbot, services, background)
    search(qtbot, view, "Do Minh")
    assert set(listed(view)[:2]) == {family_first, given_first}
    names = {view.model.row_at(row).name for row in range(2)}
    assert names == {"Đỗ Minh", "Minh Đỗ"}


def test_joined_particles_and_a_chinese_name_without_a_space_are_found(
    qtbot, services, background
) -> None:
    cruz = add(services, "Luis", "De la Cruz")
    wang = add(services, "Xiaoming", "Wang")
    view = make_view(qtbot, services, background)
    for typed, wanted in (("Delacruz", cruz), ("Luis DeLaCruz", cruz), ("WangXiaoming", wang)):
        search(qtbot, view, typed)
        assert listed(view)[:1] == [wanted], typed


def test_add_youth_warns_that_minh_do_may_be_do_minh(qtbot, services, background) -> None:
    existing = add(services, "Minh", "Đỗ")
    workspace = workspace_for(qtbot, services, background)
    dialog = workspace.add_youth()
    fill(qtbot, dialog, "Do", "Minh", BORN)
    submit(qtbot, dialog, background)
    assert dialog.isVisible() and dialog.duplicates_box.isVisible()
    assert [d.entry.youth_id for d in dialog.duplicates] == [existing]
    line = dialog.duplicates_list.item(0).text()
    assert "first and last names swapped, same birth date" in line and "Minh Đỗ" in line
