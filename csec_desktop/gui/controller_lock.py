"""Covering the screen (lock, privacy) and what goes with it: the recovery window on the lock
screen, and keeping the forms a worker was typing in until they unlock.

Covering happens at once, while locking the session waits until background work that uses the
database has finished, so a half-written account change can never be cut off by the lock.
A mixin of ``AppController`` (it uses the controller's machine, background, window and pages).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from csec_desktop.core.flows.app_state import AppState

if TYPE_CHECKING:
    from csec_desktop.core.records.dialog_drafts import DialogDrafts
    from csec_desktop.gui.sign_in.recovery_dialog import RecoveryDialog


class ScreenCovering:
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

    def _drafts(self) -> DialogDrafts | None:
        session = self.session
        if session is None or session.account is None:
            return None
        from csec_desktop.core.records.dialog_drafts import DialogDrafts

        return DialogDrafts(session.db, session.account.username, session.vault.clock)

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
