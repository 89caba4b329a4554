"""AppController: follows core.flows.app_state and shows the page that belongs to each state.

It owns no rules of its own beyond timing: covering the screen (lock, privacy) happens at once,
while locking the session waits until background work that uses the database has finished, so
a half-written account change can never be cut off by the lock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from csec_desktop.core.demo_logins import DemoLogin
from csec_desktop.core.flows.app_state import AppState, AppStateMachine
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.session import Session
from csec_desktop.gui.accounts.accounts_dialog import AccountsDialog
from csec_desktop.gui.accounts.change_passphrase_dialog import ChangePassphraseDialog
from csec_desktop.gui.background import Background
from csec_desktop.gui.forms.input_watcher import InputWatcher
from csec_desktop.gui.help.help_browser import install_help, set_help_topic
from csec_desktop.gui.help.help_dialogs import about_dialog, shortcuts_dialog
from csec_desktop.gui.main_window import MainWindow
from csec_desktop.gui.sign_in.lock_screens import LockScreen, PrivacyScreen
from csec_desktop.gui.sign_in.setup_wizard import SetupWizard
from csec_desktop.gui.sign_in.sign_in_page import SignInPage
from csec_desktop.gui.widgets.wheel_guard import install_wheel_guard
from csec_desktop.gui.workspace_actions import WorkspaceActions

if TYPE_CHECKING:
    from csec_desktop.core.records.dialog_drafts import DialogDrafts
    from csec_desktop.core.sync_service.purge import PurgeReport
    from csec_desktop.gui.instruments.instruments_dialog import InstrumentsDialog
    from csec_desktop.gui.sign_in.recovery_dialog import RecoveryDialog
    from csec_desktop.gui.sync.online_sync import SyncRunner
    from csec_desktop.gui.sync.sync_panel import SyncDialog
    from csec_desktop.gui.workspace import Workspace

# The workspace, the sync panel and what they need (PDFs, instruments, sync) are imported when
# first used, after sign-in: the sign-in window must appear without waiting for them.


class AppController:
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
        self.lock_screen = LockScreen(self.background)
        self.privacy_screen = PrivacyScreen(self.background)
        pages = (self.lock_screen, self.privacy_screen)
        for page in pages if showing else (self.sign_in, *pages):
            self.window.add_page(page)
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
        set_help_topic(self.lock_screen, "lock")
        self.machine.subscribe(self._state_changed)
        self._show(self.machine.state, keep_sign_in=showing)
        self.sign_in.attach_vault(vault)  # last: a sign-in that was waiting may now start

    def _connect(self) -> None:
        ui = self.window.ui
        self.sign_in.signed_in.connect(self.machine.signed_in)
        self.sign_in.recovery_requested.connect(self.open_recovery)
        for gate in (self.lock_screen, self.privacy_screen):
            gate.unlocked.connect(self._unlocked)
            gate.sign_out_requested.connect(self.sign_out)
            gate.recovery_requested.connect(self.open_recovery)
        self.watcher.idle.connect(lambda: self.cover(AppState.LOCKED, "idle"))
        self.watcher.suspended.connect(lambda: self.cover(AppState.LOCKED, "suspend"))
        self.watcher.privacy_key.connect(self.hide_screen)
        ui.actionLockNow.triggered.connect(lambda: self.cover(AppState.LOCKED, "manual"))
        ui.actionPrivacyScreen.triggered.connect(self.hide_screen)
        ui.actionSignOut.triggered.connect(self.sign_out)
        ui.actionQuit.triggered.connect(self.window.close)
        ui.actionManageAccounts.triggered.connect(self.open_accounts)
        self.window.actionInstruments.triggered.connect(self.open_instruments)
        ui.actionSync.triggered.connect(self.open_sync)
        ui.actionChangePassphrase.triggered.connect(self.open_change_passphrase)
        ui.actionAbout.triggered.connect(lambda: about_dialog(self.window).open())
        ui.actionShortcuts.triggered.connect(lambda: shortcuts_dialog(self.window).open())
        self.window.closing.connect(self.shut_down)

    @property
    def state(self) -> AppState:
        return self.machine.state

    @property
    def session(self) -> Session | None:
        return self.machine.session

    # -- covering the screen -------------------------------------------------------------------
    def hide_screen(self) -> None:
        self.cover(AppState.PRIVACY, "privacy")

    def cover(self, target: AppState, reason: str) -> None:
        """Cover the screen now; lock the session as soon as no background work is using it."""
        if self.state not in (AppState.ACTIVE, AppState.LOCKED) or self._covering is not None:
            if target is AppState.PRIVACY and self._covering is AppState.LOCKED:
                self._covering = target  # privacy key while a lock is pending: hide still more
                self._show(target)
            return
        if target is AppState.LOCKED and self.state is AppState.LOCKED:
            return
        self._covering = target
        self._show(target)
        self.background.when_idle(lambda: self._finish_cover(reason))

    def _finish_cover(self, reason: str) -> None:
        target, self._covering = self._covering, None
        if target is AppState.PRIVACY and self.state in (AppState.ACTIVE, AppState.LOCKED):
            self.machine.hide()
        elif target is AppState.LOCKED and self.state is AppState.ACTIVE:
            self.machine.lock(reason)

    def _unlocked(self) -> None:
        # An unlock that finishes after the privacy key was pressed does not uncover anything:
        # the pending hide locks the session again.
        if self._covering is None:
            self.machine.unlocked()

    def open_recovery(self, username: str = "") -> RecoveryDialog:
        """The recovery code window (sign-in and lock screens). A supervisor who recovers is
        signed in; a locked session is signed out first (its work is kept by the vault)."""
        from csec_desktop.gui.sign_in.recovery_dialog import RecoveryDialog

        dialog = RecoveryDialog(self.vault, self.background, self.window, username)
        dialog.accepted.connect(lambda: self._recovered(dialog))
        dialog.open()
        return dialog

    def _recovered(self, dialog: RecoveryDialog) -> None:
        session, dialog.session = dialog.session, None
        if session is None:
            return
        if self.machine.session is not None:
            self.sign_out()
        self.machine.signed_in(session)

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

    # -- dialogs -------------------------------------------------------------------------------
    def open_accounts(self) -> AccountsDialog | None:
        if self.state is not AppState.ACTIVE or self.session is None:
            return None
        dialog = AccountsDialog(self.session, self.background, self.window)
        install_help(dialog, "settings")
        dialog.open()
        return dialog

    def open_instruments(self) -> InstrumentsDialog | None:
        if self.state is not AppState.ACTIVE or self.session is None:
            return None
        from csec_desktop.gui.instruments.instruments_dialog import InstrumentsDialog

        dialog = InstrumentsDialog(
            self.session, self.window, on_installed=self._instruments_changed
        )
        install_help(dialog, "settings")
        dialog.open()
        return dialog

    def _after_trust(self) -> None:
        if self.session is not None:
            self.session.refresh_policy()
        self._instruments_changed()

    def _instruments_changed(self) -> None:
        if self.session is None or self.session.is_locked:
            return  # closed by a lock or sign-out: the next sign-in reads everything afresh
        if self.workspace is not None and self.workspace.services is not None:
            self.workspace.services.reload_instruments()
            self.workspace.show_policy_problems()

    def open_sync(self) -> SyncDialog | None:
        if self.state is not AppState.ACTIVE or self.session is None:
            return None
        from csec_desktop.core.sync_service.service import SyncService
        from csec_desktop.gui.sync.sync_panel import SyncDialog

        dialog = SyncDialog(
            SyncService(self.session), self.background, self.window, runner=self._online_sync()
        )
        dialog.finished.connect(lambda _result: self._instruments_changed())
        dialog.finished.connect(lambda _result: self.workspace and self.workspace.refresh())
        install_help(dialog, "sync")
        dialog.open()
        return dialog

    def open_change_passphrase(self) -> ChangePassphraseDialog | None:
        if self.state is not AppState.ACTIVE or self.session is None:
            return None
        dialog = ChangePassphraseDialog(self.session, self.background, self.window)
        install_help(dialog, "settings")
        dialog.open()
        return dialog

    def _drafts(self) -> DialogDrafts | None:
        session = self.session
        if session is None or session.account is None:
            return None
        from csec_desktop.core.clock import utc_now
        from csec_desktop.core.records.dialog_drafts import DialogDrafts

        return DialogDrafts(session.db, session.account.username, utc_now)

    def _keep_forms(self) -> None:
        drafts = self._drafts()
        if drafts is None:
            return
        from csec_desktop.gui.forms.form_drafts import keep_open_forms

        try:
            keep_open_forms(self.window, drafts)
        except Exception as exc:  # noqa: BLE001 - the lock must happen whatever went wrong
            from csec_desktop.gui import exception_hook

            exception_hook.report(exc, show=False)

    def _offer_forms(self) -> None:
        """Offer the signed-in worker the forms they were typing in when the laptop locked."""
        drafts = self._drafts()
        if drafts is None or self.state is not AppState.ACTIVE or self.workspace is None:
            return
        waiting = drafts.waiting()
        if not waiting or (self.drafts_box is not None and self.drafts_box.isVisible()):
            return
        from csec_desktop.gui.forms.form_drafts_offer import offer_forms

        self.drafts_box = offer_forms(self.window, drafts, waiting, self.workspace)

    def _close_dialogs(self) -> None:
        for dialog in self.window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()

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
            workspace, self.workspace = self.workspace, None
            workspace.close_workspace()
            self.window.set_central_view(self.window.ui.emptyCaseload)
            workspace.deleteLater()

    def _online_sync(self) -> SyncRunner | None:
        """The one online-sync runner of this sign-in (shared by the panel and auto sync)."""
        from csec_desktop.core.sync_service.service import SyncService
        from csec_desktop.gui.sync.online_sync import SyncRunner

        runner = getattr(self, "_sync_runner", None)
        if runner is None and self.session is not None:
            session = self.session
            runner = SyncRunner(lambda: SyncService(session), self.background, self.window)
            # A newer trust file may carry the county's instruments and screening policy.
            runner.finished.connect(lambda report: report.trust_version and self._after_trust())
            self._sync_runner = runner
        return runner

    def _start_auto_sync(self, session: Session) -> None:
        """Sync on its own when the network comes back, where the county's policy allows."""
        from csec_desktop.core.sync_service.service import SyncService
        from csec_desktop.gui.sync.online_sync import AutoSync

        def allowed() -> bool:
            return self.session is session and SyncService(session).status().auto_sync

        self._auto_sync = AutoSync(self._online_sync(), allowed, self.window)

    def _stop_auto_sync(self) -> None:
        auto = getattr(self, "_auto_sync", None)
        if auto is not None:
            auto.stop()
            auto.deleteLater()
        self._auto_sync = self._sync_runner = None

    def _purge_delivered(self, session: Session) -> None:
        """At sign-in: remove delivered youth past the county's retention period (audited)."""

        from csec_desktop.core.sync_service.service import SyncService

        def purged(report: PurgeReport) -> None:
            if report.youth and self.workspace is not None:
                self.workspace.refresh()

        self.background.run(lambda: SyncService(session).purge_due(), purged)  # failure: said

    def _show(self, state: AppState, keep_sign_in: bool = False) -> None:
        working = state is AppState.ACTIVE
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
