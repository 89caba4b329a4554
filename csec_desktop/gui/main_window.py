"""The one top-level window (frame from ui/main_window.ui).

Its central area is a stack of pages: setup, sign-in, the workspace, the lock screen and the
privacy screen. The controller decides which page shows; this class only knows how to show it,
and hides the menus and status bar whenever no one is at work. The title never changes to
anything personal: it is "CSEC Screening", or "Screen hidden" behind the privacy screen, so
not even the app's purpose shows in the task bar then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QMenu, QScrollArea, QWidget

from csec_desktop import APP_NAME
from csec_desktop.gui.generated.ui_main_window import Ui_MainWindow
from csec_desktop.gui.widgets.basics import em

if TYPE_CHECKING:
    from csec_desktop.core.vault.roles import Account

HIDDEN_TITLE = "Screen hidden"


class MainWindow(QMainWindow):
    closing = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setWindowTitle(APP_NAME)
        self.worker_label = QLabel()
        self.worker_label.setTextFormat(Qt.TextFormat.PlainText)  # names typed by people
        self.worker_label.setAccessibleName("Signed-in worker")
        self.ui.statusBar.addPermanentWidget(self.worker_label)
        self._central_view: QWidget = self.ui.emptyCaseload
        # Menu actions also live on the window, so their shortcuts work with the menu hidden.
        for action in (
            self.ui.actionLockNow,
            self.ui.actionQuit,
            self.ui.actionShortcuts,
        ):
            self.addAction(action)
        # Settings → Instruments (built here rather than in the .ui file: one menu, one action).
        self.menuSettings = QMenu("Settin&gs", self.ui.menuBar)
        self.actionInstruments = QAction("&Instruments…", self)
        self.menuSettings.addAction(self.actionInstruments)
        self.ui.menuBar.insertMenu(self.ui.menuHelp.menuAction(), self.menuSettings)
        self._scroll_pages()
        self.resize(em(self, 52), em(self, 34))

    def _scroll_pages(self) -> None:
        """The pages sit in a frameless scroll area, so no page's minimum size can make the
        window larger than the screen (1366×768 at 200 % is 683×384 logical pixels): a page
        wider than the window scrolls, Tab still brings each focused field into view, and the
        menus and status bar stay put."""
        pages = self.takeCentralWidget()
        self.page_scroll = QScrollArea()
        self.page_scroll.setObjectName("pageScroll")
        self.page_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.page_scroll.setWidgetResizable(True)  # fills the window whenever it fits
        self.page_scroll.setWidget(pages)
        self.page_scroll.setMinimumSize(em(self, 20), em(self, 10))
        self.setCentralWidget(self.page_scroll)

    def fit_to_screen(self) -> None:
        """Most of the screen, so forms and the caseload have room; never beyond its free
        area (taskbar excluded), title bar and borders included."""
        screen = self.screen().availableGeometry()
        frame = self.frameGeometry().size() - self.size()  # 0×0 until the window manager says
        free_w, free_h = screen.width() - frame.width(), screen.height() - frame.height()
        width = min(free_w, max(em(self, 52), int(screen.width() * 0.8)))
        height = min(free_h, max(em(self, 34), int(screen.height() * 0.85)))
        self.resize(width, height)
        self.move(screen.center() - self.frameGeometry().center() + self.pos())

    @property
    def workspace(self) -> QWidget:
        return self.ui.workspacePage

    @property
    def central_view(self) -> QWidget:
        return self._central_view

    def set_central_view(self, view: QWidget) -> None:
        """Put the caseload (or any later main view) in the workspace, replacing the current one.

        The view is only visible while someone is signed in and the screen is not locked or
        hidden, because it lives on the workspace page.
        """
        layout = self.ui.workspaceLayout
        old = self._central_view
        layout.replaceWidget(old, view)
        old.hide()
        old.setParent(None)
        self._central_view = view
        view.show()

    def add_page(self, page: QWidget) -> None:
        self.ui.pages.addWidget(page)

    def remove_page(self, page: QWidget) -> None:
        self.ui.pages.removeWidget(page)
        page.deleteLater()

    def show_page(self, page: QWidget, *, working: bool, hidden: bool = False) -> None:
        """Show ``page``; menus and status bar only while ``working`` (signed in, unlocked)."""
        self.ui.pages.setCurrentWidget(page)
        self.ui.menuBar.setVisible(working)
        self.ui.statusBar.setVisible(working)
        self.setWindowTitle(HIDDEN_TITLE if hidden else APP_NAME)
        if self.isVisible():
            self._grow_to_pages()

    def _grow_to_pages(self) -> None:
        """Widen (or heighten) the window to what the pages need, as far as the screen's free
        area allows, so a screen with room never shows a sideways scroll bar."""
        if self.isMaximized() or self.isFullScreen():
            return
        area = self.screen().availableGeometry()
        frame = self.frameGeometry().size() - self.size()
        need = self.page_scroll.widget().minimumSizeHint()
        chrome = self.size() - self.page_scroll.viewport().size()  # menus, status bar, scroll
        width = min(area.width() - frame.width(), max(self.width(), need.width() + chrome.width()))
        height = min(
            area.height() - frame.height(), max(self.height(), need.height() + chrome.height())
        )
        if (width, height) == (self.width(), self.height()):
            return
        self.resize(width, height)
        geometry = self.frameGeometry()
        left = min(max(geometry.left(), area.left()), area.right() + 1 - geometry.width())
        top = min(max(geometry.top(), area.top()), area.bottom() + 1 - geometry.height())
        self.move(self.pos() + QPoint(left - geometry.left(), top - geometry.top()))

    def current_page(self) -> QWidget:
        return self.ui.pages.currentWidget()

    def set_worker(self, account: Account | None) -> None:
        """The status bar: who is signed in and their role (worker details only, never youth)."""
        from csec_desktop.core.vault.roles import Role  # loaded by then; not before sign-in

        text = f"Signed in: {account.display_name} · {account.role.label}" if account else ""
        self.worker_label.setText(text)
        self.ui.menuAccounts.menuAction().setVisible(account is not None)
        self.menuSettings.menuAction().setVisible(account is not None)
        is_supervisor = account is not None and account.role is Role.SUPERVISOR
        self.ui.actionManageAccounts.setVisible(is_supervisor)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closing.emit()
        event.accept()
