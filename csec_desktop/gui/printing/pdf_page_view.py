"""The print preview's page view: a PDF shown from bytes held in memory only.

QtPdf reads the document from a QBuffer over the bytes, so no plaintext copy of a summary is
ever written to disk to be shown. ``PdfPager`` adds page buttons and a "page N of M" line.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEventLoop, QIODevice, QObject, QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

from csec_desktop.core.i18n import translate
from csec_desktop.gui.printing.pdf_pager import PdfPager
from csec_desktop.gui.widgets.basics import em


class PdfPageView:
    """The document, its multi-page view fitted to the width, and its pager; ``load`` shows
    new bytes (empty bytes show nothing)."""

    def __init__(self, owner: QWidget) -> None:
        self._owner: QObject = owner  # parent of the document and of each buffer
        self._bytes = QByteArray()
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(owner)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(translate("PrintPreviewDialog", "Summary preview"))
        self.view.setMinimumHeight(em(owner, 4))
        self.pager = PdfPager(self.view)

    def load(self, pdf: bytes) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
        self._bytes = QByteArray(pdf)
        if not pdf:
            return
        self._buffer = QBuffer(self._bytes, self._owner)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() == QPdfDocument.Status.Loading:  # loading may be deferred
            loop = QEventLoop()
            self.document.statusChanged.connect(loop.quit)
            QTimer.singleShot(5000, loop.quit)
            loop.exec()
