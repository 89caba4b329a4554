"""Which language the shell speaks: the sign-in screen's switch (kept for this laptop), the
account's own choice at sign-in, and Settings → Language while signed in.

A mixin of ``AppController`` (it uses the controller's vault, window, machine and workspace).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

from csec_desktop.core.flows.app_state import AppState
from csec_desktop.core.worker_language import (
    account_language,
    save_account_language,
    save_device_language,
    worker_language,
)
from csec_desktop.gui.help.help_browser import install_help
from csec_desktop.gui.ui_language import install_language

if TYPE_CHECKING:
    from csec_desktop.core.vault.session import Session


class LanguageSwitching:
    def _use_language(self, code: str) -> None:
        """Speak ``code``: Qt's translators, the shell's words (they follow Qt's
        LanguageChange) and the lock screens; a no-op when it is already installed."""
        if code == worker_language():
            return
        install_language(code)
        self._build_gates()

    def _sign_in_language(self, code: str) -> None:
        """The switch on the sign-in screen: speak ``code`` now and keep it for this laptop's
        next sign-in screen."""
        self._use_language(code)
        save_device_language(self.vault.data_dir, code)

    def _account_language(self, session: Session) -> None:
        """At sign-in: the account's own language from Settings, else the sign-in screen's."""
        if self._language_session is session or session.account is None:
            return
        self._language_session = session
        chosen = account_language(session.db, session.account.username)
        if chosen is not None:
            self._use_language(chosen)

    def open_language(self) -> QDialog | None:
        """Settings → Language: kept with the account; the screens change at once (the
        workspace is rebuilt the way an unlock rebuilds it, on the same youth's page)."""
        if self.state is not AppState.ACTIVE or self.session is None:
            return None
        from csec_desktop.gui.accounts.language_dialog import LanguageDialog

        dialog = LanguageDialog(worker_language(), self.window)
        install_help(dialog, "settings")
        dialog.accepted.connect(lambda: self._language_saved(dialog.chosen()))
        dialog.open()
        return dialog

    def _language_saved(self, code: str) -> None:
        session = self.session
        if session is None or session.account is None or session.is_locked:
            return
        save_account_language(session.db, session.account.username, code)
        if code == worker_language():
            return
        self._use_language(code)
        workspace = self.workspace
        if workspace is None:
            return
        record = workspace.youth_page.record if workspace.showing_youth else None
        self._stop_auto_sync()
        self._drop_workspace()
        self._match_workspace_to_state(self.state)
        if record is not None and self.workspace is not None:
            self.workspace.open_youth(record.id)
