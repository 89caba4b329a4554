"""The preview dialog with the real summary service: only the printer is stood in for (a
QPrinter writing to a file in the test's folder)."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDir, Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrinter
from PySide6.QtWidgets import QWidget

from csec_desktop.core.reports.audience import Audience
from csec_desktop.gui.printing.print_choices import PRINTER_FAILED, printer_dialog, writes_a_file
from csec_desktop.gui.printing.print_job import PRINT_STOPPED
from csec_desktop.gui.printing.print_preview import PrintPreviewDialog
from tests.core.reports.conftest import CANARY_MINOR_CONSENT, build
from tests.e2e.cli import scan_for
from tests.gui.caseload.test_caseload_accessibility import visible_mnemonics


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    fixture = build(tmp_path_factory.mktemp("preview"))
    yield fixture
    fixture.session.sign_out()


@pytest.fixture
def private_temp(tmp_path, monkeypatch):
    """A temp folder of this test's own, for Python and Qt alike, so "nothing left in temp"
    is checked exactly (the machine's shared temp folder is busy with other programs)."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    assert Path(QDir.tempPath()) == folder and Path(tempfile.gettempdir()) == folder
    return folder


def next_focusable(widget):
    """The widget Tab moves to (labels and other unfocusable widgets are skipped)."""
    candidate = widget.nextInFocusChain()
    while (
        candidate.focusPolicy() == Qt.FocusPolicy.NoFocus
        or not candidate.isEnabled()
        or candidate.isHidden()
    ):
        candidate = candidate.nextInFocusChain()
    return candidate


def file_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def dialog_for(qtbot, printed, **kwargs) -> PrintPreviewDialog:
    dialog = PrintPreviewDialog(printed.service, printed.needs_id, **kwargs)
    qtbot.addWidget(dialog)
    settle(qtbot, dialog)
    return dialog


def settle(qtbot, dialog) -> None:
    """Rendering and saving run off the GUI thread: wait for them, as the worker does."""
    qtbot.waitUntil(lambda: not dialog.working, timeout=20_000)


def test_preview_shows_the_copy_and_rerenders_for_another_audience(qtbot, printed):
    dialog = dialog_for(qtbot, printed)
    pages = len(PdfReader(io.BytesIO(dialog.pdf)).pages)
    assert dialog.document.pageCount() == pages >= 2
    assert "Case file copy" in dialog.status.text()
    assert "Everything in the record" in dialog.explains.text()
    dialog.audience_box.setCurrentIndex(list(Audience).index(Audience.YOUTH))
    settle(qtbot, dialog)
    assert dialog.audience is Audience.YOUTH
    assert "only people the youth chose" in dialog.explains.text()
    youth_text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(dialog.pdf)).pages)
    assert "Tus derechos" in youth_text and CANARY_MINOR_CONSENT not in youth_text
    assert dialog.document.pageCount() == len(PdfReader(io.BytesIO(dialog.pdf)).pages)


def test_controls_have_accessible_names_and_keyboard_order(qtbot, printed):
    dialog = dialog_for(qtbot, printed)
    for widget in (dialog.audience_box, dialog.password, dialog.print_button, dialog.view):
        assert widget.accessibleName()
    assert next_focusable(dialog.audience_box) is dialog.password
    assert next_focusable(dialog.password) is dialog.print_button
    assert "&" in dialog.print_button.text() and "&" in dialog.save_button.text()
    dialog.show()
    letters = visible_mnemonics(dialog)  # "Copy for" and "Close" once shared Alt+C
    assert len(letters) == len(set(letters)) >= 6, letters


def test_print_paints_every_page_and_leaves_nothing_in_temp(qtbot, printed, tmp_path, private_temp):
    target = tmp_path / "printer-output.pdf"
    dialog = dialog_for(qtbot, printed, choose_printer=lambda _: file_printer(target))
    expected = dialog.document.pageCount()
    with qtbot.waitSignal(dialog.print_finished, timeout=20_000) as finished:
        assert dialog.print_copy()
    assert finished.args == [True] and f"Sent {expected} pages" in dialog.status.text()
    assert len(PdfReader(target).pages) == expected
    entry = printed.ctx.audit.entries(1)[0]
    assert entry.event == "record_printed" and entry.detail["output"] == "printer"
    assert entry.detail["pages"] == expected and entry.detail["audience"] == "case"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["printer-output.pdf", "temp"]
    assert list(private_temp.iterdir()) == []


