"""The print preview's two ways out for a copy: print it (page by page on a worker thread, with
progress and a Cancel) and save it as a PDF (encrypted when the worker types a password).

``CopyOutput`` is mixed into ``PrintPreviewDialog``; it uses the dialog's service, choices,
status line and busy bar, and reports a finished print with ``print_finished``. Every print,
failed print and save is audited by the service, not here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QLineEdit, QProgressBar, QPushButton, QWidget

from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import translate
from csec_desktop.core.reports.audience import Audience
from csec_desktop.gui.background import Background, Progress
from csec_desktop.gui.printing.copy_words import SummaryRenderer, pages_words
from csec_desktop.gui.printing.print_choices import with_pdf_suffix
from csec_desktop.gui.printing.print_job import print_pages

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance


class CopyOutput:
    """Print and Save as PDF for the dialog this is mixed into."""

    # What the dialog provides.
    service: SummaryRenderer
    encounter_id: str
    background: Background
    status: QLabel
    busy: QProgressBar
    password: QLineEdit
    cancel_button: QPushButton
    print_finished: SignalInstance
    _choose_printer: Callable[[QWidget], QPrinter | None]
    _choose_path: Callable[[QWidget], Path | None]
    _job: Progress | None
    _printer: QPrinter | None

    if TYPE_CHECKING:  # the dialog's own state, read here

        @property
        def pdf(self) -> bytes: ...

        @property
        def audience(self) -> Audience: ...

        @property
        def working(self) -> bool: ...

        def _set_working(self, text: str) -> None: ...

    # -- printing -------------------------------------------------------------------------
    def print_copy(self) -> bool:
        """Start printing this copy off the GUI thread, page by page with progress and a
        Cancel; True when printing started. ``print_finished(ok)`` says how it ended: every
        page sent (audited as printed), or a printer that could not start, refused a page or
        was cancelled (said in words and audited as a failed print, not as a print)."""
        if not self.pdf or self.working:
            return False
        printer = self._choose_printer(cast(QWidget, self))
        if printer is None:
            return False
        pdf, encounter_id, audience = self.pdf, self.encounter_id, self.audience
        self._printer = printer  # kept alive, and untouched here, while the worker paints
        self.status.setText(translate("PrintPreviewDialog", "Sending the copy to the printer…"))
        self._set_working(translate("PrintPreviewDialog", "Printing"))
        self.busy.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self._job = self.background.run_steps(
            lambda progress: print_pages(pdf, printer, progress),
            lambda pages: self._printed(encounter_id, audience, pages),
            lambda error: self._print_failed(encounter_id, audience, error),
            self._print_progress,
        )
        return True

    def cancel_print(self) -> None:
        """Stop the print at the next page (the Cancel button, or Esc while printing)."""
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.status.setText(translate("PrintPreviewDialog", "Stopping the printer…"))

    def _print_progress(self, done: int, total: int) -> None:
        self.busy.setRange(0, total)
        self.busy.setValue(done)
        self.status.setText(
            translate("PrintPreviewDialog", "Sent {done} of {pages} to the printer…").format(
                done=done, pages=pages_words(total)
            )
        )

    def _print_ended(self) -> None:
        self._job, self._printer = None, None
        self.cancel_button.hide()
        self.busy.setRange(0, 0)
        self._set_working("")

    def _printed(self, encounter_id: str, audience: Audience, pages: int) -> None:
        self._print_ended()
        self.service.record_print(encounter_id, audience, pages)
        self.status.setText(
            translate("PrintPreviewDialog", "Sent {pages} to the printer.").format(
                pages=pages_words(pages)
            )
        )
        self.print_finished.emit(True)

    def _print_failed(self, encounter_id: str, audience: Audience, error: CsecError) -> None:
        self._print_ended()
        self.service.record_print_failed(encounter_id, audience)
        self.status.setText(error.message)
        self.print_finished.emit(False)

    # -- saving ---------------------------------------------------------------------------
    def save_copy(self) -> bool:
        """Ask where, then write (encrypted when a password is typed) off the GUI thread; the
        name always ends in .pdf. Returns False when nothing is being saved."""
        if not self.pdf or self.working:
            return False
        chosen = self._choose_path(cast(QWidget, self))
        if chosen is None:
            return False
        path = with_pdf_suffix(chosen)
        if path != chosen and path.exists():
            self.status.setText(
                translate(
                    "PrintPreviewDialog",
                    "A file named {file} is already there. Choose another name.",
                ).format(file=path.name)
            )
            return False
        password = self.password.text() or None
        pdf, encounter_id, audience = self.pdf, self.encounter_id, self.audience
        self._set_working(translate("PrintPreviewDialog", "Saving"))
        self.background.run(
            lambda: self.service.save(pdf, path, [encounter_id], audience, password),
            lambda pages: self._saved(path, pages, password is not None),
            self._save_failed,
        )
        return True

    def _saved(self, path: Path, pages: int, protected: bool) -> None:
        self._set_working("")
        self.password.clear()
        saved = (
            translate("PrintPreviewDialog", "Saved {pages} to {file} (password protected).")
            if protected
            else translate("PrintPreviewDialog", "Saved {pages} to {file}.")
        )
        self.status.setText(saved.format(pages=pages_words(pages), file=path.name))

    def _save_failed(self, error: CsecError) -> None:
        self._set_working("")
        self.status.setText(error.message)
