"""Keeping what a worker typed in an open form when the laptop locks, and offering it back.

A dialog that can be restored is *remembered* by whoever opens it: which kind of form, a title
to show, the ids needed to open it again, and a snapshot of its fields as opened. On lock, each
visible remembered dialog whose fields changed is stored in the vault (``DialogDrafts``) before
the screen's dialogs are closed; after the same worker unlocks, ``reopen`` opens each form again
through the workspace and puts the typed values back. Fields are found by accessible name
(unique per dialog, a rule the accessibility tests enforce); passphrase fields are never kept.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from csec_desktop.core.records.dialog_drafts import DialogDraft, DialogDrafts

_ATTR = "_csec_form_draft"  # (kind, title, context, fields as opened) on the dialog object


def _fields(dialog: QWidget) -> list[QWidget]:
    found: list[QWidget] = []
    for widget in dialog.findChildren(QWidget):
        name = widget.accessibleName()
        if not name or isinstance(widget.parent(), QComboBox):
            continue
        if isinstance(widget, QLineEdit) and widget.echoMode() != QLineEdit.EchoMode.Normal:
            continue  # a passphrase never goes into a draft
        if isinstance(widget, QLineEdit | QPlainTextEdit | QComboBox | QCheckBox):
            found.append(widget)
    return found


def snapshot(dialog: QWidget) -> dict[str, Any]:
    """Field accessible name -> text, choice or tick."""
    values: dict[str, Any] = {}
    for widget in _fields(dialog):
        name = widget.accessibleName()
        if isinstance(widget, QLineEdit):
            values[name] = widget.text()
        elif isinstance(widget, QPlainTextEdit):
            values[name] = widget.toPlainText()
        elif isinstance(widget, QComboBox):
            values[name] = widget.currentText() if widget.isEditable() else widget.currentIndex()
        elif isinstance(widget, QCheckBox):
            values[name] = widget.isChecked()
    return values


def apply(dialog: QWidget, values: dict[str, Any]) -> None:
    """Put ``values`` back into the fields of the same names (others are left as opened)."""
    for widget in _fields(dialog):
        value = values.get(widget.accessibleName())
        if value is None:
            continue
        if isinstance(widget, QLineEdit) and isinstance(value, str):
            widget.setText(value)
        elif isinstance(widget, QPlainTextEdit) and isinstance(value, str):
            widget.setPlainText(value)
        elif isinstance(widget, QComboBox):
            if isinstance(value, str):
                widget.setCurrentText(value)
            elif isinstance(value, int) and 0 <= value < widget.count():
                widget.setCurrentIndex(value)
        elif isinstance(widget, QCheckBox) and isinstance(value, bool):
            widget.setChecked(value)


def remember(dialog: QDialog, kind: str, title: str, context: dict[str, Any]) -> None:
    """Mark ``dialog`` as one whose typing is kept over a lock (call after it is filled in)."""
    setattr(dialog, _ATTR, (kind, title, context, snapshot(dialog)))


def keep_open_forms(root: QWidget, drafts: DialogDrafts) -> int:
    """Store every visible remembered dialog under ``root`` whose fields changed; returns how
    many were kept. Called on lock, before the dialogs are closed."""
    kept = 0
    for dialog in root.findChildren(QDialog):
        mark = getattr(dialog, _ATTR, None)
        if mark is None or not dialog.isVisible():
            continue
        kind, title, context, opened = mark
        now = snapshot(dialog)
        if now != opened:
            drafts.keep(kind, title, context, now)
            kept += 1
    return kept


Opener = Callable[[DialogDraft], QDialog | None]


def reopen(draft: DialogDraft, openers: dict[str, Opener]) -> QDialog | None:
    """Open the draft's form again (through ``openers[kind]``) and put its fields back."""
    opener = openers.get(draft.kind)
    dialog = opener(draft) if opener is not None else None
    if dialog is not None:
        apply(dialog, draft.fields)
    return dialog
