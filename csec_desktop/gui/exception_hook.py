"""The last line of defence: an unexpected error shows one calm message, never a traceback.

What is logged is the error's type and where it happened (file, line, function), never its
message or local values: a message can quote record content (a youth's name in a bad value).
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

CALM_MESSAGE = QT_TRANSLATE_NOOP(
    "CalmMessage",
    "Something went wrong; your saved work is safe. Please try that again. If it keeps "
    "happening, tell your supervisor or the county help desk.",
)
LOGGER = "csec_desktop"
_open_box: QMessageBox | None = None


def describe(exc: BaseException) -> str:
    """``TypeError at gui/app.py:12 in main <- ...`` — the type and the places, nothing else."""
    import traceback  # here, like logging below: only an error needs them, not the start-up

    places = [
        f"{Path(frame.filename).name}:{frame.lineno} in {frame.name}"
        for frame in traceback.extract_tb(exc.__traceback__)[-3:]
    ]
    return f"{type(exc).__name__} at {' <- '.join(reversed(places)) or 'unknown place'}"


def report(exc: BaseException, show: bool = True) -> None:
    import logging

    logging.getLogger(LOGGER).error("Unexpected error: %s", describe(exc))
    if show:
        show_calm_message()


def calm_message() -> str:
    """``CALM_MESSAGE`` in the worker's language."""
    return translate("CalmMessage", CALM_MESSAGE)


def show_calm_message(text: str | None = None) -> QMessageBox | None:
    """One message box at a time, however many errors arrive; non-blocking."""
    from PySide6.QtWidgets import QMessageBox  # here: the first window does not wait for it

    global _open_box
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    if _open_box is not None and _open_box.isVisible():
        return _open_box
    parent = app.activeWindow()
    box = QMessageBox(parent if isinstance(parent, QWidget) else None)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle("CSEC Screening")
    box.setText(text or calm_message())
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAccessibleName(translate("CalmMessage", "Something went wrong"))
    box.open()
    _open_box = box
    return box


def _hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    exc.__traceback__ = tb
    report(exc)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    # Not on the GUI thread: log only; widgets must not be touched from here.
    if args.exc_value is not None:
        args.exc_value.__traceback__ = args.exc_traceback
        report(args.exc_value, show=False)


def install() -> None:
    sys.excepthook = _hook
    threading.excepthook = _thread_hook
