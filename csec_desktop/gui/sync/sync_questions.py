"""The sync panel's questions to the worker, from the platform's dialogs (tests pass their own
answers instead). Yes/No questions, which may quote a file, are asked as plain text by
``trust_dialog.ask_confirm``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from csec_desktop.gui.widgets.file_dialogs import ask_folder, ask_open_file, ask_save_file


def ask_request_path(parent: QWidget, suggested: str) -> Path | None:
    return ask_save_file(parent, "Save enrollment request", "All files (*)", "", suggested)


def ask_open_path(parent: QWidget, title: str) -> Path | None:
    return ask_open_file(parent, title)


def ask_bundle_folder(parent: QWidget) -> Path | None:
    return ask_folder(parent, "Choose the folder or drive for the bundle")
