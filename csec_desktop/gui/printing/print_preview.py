"""Preview, print and save a summary without a plaintext file ever touching the disk.

The PDF arrives as bytes from the core ``SummaryService``; QtPdf renders it from a QBuffer in
memory (``pdf_page_view``); printing paints each page image straight onto the QPrinter on a
worker thread, with progress and a Cancel (``copy_output``, ``print_job``; no temp file, no
spooled copy of ours); "Save as PDF" hands the bytes back to the service, which writes them
atomically and encrypts them with AES-256 when the worker gives a password. Render, print and
save all run off the GUI thread through the one ``Background`` helper. Every print and save is
audited by the service. The dialog takes the service and the two OS choices (printer, file
name) as arguments, so it runs headless in tests with a file "printer".
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import translate
from csec_desktop.core.reports.audience import Audience
from csec_desktop.gui.background import Background, Progress
from csec_desktop.gui.printing.copy_choices import CopyChoices
from csec_desktop.gui.printing.copy_output import CopyOutput
from csec_desktop.gui.printing.copy_words import (
    SummaryRenderer,
    YouthLanguages,
    copy_name,
    pages_words,
)
from csec_desktop.gui.printing.pdf_page_view import PdfPageView
from csec_desktop.gui.printing.print_choices import ask_printer, ask_save_path
from csec_desktop.gui.widgets.basics import busy_bar, em


class PrintPreviewDialog(CopyOutput, QDialog):
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
        self._render_seq = 0
        self._job: Progress | None = None  # the print running, if any
        self._printer: QPrinter | None = None
        self.setWindowTitle(translate("PrintPreviewDialog", "Print summary"))
        self._build(audience)
        self.fit_to_screen()
        self.show_audience(audience)

    # -- layout ---------------------------------------------------------------------------
    def _build(self, audience: Audience) -> None:
        self.choices = CopyChoices(self.service, self.encounter_id, audience)
        self.audience_box = self.choices.audience_box
        self.language_box = self.choices.language_box
        self.password = self.choices.password
        self.explains = self.choices.explains
        self.audience_box.currentIndexChanged.connect(
            lambda _: self.show_audience(Audience(self.audience_box.currentData()))
        )
        self.language_box.currentIndexChanged.connect(lambda _: self.show_audience(self.audience))
        self.pages = PdfPageView(self)
        self.document, self.view = self.pages.document, self.pages.view
        self.pager = self.pages.pager
        self.status = QLabel("")
        self.status.setAccessibleName(translate("PrintPreviewDialog", "Status"))
        self.status.setWordWrap(True)
        self.busy = busy_bar(translate("PrintPreviewDialog", "Working on the copy"))
        self.busy.setMaximumWidth(em(self, 8))
        self._build_buttons()
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(self.choices.form)
        layout.addWidget(self.pager)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.setTabOrder(self.audience_box, self.language_box)
        self.setTabOrder(self.language_box, self.password)
        self.setTabOrder(self.password, self.print_button)

    def _build_buttons(self) -> None:
        self.print_button = QPushButton(translate("PrintPreviewDialog", "&Print…"))
        self.save_button = QPushButton(translate("PrintPreviewDialog", "&Save as PDF…"))
        self.close_button = QPushButton(translate("PrintPreviewDialog", "&Close"))
        self.cancel_button = QPushButton(translate("PrintPreviewDialog", "Cancel printin&g"))
        self.cancel_button.setAccessibleName(translate("PrintPreviewDialog", "Stop printing"))
        self.cancel_button.clicked.connect(self.cancel_print)
        self.cancel_button.hide()
        for button, name in (
            (self.print_button, translate("PrintPreviewDialog", "Print this copy")),
            (self.save_button, translate("PrintPreviewDialog", "Save this copy as a PDF file")),
            (self.close_button, translate("PrintPreviewDialog", "Close without printing")),
        ):
            button.setAccessibleName(name)
        self.print_button.clicked.connect(self.print_copy)
        self.save_button.clicked.connect(self.save_copy)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Print, self, activated=self.print_copy)

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
        self.choices.set_enabled(not text)

    def show_audience(self, audience: Audience) -> None:
        """Render the copy for ``audience`` off the GUI thread and show it (bytes in memory
        only); an answer for an audience no longer chosen is dropped."""
        service = self.service
        chooses = isinstance(service, YouthLanguages) and audience is Audience.YOUTH
        self.choices.show_copy(audience, chooses)
        self._render_seq += 1
        seq, encounter_id = self._render_seq, self.encounter_id
        self._pdf = b""
        preparing = translate("PrintPreviewDialog", "Preparing the {copy}").format(
            copy=copy_name(audience)
        )
        self.status.setText(f"{preparing}…")
        self._set_working(preparing)
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
        self.pages.load(pdf)
        self._set_working("")
        self.pager.refresh()
        self.status.setText(f"{copy_name(audience)} · {pages_words(self.document.pageCount())}")

    def _render_failed(self, seq: int, error: CsecError) -> None:
        if seq != self._render_seq:
            return
        self._pdf = b""
        self.pages.load(b"")
        self._set_working("")
        self.status.setText(error.message)

    def reject(self) -> None:
        if self._job is not None:  # Esc or Close while printing stops the print first
            self.cancel_print()
            return
        super().reject()