def test_cancelled_print_dialog_prints_and_audits_nothing(qtbot, printed):
    count = len(printed.ctx.audit.entries(1000))
    dialog = dialog_for(qtbot, printed, choose_printer=lambda _: None)
    assert not dialog.print_copy()
    assert len(printed.ctx.audit.entries(1000)) == count


def test_save_with_password_is_aes256_and_clears_the_field(qtbot, printed, tmp_path, private_temp):
    out = tmp_path / "saved.pdf"
    dialog = dialog_for(qtbot, printed, choose_path=lambda _: out)
    qtbot.keyClicks(dialog.password, "river-stone-81")
    assert dialog.save_copy()
    settle(qtbot, dialog)
    reader = PdfReader(out)
    assert reader.trailer["/Encrypt"]["/R"] == 6
    assert reader.decrypt("wrong") == 0
    assert PdfReader(out).decrypt("river-stone-81") != 0
    assert dialog.password.text() == ""
    assert "password protected" in dialog.status.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["saved.pdf", "temp"]
    assert list(private_temp.iterdir()) == []
    assert scan_for(CANARY_MINOR_CONSENT, tmp_path) == []  # only inside the encrypted file


def test_too_short_password_says_so_and_writes_nothing(qtbot, printed, tmp_path):
    dialog = dialog_for(qtbot, printed, choose_path=lambda _: tmp_path / "x.pdf")
    qtbot.keyClicks(dialog.password, "short")
    dialog.save_copy()
    settle(qtbot, dialog)
    assert "at least 8 characters" in dialog.status.text()
    assert list(tmp_path.iterdir()) == []


def test_a_draft_shows_why_it_cannot_be_printed(qtbot, printed):
    from csec_desktop.core.instruments import shipped_registry
    from csec_desktop.core.records.screening import ScreeningService
    from csec_desktop.core.records.youth_store import YouthStore
    from csec_desktop.core.screening_policy import default_screening_policy

    screening = ScreeningService(printed.ctx, shipped_registry(), default_screening_policy())
    youth = YouthStore(printed.ctx).get(printed.youth_id)
    draft = screening.start(youth, "case_opening", "holistic_needs", printed.clock.now)
    dialog = PrintPreviewDialog(printed.service, draft.encounter_id)
    qtbot.addWidget(dialog)
    settle(qtbot, dialog)
    assert "still a draft" in dialog.status.text()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()


@pytest.mark.parametrize(("width", "height", "dpr"), [(1366, 768, 1), (683, 384, 2)])
def test_the_print_window_fits_the_screen_with_its_buttons_visible(tmp_path, width, height, dpr):
    # 683×384 at ratio 2 is a 1366×768 laptop at 200 % scaling.
    screens = {
        "screens": [
            {
                "name": "laptop",
                "x": 0,
                "y": 0,
                "width": width,
                "height": height,
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": dpr,
            }
        ]
    }
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screens))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.print_window_probe"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert result["dpr"] == dpr and result["area"] == [width, height]
    assert result["window"][0] <= width and result["window"][1] <= height
    assert result["inside"] == {
        "Print this copy": True,
        "Save this copy as a PDF file": True,
        "Close without printing": True,
    }


def test_pages_can_be_stepped_through_and_zoomed(qtbot, printed):
    dialog = dialog_for(qtbot, printed)
    dialog.show()
    pages = dialog.document.pageCount()
    assert dialog.pager.page_label.text() == f"Page 1 of {pages}"
    assert not dialog.pager.previous.isEnabled()
    qtbot.mouseClick(dialog.pager.next, Qt.MouseButton.LeftButton)
    assert dialog.pager.page_label.text() == f"Page 2 of {pages}"
    before = dialog.view.zoomFactor()
    qtbot.mouseClick(dialog.pager.zoom_in, Qt.MouseButton.LeftButton)
    assert dialog.view.zoomFactor() == pytest.approx(before * 1.25)
    qtbot.mouseClick(dialog.pager.fit, Qt.MouseButton.LeftButton)
    assert dialog.view.zoomMode() is QPdfView.ZoomMode.FitToWidth


