"""The preview dialog with the real summary service: only the printer is stood in for (a
QPrinter writing to a file in the test's folder)."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDir, Qt
from PySide6.QtPrintSupport import QPrinter

from csec_desktop.core.reports.audience import Audience
from csec_desktop.gui.print_preview import PrintPreviewDialog
from tests.core.reports.conftest import CANARY_MINOR_CONSENT, build
from tests.e2e.cli import scan_for


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
    while candidate.focusPolicy() == Qt.FocusPolicy.NoFocus or not candidate.isEnabled():
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
    return dialog


def test_preview_shows_the_copy_and_rerenders_for_another_audience(qtbot, printed):
    dialog = dialog_for(qtbot, printed)
    pages = len(PdfReader(io.BytesIO(dialog.pdf)).pages)
    assert dialog.document.pageCount() == pages >= 2
    assert "Case file copy" in dialog.status.text()
    assert "Everything in the record" in dialog.explains.text()
    dialog.audience_box.setCurrentIndex(list(Audience).index(Audience.YOUTH))
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


def test_print_paints_every_page_and_leaves_nothing_in_temp(qtbot, printed, tmp_path, private_temp):
    target = tmp_path / "printer-output.pdf"
    dialog = dialog_for(qtbot, printed, choose_printer=lambda _: file_printer(target))
    expected = dialog.document.pageCount()
    assert dialog.print_copy()
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
    assert not dialog.save_copy()
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
    assert "still a draft" in dialog.status.text()
    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
