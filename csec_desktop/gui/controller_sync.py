"""The controller's sync wiring: the sync panel, the one online-sync runner of a sign-in (shared
by the panel and auto sync), auto sync, and the purge of delivered youth at sign-in.

A mixin of ``AppController`` (it uses the controller's session, background, window and
workspace). The sync modules are imported when first used, after sign-in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from csec_desktop.core.flows.app_state import AppState
from csec_desktop.gui.help.help_browser import install_help

if TYPE_CHECKING:
    from csec_desktop.core.sync_service.purge import PurgeReport
    from csec_desktop.core.vault.session import Session
    from csec_desktop.gui.sync.online_sync import SyncRunner
    from csec_desktop.gui.sync.sync_panel import SyncDialog


class SyncWiring:
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

    def _after_trust(self) -> None:
        if self.session is not None:
            self.session.refresh_policy()
        self._instruments_changed()

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
