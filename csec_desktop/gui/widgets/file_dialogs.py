"""The app's one way to ask for a file or a folder.

Every file question starts in the folder the worker last used this session (else their
Documents folder, never the program's own folder), fits the screen's free area at any
scaling (at 200 % Qt's own size put "Cancel" below a 768-px screen), and names its filter.
Widgets take these functions as parameters, so tests pass a stand-in instead of a dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from csec_desktop.gui.widgets.basics import em

_last_folder: dict[str, str] = {}


def _start_folder() -> str:
    if "folder" in _last_folder and Path(_last_folder["folder"]).is_dir():
        return _last_folder["folder"]
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return documents if documents and Path(documents).is_dir() else str(Path.home())


def _ask(dialog: QFileDialog) -> Path | None:
    """Run ``dialog`` sized to the screen; the chosen path (remembering its folder) or None."""
    dialog.setDirectory(_start_folder())
    area = dialog.screen().availableGeometry()
    frame = em(dialog, 2)
    dialog.resize(
        min(max(dialog.sizeHint().width(), em(dialog, 46)), area.width() - frame),
        min(max(dialog.sizeHint().height(), em(dialog, 26)), area.height() - 2 * frame),
    )
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    chosen = Path(dialog.selectedFiles()[0])
    _last_folder["folder"] = str(chosen if chosen.is_dir() else chosen.parent)
    return chosen


def ask_save_file(
    parent: QWidget | None, title: str, name_filter: str, suffix: str, suggested: str = ""
) -> Path | None:
    """A file to write (``suffix`` added when the worker typed none; Qt asks before
    replacing an existing file under the final name)."""
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(name_filter)
    dialog.setDefaultSuffix(suffix)
    if suggested:
        dialog.selectFile(suggested)
    return _ask(dialog)


def ask_open_file(parent: QWidget | None, title: str, name_filter: str = "") -> Path | None:
    """An existing file to read."""
    dialog = QFileDialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    if name_filter:
        dialog.setNameFilter(name_filter)
    return _ask(dialog)


def ask_folder(parent: QWidget | None, title: str) -> Path | None:
    """An existing folder (a USB drive, a shared folder)."""
    dialog = QFileDialog(parent, title)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _ask(dialog)
