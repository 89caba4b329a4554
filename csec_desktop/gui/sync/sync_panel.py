"""The sync panel: enrol this laptop, install the county's trust file, sync now with the
county's receiving service over HTTPS (with progress), export a bundle to a folder (a USB
stick), and apply the county's receipt.

Everything slow or touching the vault runs through the background helper; file choices come
from the platform dialogs, passed in so tests can answer them. Before a county root is pinned
the person compares its fingerprint with the one the county read to them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.atomicfile import atomic_write
from csec_desktop.core.errors import CsecError
from csec_desktop.core.sync_service.online_sync import SyncReport
from csec_desktop.core.sync_service.service import SyncService, SyncStatus
from csec_desktop.core.sync_service.sync_schedule import status_line
from csec_desktop.gui.background import Background
from csec_desktop.gui.sync.online_sync import SyncRunner
from csec_desktop.gui.sync.plain_errors import worker_message
from csec_desktop.gui.sync.sync_questions import ask_bundle_folder, ask_open_path, ask_request_path
from csec_desktop.gui.sync.trust_dialog import TrustPrompt, ask_confirm, ask_fingerprint
from csec_desktop.gui.widgets.basics import InlineMessage, busy_bar, button, label

KIND_WORDS = {
    "youth": "youth",
    "encounter": "screenings and assessments",
    "duty": "duties",
    "case_item": "plan, team and note entries",
}
FATE_WORDS = {"conflict": "needs a person to decide (conflict)", "rejected": "not accepted"}


class SyncDialog(QDialog):
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
        self.setWindowTitle("Sync with the county")
        self.setAccessibleName("Sync with the county")
        self.service, self.background = service, background
        self._save_path, self._open_path, self._folder = save_path, open_path, folder
        self._confirm, self._fingerprint = confirm, fingerprint
        layout = QVBoxLayout(self)
        self.status_line = QLabel("…")
        self.status_line.setTextFormat(Qt.TextFormat.PlainText)  # it may name the county's URL
        self.status_line.setAccessibleName("Sync status")
        self.status_line.setWordWrap(True)
        layout.addWidget(self.status_line)
        layout.addWidget(
            label(
                "Records leave this laptop only as a signed, encrypted bundle that "
                "only the county can open. After the county's receipt, delivered "
                "records are removed from this laptop when the county's retention "
                "period ends.",
                "hint",
            )
        )
        self.form = QFormLayout()
        self.fields: dict[str, QLabel] = {}
        for key, text in (
            ("device", "This laptop's fingerprint"),
            ("county", "County"),
            ("county_fp", "County fingerprint"),
            ("enrolled", "Enrolled"),
            ("pending", "Waiting to be sent"),
            ("last_export", "Last bundle"),
            ("awaiting", "Bundles waiting for a receipt"),
            ("last_receipt", "Last receipt"),
            ("review", "Needs a person's review"),
        ):
            value = QLabel("…")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)  # the county name comes from a file
            value.setAccessibleName(text)
            self.form.addRow(label(text), value)
            self.fields[key] = value
        layout.addLayout(self.form)
        row = QHBoxLayout()
        self.sync_button = button("&Sync now")
        self.sync_button.setToolTip("Send waiting records to the county and fetch its answers")
        self.sync_button.setEnabled(False)  # until the status says the county has a service
        row.addWidget(self.sync_button)
        self.request_button = button("Make &enrollment request…")
        self.trust_button = button("Install county &trust file…")
        self.export_button = button("E&xport bundle to a folder…")
        self.receipt_button = button("Apply county &receipt…")
        for widget, slot in (
            (self.request_button, self.make_request),
            (self.trust_button, self.install_trust),
            (self.export_button, self.export),
            (self.receipt_button, self.apply_receipt),
        ):
            widget.clicked.connect(slot)
            row.addWidget(widget)
        layout.addLayout(row)
        self.message = InlineMessage("Sync message")
        self.busy = busy_bar("Working")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setAccessibleName("Sync progress")
        self.progress.hide()
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.runner = runner or SyncRunner(lambda: self.service, background, self)
        self.sync_button.clicked.connect(self.sync_now)
        self.runner.progress.connect(self._progress)
        self.runner.finished.connect(self._synced)
        self.runner.failed.connect(self._sync_failed)
        self.runner.running_changed.connect(self._sync_running)
        self.refresh()

    # -- status ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self._run(self.service.status, self._show_status)

    def _show_status(self, status: SyncStatus) -> None:
        self.status_line.setText(
            status_line(status.last_synced, status.pending_total, status.awaiting_receipt,
                        self.service.clock())
            if status.online
            else "This county takes bundles as files (its trust file names no service)."
        )  # fmt: skip
        self.sync_button.setEnabled(status.enrolled and status.online and not self.runner.running)
        f = self.fields
        f["device"].setText(
            status.device_fingerprint or "Not made yet (make an enrollment request)"
        )
        f["county"].setText(status.county_name or "No county trust file installed yet")
        f["county_fp"].setText(status.county_fingerprint or "—")
        f["enrolled"].setText(
            "Yes"
            if status.enrolled
            else "No: the county lists another key for this laptop (nothing is sent)"
            if status.key_mismatch
            else "Not yet"
        )
        kinds = ", ".join(
            f"{n} {KIND_WORDS.get(k, k)}" for k, n in sorted(status.pending.items()) if n
        )
        f["pending"].setText(f"{status.pending_total} records ({kinds})" if kinds else "Nothing")
        f["last_export"].setText(
            f"number {status.last_export_sequence}, {status.last_export_at}"
            if status.last_export_sequence
            else "None yet"
        )
        f["awaiting"].setText(str(status.awaiting_receipt))
        f["last_receipt"].setText(status.last_receipt_at or "None yet")
        f["review"].setText(f"{status.conflicts} conflicts, {status.rejected} not accepted")
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

    def make_request(self) -> None:
        path = self._save_path(self, "csec-enrollment-request.json")
        if path is None:
            return

        def work() -> str:
            request = self.service.enrollment_request()
            atomic_write(path, request.data)
            return request.fingerprint

        self._run(
            work,
            lambda words: self._done(
                f"Request saved to {path.name}. Read this fingerprint to the county officer: "
                f"{words}"
            ),
        )

    def install_trust(self) -> None:
        path = self._open_path(self, "Choose the county's trust file")
        if path is None:
            return
        try:
            data = path.read_bytes()
            trust = self.service.check_trust(data)
        except (CsecError, OSError) as exc:
            self._failed(
                exc
                if isinstance(exc, CsecError)
                else CsecError(f"{path.name} cannot be read ({exc.strerror})")
            )
            return
        typed: str | None = None
        accept_change = False
        if self.service.trust() is None:
            typed = self._fingerprint(self, TrustPrompt(trust.county_name, trust.version))
            if typed is None:
                return
        else:
            changes = self.service.key_changes(data)
            if changes:
                question = (
                    f"This trust file (version {trust.version}) changes the county's "
                    f"{' and '.join(changes)} key. Install it only if the county told you, "
                    "by phone or in person, that it changed its keys. A supervisor must "
                    "confirm. Install it?"
                )
                if not self._confirm(self, "The county's keys changed", question):
                    return
                accept_change = True
        self._run(
            lambda: self.service.install_trust(data, typed, accept_change),
            lambda result: self._done(
                f"Trust file version {result.trust.version} of {result.trust.county_name} "
                "installed."
            ),
        )

    def export(self) -> None:
        folder = self._folder(self)
        if folder is None:
            return
        steps: list[str] = []
        self._run(
            lambda: self.service.export(folder, on_step=steps.append),
            lambda result: self._done(
                f"Bundle number {result.sequence} written to {result.path} with {result.records} "
                "records, and checked after writing."
            ),
        )

    def apply_receipt(self) -> None:
        path = self._open_path(self, "Choose the county's receipt")
        if path is None:
            return
        self._run(lambda: self.service.apply_receipt(path.read_bytes()), self._receipt_applied)

    def _receipt_applied(self, result: tuple[Any, Any]) -> None:
        outcome, purged = result
        counts = ", ".join(f"{n} {fate}" for fate, n in sorted(outcome.counts.items()))
        lines = [f"Receipt for bundle {outcome.sequence} applied: {counts}."]
        lines += [
            f"• {p.kind} {p.record_id[:8]}: {FATE_WORDS.get(p.fate, p.fate)} — {p.reason}"
            for p in outcome.problems[:20]
        ]
        if purged.youth:
            lines.append(
                f"{purged.youth} delivered youth past the retention period were removed "
                "from this laptop."
            )
        self._done("\n".join(lines))

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
        self.message.show_message(f"The sync status could not be read. {words}", "warning")

    def _done(self, text: str) -> None:
        self.message.show_message(text, "ok")
        self._refresh_status()

    def _failed(self, error: CsecError) -> None:
        self._set_busy(False)
        self.message.show_message(worker_message(error), "warning")
        self._refresh_status()
