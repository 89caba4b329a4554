"""The Settings and tools dialogs the signed-in worker opens from the menus (accounts,
instruments, change passphrase), and closing every dialog when the screen is covered.

A mixin of ``AppController`` (it uses the controller's session, background, window and
workspace).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from csec_desktop.core.flows.app_state import AppState
from csec_desktop.gui.accounts.accounts_dialog import AccountsDialog
from csec_desktop.gui.accounts.change_passphrase_dialog import ChangePassphraseDialog
from csec_desktop.gui.help.help_browser import install_help

if TYPE_CHECKING:
    from csec_desktop.gui.instruments.instruments_dialog import InstrumentsDialog


class MenuDialogs:
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

    def _instruments_changed(self) -> None:
        if self.session is None or self.session.is_locked:
            return  # closed by a lock or sign-out: the next sign-in reads everything afresh
        if self.workspace is not None and self.workspace.services is not None:
            self.workspace.services.reload_instruments()
            self.workspace.show_policy_problems()

    def open_change_passphrase(self) -> ChangePassphraseDialog | None:
        if self.state is not AppState.ACTIVE or self.session is None:
            return None
        dialog = ChangePassphraseDialog(self.session, self.background, self.window)
        install_help(dialog, "settings")
        dialog.open()
        return dialog

    def _close_dialogs(self) -> None:
        for dialog in self.window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
