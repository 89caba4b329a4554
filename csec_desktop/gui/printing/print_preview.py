"""Preview, print and save a summary without a plaintext file ever touching the disk.

The PDF arrives as bytes from the core ``SummaryService``; QtPdf renders it from a QBuffer in
memory; printing paints each page image straight onto the QPrinter on a worker thread, with
progress and a Cancel (``print_job``; no temp file, no spooled copy of ours); "Save as PDF"
hands the bytes back to the service, which writes them atomically and encrypts them with
AES-256 when the worker gives a password. Render, print and save all run off the GUI thread
through the one ``Background`` helper. Every print and save is
audited by the service. The dialog takes the service and the two OS choices (printer, file
name) as arguments, so it runs headless in tests with a file "printer".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.display_words import count_words
from csec_desktop.core.errors import CsecError
from csec_desktop.core.reports.audience import Audience
from csec_desktop.gui.background import Background, Progress
from csec_desktop.gui.printing.pdf_pager import PdfPager
from csec_desktop.gui.printing.print_choices import ask_printer, ask_save_path, with_pdf_suffix
from csec_desktop.gui.printing.print_job import print_pages
from csec_desktop.gui.widgets.basics import busy_bar, em


class SummaryRenderer(Protocol):
    def render(self, encounter_id: str, audience: Audience | str) -> bytes: ...

    def save(
        self,
        pdf: bytes,
        path: Path,
        encounter_ids: list[str],
        audience: Audience | str,
        password: str | None = None,
    ) -> int: ...

    def record_print(self, encounter_id: str, audience: Audience | str, pages: int) -> None: ...

    def record_print_failed(self, encounter_id: str, audience: Audience | str) -> None: ...


@runtime_checkable
class YouthLanguages(Protocol):
    """A renderer whose youth copy can be printed in a chosen language."""

    def youth_choices(self) -> list[tuple[str, str]]: ...

    def youth_language(self, encounter_id: str) -> str: ...

    def render(
        self, encounter_id: str, audience: Audience | str, language: str | None = None
    ) -> bytes: ...


class PrintPreviewDialog(QDialog):
    print_finished = Signal(bool)  # True: every page went to the printer

    def __init__(
        self,
        service: SummaryRenderer,
        encounter_id: str,
        audience: Audience = Audience.CASE,
        parent: QWidget | None = None,
        choose_printer: Callable[[QWidget], QPrinter | None] = ask_printer,
        choose_path: Callable[[QWidget], Path | None] = ask_save_path,
        background: Background | None = None,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.encounter_id = encounter_id
        self._choose_printer = choose_printer
        self._choose_path = choose_path
        self.background = background or Background(parent=self)
        self._pdf = b""
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self._render_seq = 0
        self._job: Progress | None = None  # the print running, if any
        self._printer: QPrinter | None = None
        self.document = QPdfDocument(self)
        self.setWindowTitle("Print summary")
        self._build(audience)
        self.fit_to_screen()
        self.show_audience(audience)

    # -- layout ---------------------------------------------------------------------------
    def _build(self, audience: Audience) -> None:
        self.audience_box = QComboBox()
        for option in Audience:
            self.audience_box.addItem(f"{option.label} copy", option.value)
        self.audience_box.setCurrentIndex(list(Audience).index(audience))
        self.audience_box.setAccessibleName("Who this copy is for")
        self.audience_box.currentIndexChanged.connect(
            lambda _: self.show_audience(Audience(self.audience_box.currentData()))
        )
        # The youth copy's language: the youth's preferred one first; shown for that copy only.
        self.language_box = QComboBox()
        self.language_box.setAccessibleName("Language of the youth's copy")
        if isinstance(self.service, YouthLanguages):
            for code, name in self.service.youth_choices():
                self.language_box.addItem(name, code)
            preferred = self.service.youth_language(self.encounter_id)
            index = self.language_box.findData(preferred)
            if index < 0:  # a language with neither translation nor tagline: named as given
                self.language_box.addItem(f"{preferred} — English with a notice", preferred)
                index = self.language_box.count() - 1
            self.language_box.setCurrentIndex(index)
        self.language_box.currentIndexChanged.connect(lambda _: self.show_audience(self.audience))
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName("Summary preview")
        self.view.setMinimumHeight(em(self, 4))
        self.pager = PdfPager(self.view)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("Optional: protect the saved file (8+ characters)")
        self.password.setAccessibleName("Password for the saved PDF, optional")
        self.status = QLabel("")
        self.status.setAccessibleName("Status")
        self.status.setWordWrap(True)
        self.busy = busy_bar("Working on the copy")
        self.busy.setMaximumWidth(em(self, 8))
        self.print_button = QPushButton("&Print…")
        self.save_button = QPushButton("&Save as PDF…")
        self.close_button = QPushButton("&Close")
        self.cancel_button = QPushButton("Cancel printin&g")
        self.cancel_button.setAccessibleName("Stop printing")
        self.cancel_button.clicked.connect(self.cancel_print)
        self.cancel_button.hide()
        for button, name in (
            (self.print_button, "Print this copy"),
            (self.save_button, "Save this copy as a PDF file"),
            (self.close_button, "Close without printing"),
        ):
            button.setAccessibleName(name)
        self.print_button.clicked.connect(self.print_copy)
        self.save_button.clicked.connect(self.save_copy)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_copy)

        self.explains = QLabel("")  # what the chosen copy shows, from the audience table
        self.explains.setAccessibleName("What this copy shows")
        self.explains.setWordWrap(True)
        form = QFormLayout()
        copy_label = QLabel("Cop&y for:")
        copy_label.setBuddy(self.audience_box)
        form.addRow(copy_label, self.audience_box)
        form.addRow("", self.explains)
        language_label = QLabel("&Language:")
        language_label.setBuddy(self.language_box)
        form.addRow(language_label, self.language_box)
        self._form = form
        password_label = QLabel("Pass&word:")
        password_label.setBuddy(self.password)
        form.addRow(password_label, self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.pager)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setTabOrder(self.audience_box, self.language_box)
        self.setTabOrder(self.language_box, self.password)
        self.setTabOrder(self.password, self.print_button)

    def fit_to_screen(self) -> None:
        """As large as a page wants but inside the screen's free area (taskbar excluded), so
        Print / Save / Close are always on screen, at 1366×768 and at 200 % alike."""
        parent = self.parentWidget()
        screen = (parent.screen() if parent else None) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        frame = em(self, 2)  # the title bar and borders the window manager adds
        width = min(em(self, 50), area.width() - frame)
        height = min(em(self, 60), area.height() - 2 * frame)
        self.resize(max(width, self.minimumSizeHint().width()), height)
        self.move(
            area.left() + (area.width() - self.width()) // 2,
            area.top() + max(frame, (area.height() - self.height()) // 2),
        )

    # -- behaviour ------------------------------------------------------------------------
    @property
    def audience(self) -> Audience:
        return Audience(self.audience_box.currentData())

    @property
    def pdf(self) -> bytes:
        return self._pdf

    @property
    def working(self) -> bool:
        return self.background.is_busy

    def _set_working(self, text: str) -> None:
        self.busy.setVisible(bool(text))
        self.busy.setAccessibleDescription(text)
        for button in (self.print_button, self.save_button):
            button.setEnabled(not text and bool(self._pdf))
        self.audience_box.setEnabled(not text)
        self.language_box.setEnabled(not text)

    def show_audience(self, audience: Audience) -> None:
        """Render the copy for ``audience`` off the GUI thread and show it (bytes in memory
        only); an answer for an audience no longer chosen is dropped."""
        self.explains.setText(audience.rules.explains)
        service = self.service
        chooses = isinstance(service, YouthLanguages) and audience is Audience.YOUTH
        self._form.setRowVisible(self.language_box, chooses)
        self._render_seq += 1
        seq, encounter_id = self._render_seq, self.encounter_id
        self._pdf = b""
        self.status.setText(f"Preparing the {audience.label} copy…")
        self._set_working(f"Preparing the {audience.label} copy")
        language = self.language_box.currentData() if chooses else None
        self.background.run(
            lambda: (
                service.render(encounter_id, audience, language)
                if isinstance(service, YouthLanguages)
                else service.render(encounter_id, audience)
            ),
            lambda pdf: self._rendered(seq, audience, pdf),
            lambda error: self._render_failed(seq, error),
        )

    def _rendered(self, seq: int, audience: Audience, pdf: bytes) -> None:
        if seq != self._render_seq:
            return
        self._pdf = pdf
        self._load(pdf)
        self._set_working("")
        self.pager.refresh()
        pages = count_words(self.document.pageCount(), "page")
        self.status.setText(f"{audience.label} copy · {pages}")

    def _render_failed(self, seq: int, error: CsecError) -> None:
        if seq != self._render_seq:
            return
        self._pdf = b""
        self._load(b"")
        self._set_working("")
        self.status.setText(error.message)

    def _load(self, pdf: bytes) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
        self._bytes = QByteArray(pdf)
        if not pdf:
            return
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() == QPdfDocument.Status.Loading:  # loading may be deferred
            loop = QEventLoop()
            self.document.statusChanged.connect(loop.quit)
            QTimer.singleShot(5000, loop.quit)
            loop.exec()

    def print_copy(self) -> bool:
        """Start printing this copy off the GUI thread, page by page with progress and a
        Cancel; True when printing started. ``print_finished(ok)`` says how it ended: every
        page sent (audited as printed), or a printer that could not start, refused a page or
        was cancelled (said in words and audited as a failed print, not as a print)."""
        if not self._pdf or self.working:
            return False
        printer = self._choose_printer(self)
        if printer is None:
            return False
        pdf, encounter_id, audience = self._pdf, self.encounter_id, self.audience
        self._printer = printer  # kept alive, and untouched here, while the worker paints
        self.status.setText("Sending the copy to the printer…")
        self._set_working("Printing")
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
            self.status.setText("Stopping the printer…")

    def reject(self) -> None:
        if self._job is not None:  # Esc or Close while printing stops the print first
            self.cancel_print()
            return
        super().reject()

    def _print_progress(self, done: int, total: int) -> None:
        self.busy.setRange(0, total)
        self.busy.setValue(done)
        self.status.setText(f"Sent {done} of {count_words(total, 'page')} to the printer…")

    def _print_ended(self) -> None:
        self._job, self._printer = None, None
        self.cancel_button.hide()
        self.busy.setRange(0, 0)
        self._set_working("")

    def _printed(self, encounter_id: str, audience: Audience, pages: int) -> None:
        self._print_ended()
        self.service.record_print(encounter_id, audience, pages)
        self.status.setText(f"Sent {count_words(pages, 'page')} to the printer.")
        self.print_finished.emit(True)

    def _print_failed(self, encounter_id: str, audience: Audience, error: CsecError) -> None:
        self._print_ended()
        self.service.record_print_failed(encounter_id, audience)
        self.status.setText(error.message)
        self.print_finished.emit(False)

    def save_copy(self) -> bool:
        """Ask where, then write (encrypted when a password is typed) off the GUI thread; the
        name always ends in .pdf. Returns False when nothing is being saved."""
        if not self._pdf or self.working:
            return False
        chosen = self._choose_path(self)
        if chosen is None:
            return False
        path = with_pdf_suffix(chosen)
        if path != chosen and path.exists():
            self.status.setText(f"A file named {path.name} is already there. Choose another name.")
            return False
        password = self.password.text() or None
        pdf, encounter_id, audience = self._pdf, self.encounter_id, self.audience
        self._set_working("Saving")
        self.background.run(
            lambda: self.service.save(pdf, path, [encounter_id], audience, password),
            lambda pages: self._saved(path, pages, password is not None),
            self._save_failed,
        )
        return True

    def _saved(self, path: Path, pages: int, protected: bool) -> None:
        self._set_working("")
        self.password.clear()
        words = " (password protected)" if protected else ""
        self.status.setText(f"Saved {count_words(pages, 'page')} to {path.name}{words}.")

    def _save_failed(self, error: CsecError) -> None:
        self._set_working("")
        self.status.setText(error.message)
