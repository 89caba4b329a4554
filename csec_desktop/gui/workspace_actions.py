"""The menu commands that act on the workspace, with their shortcuts: Ctrl+N add a youth,
Ctrl+F search the caseload, Ctrl+P print what is in front of the worker, F1 help for this
screen, and the user guide.

They live on the main window (so their shortcuts work with the menu bar hidden) and in the
File and Help menus (so they can be found). Each asks first whether anyone is at work: with
no workspace (signed out, locked, privacy screen) Ctrl+N/F/P do nothing, and F1 is refused
behind the privacy screen, which must look like nothing at all.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from csec_desktop.gui.help.help_browser import HelpWindow, show_help, topic_of

if TYPE_CHECKING:
    from csec_desktop.gui.main_window import MainWindow
    from csec_desktop.gui.workspace import Workspace

NOTHING_TO_PRINT = (
    "To print, open a youth and choose a completed screening, or open their Timeline tab."
)


class WorkspaceActions:
    def __init__(
        self,
        window: MainWindow,
        workspace: Callable[[], Workspace | None],
        help_allowed: Callable[[], bool],
    ) -> None:
        self.window = window
        self._workspace = workspace
        self._help_allowed = help_allowed
        self.add_youth = self._action("&Add a youth…", "Ctrl+N", self.add)
        self.find = self._action("&Find a youth", "Ctrl+F", self.search)
        self.print = self._action("P&rint…", "Ctrl+P", self.print_current)
        self.help = self._action("&Help for this screen", "F1", self.help_here)
        self.guide = self._action("&User guide", "", lambda: self.open_guide(""))
        ui = window.ui
        ui.actionShortcuts.setShortcut(QKeySequence())  # F1 is help for the screen now
        first = ui.menuFile.actions()[0] if ui.menuFile.actions() else None
        for action in (self.add_youth, self.find, self.print):
            ui.menuFile.insertAction(first, action)
        ui.menuFile.insertSeparator(first)
        top = ui.menuHelp.actions()[0] if ui.menuHelp.actions() else None
        ui.menuHelp.insertAction(top, self.help)
        ui.menuHelp.insertAction(top, self.guide)

    def _action(self, text: str, keys: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def add(self) -> QWidget | None:
        workspace = self._workspace()
        return workspace.add_youth() if workspace is not None else None

    def search(self) -> bool:
        """The caseload, its search field focused with the text selected to type over."""
        workspace = self._workspace()
        if workspace is None:
            return False
        workspace.show_caseload()
        workspace.home.setCurrentWidget(workspace.caseload)
        workspace.caseload.search.setFocus()
        workspace.caseload.search.selectAll()
        return True

    def print_current(self) -> QWidget | None:
        """Print what is in front of the worker: the timeline on its tab, else the selected
        completed screening; otherwise say how to get to something printable."""
        workspace = self._workspace()
        if workspace is None:
            return None
        page = workspace.youth_page
        if workspace.showing_youth and page.tabs.currentWidget() is page.timeline:
            return page.timeline.print_timeline()
        on_screenings = workspace.showing_youth and page.tabs.currentWidget() is page.encounters
        chosen = page.encounters.selected() if on_screenings else None
        if chosen is not None and not chosen.is_draft:
            return page.encounters.print_selected()
        self.window.statusBar().showMessage(NOTHING_TO_PRINT, 8000)
        return None

    def help_here(self) -> HelpWindow | None:
        if not self._help_allowed():
            return None
        return self.open_guide(topic_of(self.window))

    def open_guide(self, topic: str) -> HelpWindow | None:
        if not self._help_allowed():
            return None
        return show_help(topic, self.window)
