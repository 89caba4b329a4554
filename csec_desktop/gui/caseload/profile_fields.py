"""The pieces a youth's profile form is built from: its fixed choices (languages, pronouns,
earliest birth date) and the kinds of field it repeats (a list typed one per line, a choice
box, the race-or-ethnicity check list).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP
from csec_desktop.core.records.youth import RACE_ETHNICITY, race_words
from csec_desktop.gui.widgets.basics import lines_edit

LANGUAGES = (
    ("en", QT_TRANSLATE_NOOP("ProfileForm", "English")),
    ("es", QT_TRANSLATE_NOOP("ProfileForm", "Spanish")),
    ("other", QT_TRANSLATE_NOOP("ProfileForm", "Another language")),
)
BIRTH_EARLIEST = date(1990, 1, 1)  # the product serves youth and non-minor dependents
PRONOUNS = ("", "she/her", "he/him", "they/them", "she/they", "he/they")


def list_edit(name: str) -> QPlainTextEdit:
    """A short field for a list typed one item per line (aliases, case numbers)."""
    return lines_edit(name, 3.4)


def lines(edit: QPlainTextEdit) -> tuple[str, ...]:
    """The non-empty lines of a ``list_edit``, trimmed."""
    return tuple(line.strip() for line in edit.toPlainText().splitlines() if line.strip())


def choice_box(name: str, choices: Iterable[tuple[str, object]]) -> QComboBox:
    """A combo box named ``name`` offering ``(words, value)`` pairs in order."""
    box = QComboBox()
    box.setAccessibleName(name)
    for words, value in choices:
        box.addItem(words, value)
    return box


def race_list(name: str) -> QListWidget:
    """Every race or ethnicity as a check box, unchecked, about five rows high."""
    races = QListWidget()
    races.setAccessibleName(name)
    for code in RACE_ETHNICITY:
        item = QListWidgetItem(race_words(code))
        item.setData(Qt.ItemDataRole.UserRole, code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        races.addItem(item)
    races.setMaximumHeight(races.sizeHintForRow(0) * 5 + 2 * races.frameWidth())
    return races


def checked_races(races: QListWidget) -> tuple[str, ...]:
    return tuple(
        str(races.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(races.count())
        if races.item(row).checkState() == Qt.CheckState.Checked
    )


def layout_row(form: QFormLayout, text: str, buddy: QWidget, row: QHBoxLayout) -> None:
    """A form row holding several widgets, its label's mnemonic going to ``buddy``."""
    label = QLabel(text)
    label.setBuddy(buddy)
    form.addRow(label, row)
