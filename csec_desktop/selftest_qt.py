"""The self-test's Qt step: a widget paints, the SVG icon loads, QtPdf renders a PDF from memory.

This is the step that proves a frozen build carries Qt's platform, image-format and icon-engine
plugins and the QtPdf library, which a frozen app silently loses when a hook or exclude is wrong.
"""

from __future__ import annotations

import os
import sys
import time

from csec_desktop.selftest_steps import PDF_PAGES, StepContext, StepFailed

LOAD_TIMEOUT_S = 10.0


def _needs_offscreen() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return False
    if sys.platform.startswith(("win", "darwin")):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _dark_fraction(image: object) -> float:
    """Share of clearly dark pixels in a QImage: text and the solid block on a white page."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    assert isinstance(image, QImage)
    # QtPdf leaves the page background transparent; lay it on white paper first.
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(Qt.GlobalColor.white)
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)  # type: ignore[call-overload,unused-ignore]  # image: a QImage
    painter.end()
    gray = paper.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, stride = gray.width(), gray.height(), gray.bytesPerLine()
    data = bytes(gray.constBits())
    dark = sum(
        1
        for row in range(height)
        for value in data[row * stride : row * stride + width]
        if value < 96
    )
    return dark / max(1, width * height)


def _print_to_pdf(image: object, ctx: StepContext) -> None:
    """Print the rendered page through QPrinter (to a PDF file in the temporary folder): the
    path every printed summary takes, and proof that QtPrintSupport is in the build."""
    from PySide6.QtGui import QPainter
    from PySide6.QtPrintSupport import QPrinter

    out = ctx.workdir / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    painter = QPainter()
    if not painter.begin(printer):
        raise StepFailed("QPrinter could not start a print job")
    painter.drawImage(0, 0, image)  # type: ignore[call-overload,unused-ignore]  # image: a QImage
    painter.end()
    if not out.read_bytes().startswith(b"%PDF"):
        raise StepFailed("QPrinter did not produce a PDF")


def _check_unicode_data() -> None:
    """Spanish sorting through Qt's ICU collation: "ñ" is a letter of its own after "n". With
    the root order only (Spanish data missing) "ñandú" would come before "nube"; with no ICU data
    at all, Qt cannot make the collator. The frozen app ships ICU data cut to en and es."""
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale("es_ES"))
    words = sorted(["oso", "ñandú", "nube"], key=collator.sortKey)
    if words != ["nube", "ñandú", "oso"]:
        raise StepFailed(f"Qt's Unicode data (ICU) sorted Spanish wrongly: {', '.join(words)}")


def render_with_qt(ctx: StepContext) -> str:
    if _needs_offscreen():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from csec_desktop.gui.qt_probe import platform_problem

    problem = platform_problem()  # before QApplication: Qt aborts if its plugin cannot start
    if problem is not None:
        raise StepFailed(problem)
    from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize
    from PySide6.QtGui import QIcon
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtWidgets import QApplication, QLabel

    from csec_desktop.core.paths import resource

    app = QApplication.instance() or QApplication(["csec-desktop-selftest"])
    label = QLabel("CSEC Screening self-test")
    label.resize(320, 80)
    if label.grab().isNull():
        raise StepFailed("a widget could not paint itself")

    _check_unicode_data()
    icon_path = resource("icons", "csec-desktop.svg")
    icon = QIcon(str(icon_path))
    if icon.pixmap(QSize(64, 64)).isNull():
        raise StepFailed("the SVG icon did not load (Qt's SVG icon engine is missing)")

    document = QPdfDocument(None)  # type: ignore[call-overload,unused-ignore]  # no parent: PySide6 allows None
    buffer = QBuffer()
    buffer.setData(QByteArray(ctx.pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    deadline = time.monotonic() + LOAD_TIMEOUT_S
    loading = (QPdfDocument.Status.Loading, QPdfDocument.Status.Null)
    while document.status() in loading and time.monotonic() < deadline:
        QCoreApplication.processEvents()
    if document.status() != QPdfDocument.Status.Ready:
        raise StepFailed(f"QtPdf did not load the PDF (status {document.status().name})")
    if document.pageCount() != PDF_PAGES:
        raise StepFailed(f"QtPdf counted {document.pageCount()} pages, expected {PDF_PAGES}")
    image = document.render(0, QSize(306, 396))
    if image.isNull():
        raise StepFailed("QtPdf could not render page 1")
    dark = _dark_fraction(image)
    # The page holds a solid block of about 13% of its area; allow for anti-aliasing.
    if not 0.05 < dark < 0.5:
        raise StepFailed(f"page 1 rendered wrongly ({dark:.0%} of it dark)")
    document.close()
    buffer.close()
    _print_to_pdf(image, ctx)
    platform = app.platformName() if isinstance(app, QApplication) else "?"
    return (
        f"platform {platform}, Spanish sorting, icon, PDF page 1 rendered ({dark:.0%} ink) "
        "and printed"
    )
