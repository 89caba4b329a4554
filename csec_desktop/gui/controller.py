"""AppController: follows core.flows.app_state and shows the page that belongs to each state.

It owns no rules of its own beyond timing: covering the screen (lock, privacy) happens at once,
while locking the session waits until background work that uses the database has finished, so
a half-written account change can never be cut off by the lock.

Its parts, one job each, are mixins in sibling modules: covering the screen and keeping typed
forms (controller_lock), the language (controller_language), sync wiring (controller_sync) and
the menus' dialogs (controller_dialogs). This module builds the shell and maps states to pages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from csec_desktop.core.demo_logins import DemoLogin
from csec_desktop.core.flows.app_state import AppState, AppStateMachine
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.session import Session
from csec_desktop.core.worker_language import (
    device_language,
    system_language,
)
from csec_desktop.gui.background import Background
from csec_desktop.gui.controller_dialogs import MenuDialogs
from csec_desktop.gui.controller_language import LanguageSwitching
from csec_desktop.gui.controller_lock import ScreenCovering
from csec_desktop.gui.controller_sync import SyncWiring
from csec_desktop.gui.forms.input_watcher import InputWatcher
from csec_desktop.gui.help.help_browser import set_help_topic
from csec_desktop.gui.help.help_dialogs import about_dialog, shortcuts_dialog
from csec_desktop.gui.main_window import MainWindow
from csec_desktop.gui.sign_in.lock_screens import LockScreen, PrivacyScreen
from csec_desktop.gui.sign_in.setup_wizard import SetupWizard
from csec_desktop.gui.sign_in.sign_in_page import SignInPage
from csec_desktop.gui.widgets.wheel_guard import install_wheel_guard
from csec_desktop.gui.workspace_actions import WorkspaceActions

if TYPE_CHECKING:
    from csec_desktop.gui.workspace import Workspace

# The workspace, the sync panel and what they need (PDFs, instruments, sync) are imported when
# first used, after sign-in: the sign-in window must appear without waiting for them.


class AppController(ScreenCovering, LanguageSwitching, SyncWiring, MenuDialogs):
    def __init__(
        self,
        vault: DeviceVault,
        background: Background | None = None,
        demo_logins: tuple[DemoLogin, ...] = (),
        window: MainWindow | None = None,
        sign_in: SignInPage | None = None,
    ) -> None:
        self.vault = vault
        self.background = background or Background()
        self.machine = AppStateMachine(vault.is_initialized())
        self.window = window or MainWindow()
        self.watcher = InputWatcher(self.window)
        app = QApplication.instance()
        assert app is not None, "create the QApplication first"
        app.installEventFilter(self.watcher)
        install_wheel_guard(app)  # also when built without make_application (tests, embedding)
        self.setup: SetupWizard | None = None
        # A sign-in page may already be on screen, typed into (gui.startup): it is kept as it is.
        showing = sign_in is not None
        self.sign_in = sign_in or SignInPage(vault, self.background)
        if not showing:
            self.window.add_page(self.sign_in)
        self._language_session: Session | None = None  # whose language is installed
        self._build_gates()
        if demo_logins and not showing:
            self.sign_in.show_demo_logins(demo_logins)
        if self.machine.state is AppState.NEEDS_SETUP:
            self.setup = SetupWizard(vault, self.background)
            self.setup.finished.connect(self._setup_finished)
            self.window.add_page(self.setup)
        self._covering: AppState | None = None
        self.workspace: Workspace | None = None  # the signed-in worker's caseload and pages
        self.drafts_box: QMessageBox | None = None  # "reopen what you were typing?"
        self._connect()
        self.actions = WorkspaceActions(
            self.window,
            lambda: self.workspace if self.state is AppState.ACTIVE else None,
            # The privacy screen (shown or on its way) must look like nothing at all.
            lambda: self.state is not AppState.PRIVACY and self._covering is None,
        )
        set_help_topic(self.sign_in, "sign-in")
        self.machine.subscribe(self._state_changed)
        self._show(self.machine.state, keep_sign_in=showing)
        self.sign_in.attach_vault(vault)  # last: a sign-in that was waiting may now start

    def _connect(self) -> None:
        ui = self.window.ui
        self.sign_in.signed_in.connect(self.machine.signed_in)
        self.sign_in.recovery_requested.connect(self.open_recovery)
        self.sign_in.language_chosen.connect(self._sign_in_language)
        self.watcher.idle.connect(lambda: self.cover(AppState.LOCKED, "idle"))
        self.watcher.suspended.connect(lambda: self.cover(AppState.LOCKED, "suspend"))
        self.watcher.privacy_key.connect(self.hide_screen)
        ui.actionLockNow.triggered.connect(lambda: self.cover(AppState.LOCKED, "manual"))
        ui.actionPrivacyScreen.triggered.connect(self.hide_screen)
        ui.actionSignOut.triggered.connect(self.sign_out)
        ui.actionQuit.triggered.connect(self.window.close)
        ui.actionManageAccounts.triggered.connect(self.open_accounts)
        self.window.actionInstruments.triggered.connect(self.open_instruments)
        self.window.actionLanguage.triggered.connect(self.open_language)
        ui.actionSync.triggered.connect(self.open_sync)
        ui.actionChangePassphrase.triggered.connect(self.open_change_passphrase)
        ui.actionAbout.triggered.connect(lambda: about_dialog(self.window).open())
        ui.actionShortcuts.triggered.connect(lambda: shortcuts_dialog(self.window).open())
        self.window.closing.connect(self.shut_down)

    def _build_gates(self) -> None:
        """The lock and privacy screens, in the language installed now (built again when the
        language changes: they are never on screen then)."""
        old = [getattr(self, "lock_screen", None), getattr(self, "privacy_screen", None)]
        self.lock_screen = LockScreen(self.background)
        self.privacy_screen = PrivacyScreen(self.background)
        for gate in (self.lock_screen, self.privacy_screen):
            self.window.add_page(gate)
            gate.unlocked.connect(self._unlocked)
            gate.sign_out_requested.connect(self.sign_out)
            gate.recovery_requested.connect(self.open_recovery)
        set_help_topic(self.lock_screen, "lock")
        for gate in old:
            if gate is not None:
                self.window.remove_page(gate)

    @property
    def state(self) -> AppState:
        return self.machine.state

    @property
    def session(self) -> Session | None:
        return self.machine.session

    # -- signing out and quitting --------------------------------------------------------------
    def sign_out(self) -> None:
        if self.machine.session is None:
            return
        self._close_dialogs()
        self.background.wait()
        self.machine.sign_out()

    def shut_down(self) -> None:
        """The window is closing: let running work finish, then sign out (wipes the key)."""
        self.watcher.stop_idle_timer()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.watcher)
        self.background.wait()
        if self.setup is not None and self.state is AppState.NEEDS_SETUP:
            self.setup.abandon()
        if self.machine.session is not None:
            self.machine.sign_out()

    # -- states to pages -----------------------------------------------------------------------
    def _setup_finished(self, session: Session) -> None:
        self.machine.setup_complete(session)
        if self.setup is not None:
            self.window.remove_page(self.setup)
            self.setup = None

    def _state_changed(self, _old: AppState, new: AppState) -> None:
        if self._covering is None:
            self._show(new)

    def _match_workspace_to_state(self, state: AppState) -> None:
        """Build the workspace when a session becomes active; drop it at sign-out and as soon
        as a lock has closed the vault, so no youth's name or answer stays in memory while the
        laptop is locked (a crash dump or a memory read finds none). After an unlock the
        workspace is built again from the vault."""
        locked = state in (AppState.LOCKED, AppState.PRIVACY) and (
            self.session is None or self.session.is_locked
        )
        if state is AppState.ACTIVE and self.session is not None:
            if self.workspace is None:
                self._purge_delivered(self.session)
                self._start_auto_sync(self.session)
                from csec_desktop.gui.workspace import Workspace

                self.workspace = Workspace.for_session(self.session, self.background)
                self.window.set_central_view(self.workspace)
            else:
                self.workspace.rebind(self.session)
        elif (
            locked or state in (AppState.SIGNED_OUT, AppState.NEEDS_SETUP)
        ) and self.workspace is not None:
            self._stop_auto_sync()
            self._drop_workspace()

    def _drop_workspace(self) -> None:
        workspace, self.workspace = self.workspace, None
        if workspace is None:
            return
        workspace.close_workspace()
        self.window.set_central_view(self.window.ui.emptyCaseload)
        workspace.deleteLater()

    def _show(self, state: AppState, keep_sign_in: bool = False) -> None:
        working = state is AppState.ACTIVE
        if working and self.session is not None:
            self._account_language(self.session)  # before any of the worker's pages is built
        elif state is AppState.SIGNED_OUT and self._language_session is not None:
            self._language_session = None  # the next person reads the laptop's own choice
            self._use_language(device_language(self.vault.data_dir) or system_language())
        self.watcher.privacy_enabled = state in (AppState.ACTIVE, AppState.LOCKED)
        if working and self.session is not None:
            self.watcher.start_idle_timer(self.session.policy.security.idle_lock_minutes)
        else:
            self.watcher.stop_idle_timer()
        if state in (AppState.LOCKED, AppState.PRIVACY) and self._covering is not None:
            self._keep_forms()  # before they close: typed text waits in the vault
        if state in (AppState.LOCKED, AppState.PRIVACY, AppState.SIGNED_OUT):
            self._close_dialogs()
        self.window.set_worker(self.session.account if working and self.session else None)
        self._match_workspace_to_state(state)
        page: QWidget
        if state is AppState.NEEDS_SETUP and self.setup is not None:
            page = self.setup
        elif state is AppState.SIGNED_OUT:
            page = self.sign_in
        elif state is AppState.ACTIVE:
            page = self.window.workspace
        else:
            gate = self.lock_screen if state is AppState.LOCKED else self.privacy_screen
            if self.session is not None:
                gate.start(self.session)
            page = gate
        self.window.show_page(page, working=working, hidden=state is AppState.PRIVACY)
        if working:
            self.background.when_idle(self._offer_forms)  # after the workspace has loaded
        if state is AppState.SIGNED_OUT and not keep_sign_in:
            self.sign_in.reset()
