"""The app's window and task-bar icon, drawn from the shipped SVG."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from csec_desktop.core.paths import resource


def app_icon() -> QIcon:
    from importlib.resources import as_file  # here: only needed once the window is up

    with as_file(resource("icons", "csec-desktop.svg")) as path:
        return QIcon(str(path))


def set_app_icon(app: QApplication) -> None:
    """Reading the SVG loads Qt's SVG plugin, so a staged start (``gui.startup``) sets the icon
    just after the first paint rather than before it."""
    app.setWindowIcon(app_icon())
