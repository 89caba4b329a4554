"""F1 opens the user guide at the screen in front of the worker; Ctrl+N, Ctrl+F and Ctrl+P act
from the keyboard and sit in the menus with their shortcuts; the guide ships in resources."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from csec_desktop.gui.caseload.profile_dialog import ProfileDialog
from csec_desktop.gui.help import help_browser
from csec_desktop.gui.help.help_browser import TOPICS, guide_html
from csec_desktop.gui.printing.print_preview import PrintPreviewDialog
from tests.gui.caseload.test_workspace import a_youth_with_a_completed_screening, loaded
from tests.gui.gui_helpers import signed_in


def press(qtbot: Any, window: QWidget, key: Qt.Key, modifier: Any = Qt.KeyboardModifier.NoModifier):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


def help_topic(qtbot: Any, window: QWidget) -> str:
    help_browser._forget()
    press(qtbot, window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: help_browser._window is not None)
    shown = help_browser._window
    assert shown.isVisible() and "user guide" in shown.browser.toPlainText()[:200].casefold()
    topic = shown.topic
    shown.close()
    return topic


def test_the_guide_ships_with_every_topic_and_the_daily_journeys() -> None:
    html = guide_html()
    anchors = set(re.findall(r'id="([a-z-]+)"', html))
    assert set(TOPICS) <= anchors
    journeys = ("Signing in", "Adding a youth", "Screening", "Outcome and duties",
                "Missing episodes", "Printing", "Sync with the county", "recovery")  # fmt: skip
    for journey in journeys:
        assert journey in html
    for part in ("Safety plan", "Releases and court orders", "Stages of change",
                 "Needs assessment", "WIC 18961.7 warning"):  # fmt: skip
        assert f"{part}</h" in html
    assert "http" not in html  # offline: nothing to fetch


def test_f1_opens_the_guide_at_the_current_screen(qtbot, seeded_vault, make_controller):
    controller = make_controller(seeded_vault)
    window = controller.window
    assert help_topic(qtbot, window) == "sign-in"
    signed_in(qtbot, controller)
    workspace = loaded(qtbot, controller)
    assert controller.actions.help.shortcut() == QKeySequence("F1")
    assert help_topic(qtbot, window) == "caseload"
    for tab, topic in ((workspace.deadlines, "deadlines"), (workspace.agenda, "agenda")):
        workspace.home.setCurrentWidget(tab)
        tab.setFocus()
        assert help_topic(qtbot, window) == topic
    workspace.open_youth(a_youth_with_a_completed_screening(workspace))
    page = workspace.youth_page
    assert help_topic(qtbot, window) == "youth-page"
    page.tabs.setCurrentWidget(page.timeline)
    page.timeline.table.setFocus()
    assert help_topic(qtbot, window) == "timeline"
    page.tabs.setCurrentWidget(page.team_holder)  # the Team tab, and each of its parts
    qtbot.waitUntil(lambda: page.team is not None)
    page.tabs.tabBar().setFocus()
    assert help_topic(qtbot, window) == "team"
    team = page.team
    for kind, topic in (("referral", "team"), ("safety_plan", "safety-plan"),
                        ("authorization", "releases"), ("stage_of_change", "stages"),
                        ("mdt_meeting", "mdt")):  # fmt: skip
        team.tabs.setCurrentWidget(team.tab[kind])
        team.tab[kind].add_button.setFocus()
        assert help_topic(qtbot, window) == topic
    for open_dialog, topic in ((controller.open_sync, "sync"),
                               (controller.open_instruments, "settings")):  # fmt: skip
        dialog = open_dialog()
        qtbot.waitUntil(dialog.isVisible)
        assert help_topic(qtbot, dialog) == topic
        dialog.reject()
    controller.hide_screen()  # behind the privacy screen F1 shows nothing
    qtbot.waitUntil(lambda: controller.window.current_page() is controller.privacy_screen)
    help_browser._forget()
    press(qtbot, window, Qt.Key.Key_F1)
    assert help_browser._window is None


def test_ctrl_n_f_p_are_in_the_menus_and_act(qtbot, seeded_vault, make_controller):
    controller = make_controller(seeded_vault)
    signed_in(qtbot, controller)
    workspace = loaded(qtbot, controller)
    window, actions = controller.window, controller.actions
    file_menu = window.ui.menuFile.actions()
    for action, keys in ((actions.add_youth, "Ctrl+N"), (actions.find, "Ctrl+F"),
                         (actions.print, "Ctrl+P")):  # fmt: skip
        assert action in file_menu and action.shortcut() == QKeySequence(keys)
    assert actions.help in window.ui.menuHelp.actions()
    workspace.open_youth(a_youth_with_a_completed_screening(workspace))
    press(qtbot, window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert not workspace.showing_youth and QApplication.focusWidget() is workspace.caseload.search
    press(qtbot, window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    profile = next(w for w in window.findChildren(ProfileDialog) if w.isVisible())
    profile.reject()
    workspace.open_youth(a_youth_with_a_completed_screening(workspace))
    page = workspace.youth_page
    encounters = page.encounters
    encounters.table.selectRow(next(i for i, e in enumerate(encounters.encounters)
                                    if not e.is_draft))  # fmt: skip
    encounters.table.setFocus()
    press(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = next(w for w in page.findChildren(PrintPreviewDialog) if w.isVisible())
    assert preview.windowTitle() == "Print summary"
    qtbot.waitUntil(lambda: bool(preview.pdf), timeout=10_000)
    preview.reject()
    page.tabs.setCurrentWidget(page.timeline)
    page.timeline.table.setFocus()
    press(qtbot, window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    timeline = next(w for w in page.timeline.findChildren(PrintPreviewDialog) if w.isVisible())
    assert timeline.windowTitle() == "Print timeline"
    qtbot.waitUntil(lambda: bool(timeline.pdf), timeout=10_000)
    timeline.reject()
