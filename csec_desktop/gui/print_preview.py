"""Preview, print and save a summary without a plaintext file ever touching the disk.

The PDF arrives as bytes from the core ``SummaryService``; QtPdf renders it from a QBuffer in
memory; printing paints each page image straight onto the QPrinter (no temp file, no spooled
copy of ours); "Save as PDF" hands the bytes back to the service, which writes them atomically
and encrypts them with AES-256 when the worker gives a password. Every print and save is
audited by the service. The dialog takes the service and the two OS choices (printer, file
name) as arguments, so it runs headless in tests with a file "printer".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QRectF, QSize, QTimer
from PySide6.QtGui import QKeySequence, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.errors import CsecError
from csec_desktop.core.reports.audience import Audience

PRINT_DPI_CAP = 300  # a page image at 300 dpi is print quality without gigabyte bitmaps


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


def ask_printer(parent: QWidget) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_save_path(parent: QWidget) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, "Save summary as PDF", "", "PDF (*.pdf)")
    return Path(name) if name else None


class PrintPreviewDialog(QDialog):
    def __init__(
        self,
        service: SummaryRenderer,
        encounter_id: str,
        audience: Audience = Audience.CASE,
        parent: QWidget | None = None,
        choose_printer: Callable[[QWidget], QPrinter | None] = ask_printer,
        choose_path: Callable[[QWidget], Path | None] = ask_save_path,
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.encounter_id = encounter_id
        self._choose_printer = choose_printer
        self._choose_path = choose_path
        self._pdf = b""
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.setWindowTitle("Print summary")
        self.resize(760, 900)
        self._build(audience)
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
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName("Summary preview")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("Optional: protect the saved file (8+ characters)")
        self.password.setAccessibleName("Password for the saved PDF, optional")
        self.status = QLabel("")
        self.status.setAccessibleName("Status")
        self.status.setWordWrap(True)
        self.print_button = QPushButton("&Print…")
        self.save_button = QPushButton("&Save as PDF…")
        close = QPushButton("&Close")
        for button, name in (
            (self.print_button, "Print this copy"),
            (self.save_button, "Save this copy as a PDF file"),
            (close, "Close without printing"),
        ):
            button.setAccessibleName(name)
        self.print_button.clicked.connect(self.print_copy)
        self.save_button.clicked.connect(self.save_copy)
        close.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_copy)

        self.explains = QLabel("")  # what the chosen copy shows, from the audience table
        self.explains.setAccessibleName("What this copy shows")
        self.explains.setWordWrap(True)
        form = QFormLayout()
        copy_label = QLabel("&Copy for:")
        copy_label.setBuddy(self.audience_box)
        form.addRow(copy_label, self.audience_box)
        form.addRow("", self.explains)
        password_label = QLabel("Pass&word:")
        password_label.setBuddy(self.password)
        form.addRow(password_label, self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        for button in (self.print_button, self.save_button, close):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.audience_box, self.password)
        self.setTabOrder(self.password, self.print_button)

    # -- behaviour ------------------------------------------------------------------------
    @property
    def audience(self) -> Audience:
        return Audience(self.audience_box.currentData())

    @property
    def pdf(self) -> bytes:
        return self._pdf

    def show_audience(self, audience: Audience) -> None:
        """Render the copy for ``audience`` and show it (bytes in memory only)."""
        self.explains.setText(audience.rules.explains)
        try:
            self._pdf = self.service.render(self.encounter_id, audience)
        except CsecError as exc:
            self._pdf = b""
            self.status.setText(exc.message)
            self.print_button.setEnabled(False)
            self.save_button.setEnabled(False)
            return
        self._load(self._pdf)
        self.print_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.status.setText(f"{audience.label} copy · {self.document.pageCount()} pages")

    def _load(self, pdf: bytes) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() == QPdfDocument.Status.Loading:  # loading may be deferred
            loop = QEventLoop()
            self.document.statusChanged.connect(loop.quit)
            QTimer.singleShot(5000, loop.quit)
            loop.exec()

    def print_copy(self) -> bool:
        printer = self._choose_printer(self)
        if printer is None:
            return False
        pages = self.print_to(printer)
        self.service.record_print(self.encounter_id, self.audience, pages)
        self.status.setText(f"Sent {pages} pages to the printer.")
        return True

    def print_to(self, printer: QPrinter) -> int:
        """Paint every page onto ``printer``; returns the page count."""
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText("The printer could not be started.")
            return 0
        count = self.document.pageCount()
        dpi = min(printer.resolution(), PRINT_DPI_CAP)
        try:
            for index in range(count):
                if index:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                image = self.document.render(index, size)
                target = painter.viewport()
                scale = min(target.width() / size.width(), target.height() / size.height())
                painter.drawImage(QRectF(0, 0, size.width() * scale, size.height() * scale), image)
        finally:
            painter.end()
        return count

    def save_copy(self) -> bool:
        path = self._choose_path(self)
        if path is None:
            return False
        password = self.password.text() or None
        try:
            pages = self.service.save(self._pdf, path, [self.encounter_id], self.audience, password)
        except CsecError as exc:
            self.status.setText(exc.message)
            return False
        self.password.clear()
        protected = " (password protected)" if password else ""
        self.status.setText(f"Saved {pages} pages to {path.name}{protected}.")
        return True
