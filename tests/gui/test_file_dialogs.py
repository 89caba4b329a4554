"""File questions start where the worker works and fit the screen; no printer is said plainly."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from csec_desktop.gui.printing import print_choices
from csec_desktop.gui.widgets import file_dialogs


def answer_with(monkeypatch: Any, chosen: Path, seen: list[QFileDialog]) -> None:
    def exec_(dialog: QFileDialog) -> int:
        seen.append(dialog)
        dialog.selectFile(str(chosen))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QFileDialog, "exec", exec_)
    monkeypatch.setattr(QFileDialog, "selectedFiles", lambda _d: [str(chosen)])


def test_save_as_pdf_starts_in_documents_then_where_the_worker_last_saved(
    qtbot, monkeypatch, tmp_path
) -> None:
    """A reviewer's Save as PDF opened in the program's own folder and ran below a 768-px
    screen at 200 %: it starts in Documents (or home), then in the last folder used, and its
    size never exceeds the screen's free area."""
    monkeypatch.setattr(file_dialogs, "_last_folder", {})
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[QFileDialog] = []
    (tmp_path / "cases").mkdir()
    answer_with(monkeypatch, tmp_path / "cases" / "summary", seen)
    chosen = print_choices.ask_save_path(parent)
    assert chosen == tmp_path / "cases" / "summary"
    first = seen[0]
    assert Path(first.directory().absolutePath()) != Path.cwd()
    assert first.defaultSuffix() == "pdf"
    area = first.screen().availableGeometry()
    assert first.width() <= area.width() and first.height() <= area.height()
    print_choices.ask_save_path(parent)
    assert Path(seen[1].directory().absolutePath()) == tmp_path / "cases"


def test_printing_with_no_printer_says_so(qtbot, monkeypatch) -> None:
    """With no printer installed Qt offers only a PDF "printer"; the worker was told to use
    Save as PDF as if they had chosen a file. Now they are told no printer is set up."""
    told: list[str] = []
    monkeypatch.setattr(print_choices.QPrinterInfo, "availablePrinters", staticmethod(list))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert print_choices.ask_printer(parent) is None
    assert told == [print_choices.NO_PRINTER]
