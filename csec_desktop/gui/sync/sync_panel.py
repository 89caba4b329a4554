"""The sync panel: enrol this laptop, install the county's trust file, sync now with the
county's receiving service over HTTPS (with progress), export a bundle to a folder (a USB
stick), and apply the county's receipt.

Everything slow or touching the vault runs through the background helper; file choices come
from the platform dialogs, passed in so tests can answer them. Before a county root is pinned
the person compares its fingerprint with the one the county read to them. The status fields
are ``sync_status_view``; the enrollment request and trust install are ``enrolment_steps``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import translate
from csec_desktop.core.sync_service.online_sync import SyncReport
from csec_desktop.core.sync_service.service import SyncService, SyncStatus
from csec_desktop.gui.background import Background
from csec_desktop.gui.sync.enrolment_steps import EnrolmentSteps
from csec_desktop.gui.sync.online_sync import SyncRunner
from csec_desktop.gui.sync.plain_errors import worker_message
from csec_desktop.gui.sync.sync_questions import ask_bundle_folder, ask_open_path, ask_request_path
from csec_desktop.gui.sync.sync_status_view import SyncStatusView
from csec_desktop.gui.sync.sync_words import receipt_summary
from csec_desktop.gui.sync.trust_dialog import (
    TrustPrompt,
    ask_confirm,
    ask_fingerprint,
)
from csec_desktop.gui.widgets.basics import (
    InlineMessage,
    busy_bar,
    button,
    close_buttons,
    em,
    keep_on_screen,
    scrolling,
)
from csec_desktop.gui.widgets.flow_layout import FlowLayout


class SyncDialog(EnrolmentSteps, QDialog):
    def __init__(
        self,
        service: SyncService,
        background: Background,
        parent: QWidget | None = None,
        *,
        save_path: Callable[[QWidget, str], Path | None] = ask_request_path,
        open_path: Callable[[QWidget, str], Path | None] = ask_open_path,
        folder: Callable[[QWidget], Path | None] = ask_bundle_folder,
        confirm: Callable[[QWidget, str, str], bool] = ask_confirm,
        fingerprint: Callable[[QWidget, TrustPrompt], str | None] = ask_fingerprint,
        runner: SyncRunner | None = None,
    ) -> None:
        super().__init__(parent)
        title = translate("SyncDialog", "Sync with the county")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.service, self.background = service, background
        # Wide enough for the fields' words, never wider than the screen's free area.
        area = (parent or self).screen().availableGeometry()
        self.setMinimumWidth(min(em(self, 46), area.width() - em(self, 2)))
        self._save_path, self._open_path, self._folder = save_path, open_path, folder
        self._confirm, self._fingerprint = confirm, fingerprint
        # The status and its fields scroll on a small or 200 % screen; the buttons stay.
        self.status_view = SyncStatusView()
        self.status_line, self.fields = self.status_view.status_line, self.status_view.fields
        self.form = self.status_view.form
        self.scroll = scrolling(self.status_view)
        layout = QVBoxLayout(self)
        layout.addWidget(self.scroll, 1)
        actions = QWidget()
        row = FlowLayout(actions)  # wraps at 200 % and in longer languages, never cuts words
        self.sync_button = button(translate("SyncDialog", "&Sync now"))
        self.sync_button.setToolTip(
            translate("SyncDialog", "Send waiting records to the county and fetch its answers")
        )
        self.sync_button.setEnabled(False)  # until the status says the county has a service
        row.addWidget(self.sync_button)
        self.request_button = button(translate("SyncDialog", "Make &enrollment request…"))
        self.trust_button = button(translate("SyncDialog", "Install county &trust file…"))
        self.export_button = button(translate("SyncDialog", "E&xport bundle to a folder…"))
        self.receipt_button = button(translate("SyncDialog", "Apply county &receipt…"))
        for widget, slot in (
            (self.request_button, self.make_request),
            (self.trust_button, self.install_trust),
            (self.export_button, self.export),
            (self.receipt_button, self.apply_receipt),
        ):
            widget.clicked.connect(slot)
            row.addWidget(widget)
        layout.addWidget(actions)
        self.message = InlineMessage(translate("SyncDialog", "Sync message"))
        self.busy = busy_bar(translate("SyncDialog", "Working"))
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName(translate("SyncDialog", "Sync progress"))
        self.progress.hide()
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.progress)
        close = close_buttons(translate("SyncDialog", "Close"), self.reject)
        layout.addWidget(close)
        self.runner = runner or SyncRunner(lambda: self.service, background, self)
        self.sync_button.clicked.connect(self.sync_now)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._synced)
        self.runner.failed.connect(self._sync_failed)
        self.runner.running_changed.connect(self._sync_running)
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():  # the buttons' rows, as wrapped
            self.resize(self.width(), max(self.height(), layout.totalHeightForWidth(self.width())))
        keep_on_screen(self)  # Close stays on screen at 200 %

    # -- status ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self._run(self.service.status, self._show_status)

    def _show_status(self, status: SyncStatus) -> None:
        self.status_view.show_status(status, self.service.clock())
        self.sync_button.setEnabled(status.enrolled and status.online and not self.runner.running)
        self.export_button.setEnabled(status.enrolled)
        self.receipt_button.setEnabled(status.enrolled)

    # -- actions --------------------------------------------------------------------------
    def sync_now(self) -> None:
        self.message.clear_message()
        self.runner.start()

    def _sync_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        self.progress.setValue(0)
        self.sync_button.setEnabled(not running)

    def _progress(self, text: str, done: float) -> None:
        self.progress.setValue(round(done * 100))
        self.progress.setFormat(f"{text} %p%")

    def _synced(self, report: SyncReport) -> None:
        self._done(report.summary())

    def _sync_failed(self, error: CsecError) -> None:
        self.message.show_message(str(error), "warning")
        self._refresh_status()

    def export(self) -> None:
        folder = self._folder(self)
        if folder is None:
            return
        steps: list[str] = []
        self._run(
            lambda: self.service.export(folder, on_step=steps.append),
            lambda result: self._done(
                translate(
                    "SyncDialog",
                    "Bundle number {sequence} written to {path} with {records} records, and "
                    "checked after writing.",
                ).format(sequence=result.sequence, path=result.path, records=result.records)
            ),
        )

    def apply_receipt(self) -> None:
        path = self._open_path(self, translate("SyncDialog", "Choose the county's receipt"))
        if path is None:
            return
        self._run(lambda: self.service.apply_receipt(path.read_bytes()), self._receipt_applied)

    def _receipt_applied(self, result: tuple[Any, Any]) -> None:
        outcome, purged = result
        self._done(receipt_summary(outcome, purged))

    # -- plumbing -------------------------------------------------------------------------
    def _run(self, work: Callable[[], Any], on_done: Callable[[Any], None]) -> None:
        self.message.clear_message()
        self._set_busy(True)

        def finished(result: Any) -> None:
            self._set_busy(False)
            on_done(result)

        self.background.run(work, finished, self._failed)

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.request_button.setEnabled(not busy)
        self.trust_button.setEnabled(not busy)
        if busy:  # export and receipt come back with the status (they need an enrolled laptop)
            self.export_button.setEnabled(False)
            self.receipt_button.setEnabled(False)

    def _refresh_status(self) -> None:
        """Re-read the status without touching the message the worker is reading."""
        self.background.run(self.service.status, self._show_status, self._status_failed)

    def _status_failed(self, error: CsecError) -> None:
        words = worker_message(error)
        self.message.show_message(
            translate("SyncDialog", "The sync status could not be read. {reason}").format(
                reason=words
            ),
            "warning",
        )

    def _done(self, text: str) -> None:
        self.message.show_message(text, "ok")
        self._refresh_status()

    def _failed(self, error: CsecError) -> None:
        self._set_busy(False)
        self.message.show_message(worker_message(error), "warning")
        self._refresh_status()
