"""Locking never loses typing: each form open at the lock is kept (encrypted, in the vault) and
offered back to the same worker after unlock. And a laptop that slept, or whose wall clock
says the idle time is up, locks even though Qt's (monotonic) idle timer did not fire."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid

from csec_desktop.core.flows.app_state import AppState
from csec_desktop.core.records.dialog_drafts import DialogDrafts
from csec_desktop.gui.workspace import Workspace
from tests.gui.caseload.test_workspace import a_youth_with_a_completed_screening, loaded
from tests.gui.gui_helpers import PASS, signed_in, type_date, wait_idle
from tests.gui.test_lock_and_privacy import unlock_with


def open_note(qtbot: Any, workspace: Workspace) -> Any:
    workspace.open_youth(a_youth_with_a_completed_screening(workspace))
    page = workspace.youth_page
    page.tabs.setCurrentWidget(page.team_holder)
    tab = page.team.tab["note"]
    page.team.tabs.setCurrentWidget(tab)
    tab.add_button.click()
    qtbot.keyClicks(tab.dialog.text, "Jay asked to meet at the library next week.")
    return (
        tab.dialog,
        lambda d: d.text.toPlainText() == ("Jay asked to meet at the library next week."),
    )


def open_referral(qtbot: Any, workspace: Workspace) -> Any:
    workspace.open_youth(a_youth_with_a_completed_screening(workspace))
    page = workspace.youth_page
    page.tabs.setCurrentWidget(page.team_holder)
    tab = page.team.tab["referral"]
    page.team.tabs.setCurrentWidget(tab)
    tab.add_button.click()
    qtbot.keyClicks(tab.dialog.agency, "Harbor House drop-in")
    type_date(qtbot, tab.dialog.referred_on, "3/4/2026")
    return (
        tab.dialog,
        lambda d: (
            d.agency.text() == "Harbor House drop-in" and d.referred_on.edit.text() == "3/4/2026"
        ),
    )


def open_meeting(qtbot: Any, workspace: Workspace) -> Any:
    workspace.open_youth(a_youth_with_a_completed_screening(workspace))
    page = workspace.youth_page
    page.tabs.setCurrentWidget(page.team_holder)
    tab = page.team.tab["mdt_meeting"]
    page.team.tabs.setCurrentWidget(tab)
    tab.add_button.click()
    qtbot.keyClicks(tab.dialog.decisions, "Weekly mentoring; school meeting Friday.")
    return tab.dialog, lambda d: d.decisions.toPlainText().startswith("Weekly mentoring")


def open_profile(qtbot: Any, workspace: Workspace) -> Any:
    dialog = workspace.add_youth()
    qtbot.keyClicks(dialog.form.first, "Marisol")
    qtbot.keyClicks(dialog.form.last, "Quintero")
    return dialog, lambda d: (d.form.first.text(), d.form.last.text()) == ("Marisol", "Quintero")


def open_duty(qtbot: Any, workspace: Workspace) -> Any:
    workspace.open_youth(a_youth_with_a_completed_screening(workspace))
    tab = workspace.youth_page.duties
    workspace.youth_page.tabs.setCurrentWidget(tab)
    dialog = tab.record_selected()
    assert dialog is not None
    qtbot.keyClicks(dialog.reference, "HL-7781")
    return dialog, lambda d: d.reference.text() == "HL-7781"


FORMS: dict[str, Callable[[Any, Workspace], Any]] = {
    "note": open_note,
    "referral": open_referral,
    "meeting": open_meeting,
    "profile": open_profile,
    "duty": open_duty,
}


@pytest.mark.parametrize("form", list(FORMS))
def test_typing_in_an_open_form_survives_an_idle_lock_and_comes_back(
    qtbot: Any, seeded_vault: Any, make_controller: Any, form: str
) -> None:
    controller = make_controller(seeded_vault)
    signed_in(qtbot, controller)
    workspace = loaded(qtbot, controller)
    dialog, has_the_typing = FORMS[form](qtbot, workspace)
    assert dialog.isVisible() and has_the_typing(dialog)
    title = dialog.windowTitle()

    controller.watcher.set_interval_ms(50)  # the idle lock
    qtbot.waitUntil(lambda: controller.state is AppState.LOCKED, timeout=5_000)
    assert not isValid(dialog) or not dialog.isVisible()  # the workspace is dropped on lock
    unlock_with(qtbot, controller, PASS)
    assert controller.state is AppState.ACTIVE
    wait_idle(qtbot, controller)
    box = controller.drafts_box
    qtbot.waitUntil(lambda: box is not None and box.isVisible())
    box = controller.drafts_box
    assert "When the laptop locked, you were typing in" in box.text()
    reopen = next(b for b in box.buttons() if b.accessibleName() == "Reopen")
    qtbot.mouseClick(reopen, Qt.MouseButton.LeftButton)
    again = next(
        d for d in controller.window.findChildren(type(dialog))
        if d.isVisible() and d is not dialog
    )  # fmt: skip
    assert again.windowTitle() == title and has_the_typing(again)
    session = controller.session
    assert DialogDrafts(session.db, "maria", lambda: None).waiting() == []  # taken back


def test_drafts_belong_to_the_worker_who_typed_them(qtbot, seeded_vault, make_controller):
    controller = make_controller(seeded_vault)
    signed_in(qtbot, controller)
    workspace = loaded(qtbot, controller)
    open_note(qtbot, workspace)
    controller.cover(AppState.LOCKED, "manual")
    qtbot.waitUntil(lambda: controller.state is AppState.LOCKED)
    unlock_with(qtbot, controller, PASS)
    db = controller.session.db
    assert len(DialogDrafts(db, "maria", lambda: None).waiting()) == 1
    assert DialogDrafts(db, "sam", lambda: None).waiting() == []


class Clocks:
    def __init__(self) -> None:
        self.wall, self.mono = 1_800_000_000.0, 5_000.0

    def advance(self, wall: float, mono: float) -> None:
        self.wall += wall
        self.mono += mono


def with_fake_clocks(controller: Any) -> Clocks:
    clocks = Clocks()
    controller.watcher.wall = lambda: clocks.wall
    controller.watcher.mono = lambda: clocks.mono
    controller.watcher.start_idle_timer(10)  # restart: reads the fake clocks
    return clocks


def lock_reasons(session: Any) -> list[str]:
    return [e.detail.get("reason") for e in session.audit.entries() if e.event == "session_locked"]


def test_waking_from_sleep_locks_at_once(qtbot, vault, make_controller) -> None:
    controller = make_controller(vault)
    signed_in(qtbot, controller)
    session = controller.session
    clocks = with_fake_clocks(controller)
    clocks.advance(wall=5, mono=5)
    controller.watcher.check_clock()
    assert controller.state is AppState.ACTIVE  # an ordinary tick
    clocks.advance(wall=3 * 3600, mono=5)  # the lid was shut for three hours
    controller.watcher.check_clock()
    qtbot.waitUntil(lambda: controller.state is AppState.LOCKED)
    unlock_with(qtbot, controller, PASS)
    assert lock_reasons(session) == ["suspend"]


def test_wall_clock_idle_time_locks_even_if_the_idle_timer_did_not_fire(
    qtbot, vault, make_controller
) -> None:
    controller = make_controller(vault)
    signed_in(qtbot, controller)
    session = controller.session
    clocks = with_fake_clocks(controller)
    clocks.advance(wall=9 * 60, mono=9 * 60)
    controller.watcher.check_clock()
    assert controller.state is AppState.ACTIVE  # 9 of the policy's 10 minutes
    qtbot.keyClick(controller.window.workspace, Qt.Key.Key_Shift)  # input: counting restarts
    clocks.advance(wall=2 * 60, mono=2 * 60)
    controller.watcher.check_clock()
    assert controller.state is AppState.ACTIVE
    clocks.advance(wall=9 * 60, mono=9 * 60)
    controller.watcher.check_clock()
    qtbot.waitUntil(lambda: controller.state is AppState.LOCKED)
    unlock_with(qtbot, controller, PASS)
    assert lock_reasons(session) == ["idle"]