def test_a_printer_that_cannot_start_is_said_returned_and_audited_as_failed(
    qtbot, printed, tmp_path
):
    before = len(printed.ctx.audit.entries(10_000))
    unreachable = file_printer(tmp_path / "no such folder" / "out.pdf")
    dialog = dialog_for(qtbot, printed, choose_printer=lambda _: unreachable)
    with qtbot.waitSignal(dialog.print_finished, timeout=20_000) as finished:
        assert dialog.print_copy()
    assert finished.args == [False]
    assert dialog.status.text() == PRINTER_FAILED and "Sent" not in dialog.status.text()
    assert len(printed.ctx.audit.entries(10_000)) == before + 1
    latest = printed.ctx.audit.entries(1)[0]
    assert latest.event == "print_failed"
    assert latest.detail == {"kind": "encounter", "audience": "case", "output": "printer"}


def test_the_printer_dialog_offers_no_unencrypted_print_to_file(qtbot, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = printer_dialog(printer, parent)
    assert not dialog.testOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile)
    assert writes_a_file(file_printer(tmp_path / "x.pdf"))


def test_save_as_pdf_adds_the_pdf_suffix(qtbot, printed, tmp_path):
    dialog = dialog_for(qtbot, printed, choose_path=lambda _: tmp_path / "summary for MDT")
    assert dialog.save_copy()
    settle(qtbot, dialog)
    assert (tmp_path / "summary for MDT.pdf").is_file()
    assert not (tmp_path / "summary for MDT").exists()
    assert "summary for MDT.pdf" in dialog.status.text()


class GatedPrinter(QPrinter):
    """The one stand-in: a file "printer" that records the thread it is painted from and waits
    at the second page until the test lets it go (so Cancel is pressed mid-print)."""

    def __init__(self, path: Path) -> None:
        super().__init__(QPrinter.PrinterMode.ScreenResolution)
        self.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.setOutputFileName(str(path))
        self.threads: set[bool] = set()
        self.at_page_two, self.go_on = threading.Event(), threading.Event()

    def newPage(self) -> bool:
        self.threads.add(threading.current_thread() is threading.main_thread())
        self.at_page_two.set()
        self.go_on.wait(20)
        return super().newPage()


def test_printing_runs_off_the_gui_thread_with_progress_and_a_cancel(qtbot, printed, tmp_path):
    printer = GatedPrinter(tmp_path / "out.pdf")
    dialog = dialog_for(qtbot, printed, choose_printer=lambda _: printer)
    dialog.show()
    pages = dialog.document.pageCount()
    assert dialog.print_copy()
    qtbot.waitUntil(printer.at_page_two.is_set, timeout=20_000)
    qtbot.waitUntil(lambda: dialog.busy.maximum() == pages)  # page 1 sent, shown while waiting
    assert (
        dialog.busy.value() == 1
        and dialog.status.text() == f"Sent 1 of {pages} pages to the printer…"
    )
    assert dialog.cancel_button.isVisible() and not dialog.print_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc while printing stops the print, not the window
    assert dialog.isVisible() and not dialog.cancel_button.isEnabled()
    with qtbot.waitSignal(dialog.print_finished, timeout=20_000) as finished:
        printer.go_on.set()
    assert finished.args == [False] and printer.threads == {False}  # never the GUI thread
    assert dialog.status.text() == PRINT_STOPPED and not dialog.cancel_button.isVisible()
    latest = printed.ctx.audit.entries(1)[0]
    assert latest.event == "print_failed" and latest.detail["output"] == "printer"
    assert dialog.print_button.isEnabled()  # the worker can try again
