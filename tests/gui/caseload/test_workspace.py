"""The workspace in the real app: built at sign-in, covered by the lock, dropped at sign-out."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from csec_desktop.core.flows.app_state import AppState
from csec_desktop.core.names.fold import _fold
from csec_desktop.core.vault.audit import AuditEvent
from csec_desktop.gui.caseload.caseload_view import CaseloadView
from csec_desktop.gui.caseload.encounter_summary import EncounterSummaryDialog
from csec_desktop.gui.caseload.services import needs_only
from csec_desktop.gui.caseload.youth_page import YouthPage
from csec_desktop.gui.printing.print_preview import PrintPreviewDialog
from csec_desktop.gui.workspace import Workspace
from tests.gui.caseload.conftest import SEEDED_YOUTH
from tests.gui.gui_helpers import PASS, sign_in, signed_in, wait_idle


def loaded(qtbot: Any, controller: Any) -> Workspace:
    qtbot.waitUntil(lambda: controller.workspace is not None)
    workspace = controller.workspace
    qtbot.waitUntil(lambda: workspace.caseload.model.rowCount() == SEEDED_YOUTH)
    wait_idle(qtbot, controller)
    return workspace


def a_youth_with_a_completed_screening(workspace: Workspace) -> str:
    services = workspace.services
    return next(
        row.youth_id
        for row in workspace.caseload.model.rows()
        if row.band is not None and services.duties.for_youth(row.youth_id)
    )


def test_sign_in_shows_the_loaded_caseload_and_no_title_names_a_youth(
    qtbot, seeded_vault, make_controller
):
    controller = make_controller(seeded_vault)
    signed_in(qtbot, controller)
    workspace = loaded(qtbot, controller)
    assert controller.window.central_view is workspace and workspace.isVisible()
    assert not workspace.caseload.busy.isVisible()
    assert workspace.caseload.count.text() == f"Showing {SEEDED_YOUTH} of {SEEDED_YOUTH} youth"
    youth_id = a_youth_with_a_completed_screening(workspace)
    workspace.open_youth(youth_id)
    page = workspace.youth_page
    profile = page.record.profile
    entry = controller.session.audit.entries(1)[0]
    assert entry.event == AuditEvent.RECORD_VIEWED and entry.subject == youth_id
    assert profile.display_name in page.name.text()
    page.edit_button.click()  # dialogs too: the profile editor,
    page.tabs.setCurrentWidget(page.duties)
    page.duties.done_button.click()  # the duty dialog (if this youth has an open duty),
    page.tabs.setCurrentWidget(page.encounters)
    page.encounters.table.selectRow(
        next(i for i, e in enumerate(page.encounters.encounters) if not e.is_draft)
    )
    page.encounters.view_button.click()  # and the read-only summary
    names = {profile.legal_first_name, profile.legal_last_name, profile.display_name}
    names |= {profile.chosen_name} - {""}
    titles = [w.windowTitle() for w in QApplication.topLevelWidgets()]
    assert any(isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets())
    for title in titles:
        assert not any(name.casefold() in title.casefold() for name in names), title


def test_sign_out_drops_the_workspace_and_everything_it_held(qtbot, seeded_vault, make_controller):
    controller = make_controller(seeded_vault)
    signed_in(qtbot, controller)
    workspace = loaded(qtbot, controller)
    workspace.open_youth(workspace.caseload.model.row_at(0).youth_id)
    model = workspace.caseload.model
    controller.sign_out()
    assert controller.state is AppState.SIGNED_OUT and controller.workspace is None
    assert controller.window.central_view is controller.window.ui.emptyCaseload
    assert model.rowCount() == 0 and workspace.services is None
    assert _fold.cache_info().currsize == 0  # no folded youth name stays remembered
    qtbot.waitUntil(lambda: not controller.window.findChildren(CaseloadView))
    assert not controller.window.findChildren(YouthPage)
    signed_in(qtbot, controller, "sam")  # the next worker gets a fresh workspace
    qtbot.waitUntil(lambda: controller.workspace is not None)
    assert controller.workspace is not workspace
    wait_idle(qtbot, controller)
    # Sam is a social worker: the supervisor's youth are not shared with him (finding 1).
    assert controller.workspace.caseload.model.rowCount() == 0


def test_a_lock_drops_the_workspace_and_an_unlock_builds_it_again(
    qtbot, seeded_vault, make_controller
):
    """Finding 7: while locked, no youth's name stays in memory: the workspace, its models and
    pages are dropped at the lock and built again from the vault after the unlock."""
    controller = make_controller(seeded_vault)
    signed_in(qtbot, controller)
    old = loaded(qtbot, controller)
    old_model = old.caseload.model
    controller.window.ui.actionLockNow.trigger()
    assert controller.session.is_locked
    assert controller.workspace is None and old_model.rowCount() == 0
    qtbot.waitUntil(lambda: not controller.window.findChildren(CaseloadView))
    assert not controller.window.findChildren(YouthPage)
    gate = controller.window.current_page()
    gate.passphrase.setText(PASS)
    qtbot.keyClick(gate.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.state is AppState.ACTIVE)
    workspace = loaded(qtbot, controller)
    assert workspace is not old and workspace.services.ctx.db is controller.session.db
    workspace.open_youth(workspace.caseload.model.row_at(3).youth_id)  # reads the vault again
    assert workspace.showing_youth and workspace.youth_page.encounters.table.rowCount() >= 0


def test_keyboard_only_from_sign_in_to_a_youth_page_and_back(qtbot, seeded_vault, make_controller):
    controller = make_controller(seeded_vault)
    sign_in(qtbot, controller, "maria", PASS)  # typed, then Enter
    workspace = loaded(qtbot, controller)
    caseload = workspace.caseload
    assert controller.window.focusWidget() is caseload.search
    target = a_youth_with_a_completed_screening(workspace)
    row = caseload.model.row_at(caseload.model.row_of(target))
    legal_first, *_rest, legal_last = row.legal_name.split()
    qtbot.keyClicks(caseload.search, f"{legal_last} {legal_first}")
    qtbot.keyClick(caseload.search, Qt.Key.Key_Down)  # into the list
    assert controller.window.focusWidget() is caseload.table
    wait_idle(qtbot, controller)
    assert caseload.model.row_of(target) >= 0  # found with the names swapped
    while caseload.table.currentIndex().row() < caseload.model.row_of(target):
        qtbot.keyClick(caseload.table, Qt.Key.Key_Down)
    qtbot.keyClick(caseload.table, Qt.Key.Key_Return)
    assert workspace.showing_youth and workspace.youth_page.record.id == target
    page = workspace.youth_page
    assert controller.window.focusWidget() is page.encounters.table
    completed = next(i for i, e in enumerate(page.encounters.encounters) if not e.is_draft)
    while page.encounters.table.currentRow() < completed:
        qtbot.keyClick(page.encounters.table, Qt.Key.Key_Down)
    qtbot.keyClick(page.encounters.table, Qt.Key.Key_Return)  # Enter views the completed one
    summary = next(w for w in page.findChildren(EncounterSummaryDialog) if w.isVisible())
    assert any(head == "Outcome" for head, _text in summary.lines)
    summary.reject()
    qtbot.keyClick(page.encounters.table, Qt.Key.Key_Escape)
    assert not workspace.showing_youth


def test_enter_in_the_search_field_opens_the_best_match(qtbot, seeded_vault, make_controller):
    controller = make_controller(seeded_vault)
    signed_in(qtbot, controller)
    workspace = loaded(qtbot, controller)
    first = workspace.caseload.model.row_at(0)
    qtbot.keyClicks(workspace.caseload.search, first.case_number)
    qtbot.keyClick(workspace.caseload.search, Qt.Key.Key_Return)  # before the pause is over
    qtbot.waitUntil(lambda: workspace.showing_youth)
    assert workspace.youth_page.record.id == first.youth_id


def test_print_summary_opens_the_preview_and_needs_offers_only_the_assessment(
    qtbot, seeded_vault, make_controller
):
    controller = make_controller(seeded_vault)
    signed_in(qtbot, controller)
    workspace = loaded(qtbot, controller)
    workspace.open_youth(a_youth_with_a_completed_screening(workspace))
    tab = workspace.youth_page.encounters
    completed = next(i for i, e in enumerate(tab.encounters) if not e.is_draft)
    tab.table.selectRow(completed)
    assert tab.print_button.isEnabled() and not tab.resume_button.isEnabled()
    dialog = tab.print_selected()
    assert isinstance(dialog, PrintPreviewDialog)
    qtbot.waitUntil(lambda: not dialog.working, timeout=20_000)  # rendered off the GUI thread
    assert dialog.document.pageCount() >= 1
    assert dialog.encounter_id == tab.encounters[completed].id
    dialog.reject()
    policy = needs_only(controller.session.policy.screening)
    assert policy.decision_points
    assert {i for p in policy.decision_points for i in p.instruments} == {"holistic_needs"}
    service = workspace.services.needs_service()
    assert [i.id for i in service.offered(policy.decision_points[0].id)] == ["holistic_needs"]
