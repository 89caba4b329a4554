"""The sync panel's questions to the worker, from the platform's dialogs (tests pass their own
answers instead). Yes/No questions, which may quote a file, are asked as plain text by
``trust_dialog.ask_confirm``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, "Save enrollment request", suggested)
    return Path(name) if name else None


def ask_open_path(parent: QWidget, title: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title)
    return Path(name) if name else None


def ask_folder(parent: QWidget) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, "Choose the folder or drive for the bundle")
    return Path(name) if name else None
