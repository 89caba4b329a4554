"""Small building blocks shared by the screens: labelled fields, inline messages, busy bars."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from csec_desktop.core.i18n import translate
from csec_desktop.gui.style import set_role


def label(text: str, role: str = "") -> QLabel:
    widget = QLabel(text)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    if role:
        set_role(widget, role)
    return widget


def combo(name: str, choices: dict[object, str], current: object) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    for value, text in choices.items():
        box.addItem(text, value)
    box.setCurrentIndex(max(0, box.findData(current)))
    return box


def secret_edit(accessible_name: str) -> QLineEdit:
    """A passphrase field: hidden text, no prediction, no auto-capitals."""
    edit = QLineEdit()
    edit.setAccessibleName(accessible_name)
    prepare_secret_edit(edit)
    return edit


def prepare_secret_edit(edit: QLineEdit) -> None:
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setInputMethodHints(
        Qt.InputMethodHint.ImhSensitiveData
        | Qt.InputMethodHint.ImhNoPredictiveText
        | Qt.InputMethodHint.ImhNoAutoUppercase
        | Qt.InputMethodHint.ImhHiddenText
    )
    # No drag and no context menu: nothing of a passphrase should reach the clipboard.
    edit.setDragEnabled(False)
    edit.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)


def text_edit(accessible_name: str, max_length: int = 100) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible_name)
    edit.setMaxLength(max_length)
    return edit


def lines_edit(accessible_name: str, lines: float) -> QPlainTextEdit:
    """A field for a few lines of text, ``lines`` lines high: Tab leaves it, as in every other
    field, and Enter starts a new line."""
    edit = QPlainTextEdit()
    edit.setAccessibleName(accessible_name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(em(edit, lines))
    return edit


def add_row(form: QFormLayout, text: str, field: QWidget) -> QLabel:
    """A label with a mnemonic (``&User name``) whose buddy is the field."""
    label = QLabel(text)
    label.setBuddy(field.focusProxy() or field)  # a compound field: its editable part
    form.addRow(label, field)
    return label


def button(text: str, accessible_name: str | None = None) -> QPushButton:
    widget = QPushButton(text)
    widget.setAccessibleName(accessible_name or text.replace("&", ""))
    widget.setAutoDefault(False)
    return widget


class InlineMessage(QLabel):
    """One plain-words message next to the field it is about; hidden when there is none.

    Given the field it is ``about``, the message goes as soon as the worker edits that field,
    so a refusal never stays on screen after the value is corrected."""

    def __init__(self, accessible_name: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(accessible_name or translate("InlineMessage", "Message"))
        set_role(self, "message")
        self._about: QWidget | None = None
        self.hide()

    def show_message(self, text: str, role: str = "message", about: QWidget | None = None) -> None:
        set_role(self, role)
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()
        self._forget_field()
        if isinstance(about, QLineEdit | QPlainTextEdit):
            edited = about.textEdited if isinstance(about, QLineEdit) else about.textChanged
            edited.connect(self.clear_message)
            self._about = about

    def clear_message(self) -> None:
        self._forget_field()
        self.setText("")
        self.hide()

    def _forget_field(self) -> None:
        about, self._about = self._about, None
        if isinstance(about, QLineEdit):
            about.textEdited.disconnect(self.clear_message)
        elif isinstance(about, QPlainTextEdit):
            about.textChanged.disconnect(self.clear_message)


def busy_bar(accessible_name: str) -> QProgressBar:
    """An indeterminate bar, shown while slow work runs in the background."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setAccessibleName(accessible_name)
    bar.hide()
    return bar


def em(widget: QWidget, count: float) -> int:
    """``count`` times the font's height, in device-independent pixels (scales with the font)."""
    return int(widget.fontMetrics().height() * count)


def list_table(table: QTableView, accessible_name: str) -> None:
    """A read-only list of records: whole rows, one at a time, Tab moves on to the next control
    (arrows move within the list), no row numbers, the last column takes the spare width."""
    table.setAccessibleName(accessible_name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)


def close_buttons(accessible_name: str, on_close: Callable[[], object]) -> QDialogButtonBox:
    """A button row with one Close button, named ``accessible_name`` for screen readers, that
    calls ``on_close`` (Esc too, in a dialog)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(accessible_name)
    buttons.rejected.connect(on_close)
    return buttons


def set_rows(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    """Show ``rows`` in ``table``, one row of cell texts each (replacing what it showed)."""
    table.setRowCount(len(rows))
    for row, values in enumerate(rows):
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))


def scrolling(body: QWidget) -> QScrollArea:
    """``body`` in a frameless scroll area: a long form stays usable on a small or 200 %
    screen, and Tab scrolls each focused field into view (the buttons stay outside it)."""
    area = QScrollArea()
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(body)
    area.setMinimumHeight(em(area, 8))
    return area


def fit_dialog(dialog: QDialog, scroll: QScrollArea) -> None:
    """Size ``dialog`` to show all of the ``scrolling`` body without a scroll bar where the
    screen has room, never beyond the screen's free area (title bar and borders included)."""
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    body = scroll.widget().sizeHint()
    chrome = dialog.sizeHint() - scroll.sizeHint()  # what sits around the scroll area
    bar = scroll.verticalScrollBar().sizeHint().width()
    area = dialog.screen().availableGeometry()
    frame = em(dialog, 2)
    width = min(chrome.width() + body.width() + bar, area.width() - frame)
    height = min(chrome.height() + body.height(), area.height() - 2 * frame)
    dialog.resize(width, height)


def keep_on_screen(window: QWidget) -> None:
    """Shrink and move ``window`` into its screen's free area (title bar and borders included),
    so its buttons are never below the screen's edge (1366×768 at 200 % is 683×384)."""
    screen = window.screen()
    if screen is None:
        return
    area = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.size()
    width = min(window.width(), area.width() - max(frame.width(), 8))
    height = min(window.height(), area.height() - max(frame.height(), em(window, 2)))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    outer = window.frameGeometry()
    x = min(max(outer.x(), area.x()), area.right() - outer.width() + 1)
    y = min(max(outer.y(), area.y()), area.bottom() - outer.height() + 1)
    if (x, y) != (outer.x(), outer.y()):
        window.move(x, y)
