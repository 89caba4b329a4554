"""Page navigation and zoom for a PDF preview: previous / next page, "Page 2 of 5", zoom
out / in / fit width, each a named button with a keyboard shortcut."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from csec_desktop.gui.widgets.basics import button

ZOOM_STEP = 1.25
ZOOM_RANGE = (0.25, 4.0)


class PdfPager(QWidget):
    def __init__(self, view: QPdfView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.previous = button("◀ P&revious page", "Previous page")
        self.next = button("Ne&xt page ▶", "Next page")
        self.page_label = QLabel("")
        self.page_label.setAccessibleName("Page shown")
        self.zoom_out = button("Zoom &out", "Zoom out")
        self.zoom_in = button("Zoom &in", "Zoom in")
        self.fit = button("&Fit width", "Fit the page to the width")
        self.previous.setShortcut(QKeySequence(QKeySequence.StandardKey.MoveToPreviousPage))
        self.next.setShortcut(QKeySequence(QKeySequence.StandardKey.MoveToNextPage))
        self.zoom_in.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomIn))
        self.zoom_out.setShortcut(QKeySequence(QKeySequence.StandardKey.ZoomOut))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous, self.page_label, self.next):
            row.addWidget(widget)
        row.addStretch(1)
        for widget in (self.zoom_out, self.zoom_in, self.fit):
            row.addWidget(widget)
        self.previous.clicked.connect(lambda: self.go_to(self.page - 1))
        self.next.clicked.connect(lambda: self.go_to(self.page + 1))
        self.zoom_in.clicked.connect(lambda: self.zoom(ZOOM_STEP))
        self.zoom_out.clicked.connect(lambda: self.zoom(1 / ZOOM_STEP))
        self.fit.clicked.connect(self.fit_width)
        view.pageNavigator().currentPageChanged.connect(lambda _page: self.refresh())
        self.refresh()

    @property
    def pages(self) -> int:
        document = self.view.document()
        return document.pageCount() if isinstance(document, QPdfDocument) else 0

    @property
    def page(self) -> int:
        return int(self.view.pageNavigator().currentPage())

    def go_to(self, page: int) -> None:
        if 0 <= page < self.pages:
            self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())
        self.refresh()

    def zoom(self, factor: float) -> None:
        low, high = ZOOM_RANGE
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(min(high, max(low, self.view.zoomFactor() * factor)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def refresh(self) -> None:
        pages = self.pages
        self.page_label.setText(f"Page {self.page + 1} of {pages}" if pages else "No pages")
        self.previous.setEnabled(self.page > 0)
        self.next.setEnabled(self.page < pages - 1)
        for widget in (self.zoom_in, self.zoom_out, self.fit):
            widget.setEnabled(pages > 0)
