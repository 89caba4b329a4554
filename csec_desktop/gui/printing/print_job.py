"""Painting a summary's pages onto a printer, off the GUI thread (Qt allows a QPainter on a
QPrinter in another thread), page by page with progress and a cancel.

The work opens its own ``QPdfDocument`` over the PDF bytes in memory, so the preview on the
GUI thread and the printing never share one document (QtPdf serialises the PDF engine itself).
Nothing is written to disk by us: each page image goes straight to the printer. A printer that
cannot start, or stops taking pages, raises ``PrintFailed``; a cancel aborts the print run and
raises ``Cancelled``. Either way the caller audits a failed print, never a print.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QRectF, QSize, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from csec_desktop.gui.background import Progress
from csec_desktop.gui.printing.print_choices import PRINTER_FAILED, PrintFailed

PRINT_DPI_CAP = 300  # a page image at 300 dpi is print quality without gigabyte bitmaps
PRINT_STOPPED = (
    "Printing stopped. Pages already sent may still come out of the printer; the copy is not "
    "recorded as printed."
)
LOAD_WAIT_MS = 10_000


def _open(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    document = QPdfDocument()
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    if document.status() == QPdfDocument.Status.Loading:  # loading may be deferred
        loop = QEventLoop()
        document.statusChanged.connect(loop.quit)
        QTimer.singleShot(LOAD_WAIT_MS, loop.quit)
        loop.exec()
    if document.status() != QPdfDocument.Status.Ready:
        raise PrintFailed("The copy could not be prepared for the printer. Nothing was printed.")
    return document, buffer


def print_pages(pdf: bytes, printer: QPrinter, progress: Progress) -> int:
    """Paint every page of ``pdf`` onto ``printer`` (worker thread); returns the page count.

    Raises ``PrintFailed`` (printer would not start or refused a page) or ``Cancelled``.
    ``progress`` gets (pages sent, pages) after each page."""
    document, buffer = _open(pdf)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            raise PrintFailed(PRINTER_FAILED)
        count = document.pageCount()
        dpi = min(printer.resolution(), PRINT_DPI_CAP)
        for index in range(count):
            if progress.cancelled:
                printer.abort()
            progress.stop_if_cancelled(PRINT_STOPPED)
            if index and not printer.newPage():
                raise PrintFailed(PRINTER_FAILED)
            points = document.pagePointSize(index)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(index, size)
            target = painter.viewport()
            scale = min(target.width() / size.width(), target.height() / size.height())
            painter.drawImage(QRectF(0, 0, size.width() * scale, size.height() * scale), image)
            progress.step(index + 1, count)
        return count
    finally:
        if painter.isActive():
            painter.end()
        document.close()
        buffer.close()
