"""The operating system's two choices for a printed summary, made safe: which printer (never a
file "printer", which would write an unencrypted PDF around Save as PDF's password) and where
to save (always a name ending in .pdf)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from csec_desktop.core.errors import CsecError
from csec_desktop.gui.widgets.file_dialogs import ask_save_file

PRINTER_FAILED = (
    "The printer could not be started, so nothing was printed. Check that it is on and "
    "connected, then try again, or save the copy as a PDF."
)
NO_PRINT_TO_FILE = (
    "To keep a copy as a file, use Save as PDF: it can protect the file with a password. "
    "Nothing was printed."
)


NO_PRINTER = (
    "No printer is set up on this laptop, so nothing was printed. Ask county IT to add one, "
    "or use Save as PDF to keep a password-protected copy."
)


class PrintFailed(CsecError):
    """The printer could not take the copy; nothing was printed."""


def printer_dialog(printer: QPrinter, parent: QWidget) -> QPrintDialog:
    """Qt's printer dialog without "Print to file": that would write an unencrypted PDF
    around the password of Save as PDF."""
    dialog = QPrintDialog(printer, parent)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
    return dialog


def writes_a_file(printer: QPrinter) -> bool:
    """True when a printer would write a file (a PDF "printer") rather than print on paper."""
    return bool(printer.outputFileName()) or (
        printer.outputFormat() is QPrinter.OutputFormat.PdfFormat
    )


def ask_printer(parent: QWidget) -> QPrinter | None:
    if not QPrinterInfo.availablePrinters():  # Qt would offer only its PDF "printer"
        QMessageBox.information(parent, "Print summary", NO_PRINTER)
        return None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if printer_dialog(printer, parent).exec() != QDialog.DialogCode.Accepted:
        return None
    if writes_a_file(printer):  # the system may still offer a file "printer": refuse it
        QMessageBox.information(parent, "Print summary", NO_PRINT_TO_FILE)
        return None
    return printer


def with_pdf_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == ".pdf" else path.with_name(f"{path.name}.pdf")


def ask_save_path(parent: QWidget) -> Path | None:
    """Where to save a summary as PDF (the ``.pdf`` suffix is added when none is typed)."""
    return ask_save_file(parent, "Save summary as PDF", "PDF (*.pdf)", "pdf")
