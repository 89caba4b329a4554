"""One calm look: a named palette, an em-based spacing and type scale, visible focus rings.

Warm neutral canvas, white paper for forms and lists, one dark teal for the main action, red
and amber only where something is urgent (and always with words and an icon beside the
colour). Every colour pair the style sheet draws text or a control edge with is listed in
``CONTRAST_PAIRS`` and a test computes its WCAG 2.1 contrast ratio (AA: 4.5:1 for text, 3:1 for
large text and for control edges and focus rings). Sizes are in em or come from layouts, so
the screens hold up at 200 % scaling. Errors are shown in a soft amber box with dark text:
clear to read, not alarming, since the tool is often used with a young person watching.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

# The palette: every colour the look uses, by what it is for.
PALETTE: dict[str, str] = {
    "ink": "#1f2a30",  # body text
    "ink_soft": "#4d5a61",  # hints, secondary text
    "canvas": "#f6f4ef",  # window background
    "paper": "#ffffff",  # forms, lists, cards
    "paper_alt": "#f7f5f0",  # alternate list rows
    "edge": "#7f8a8f",  # control borders (3:1 on paper and canvas)
    "divider": "#dcd7cc",  # card outlines (decoration only, never the only cue)
    "accent": "#24595d",  # the main action's background
    "on_accent": "#ffffff",
    "focus": "#1a56a6",  # the focus ring
    "notice_bg": "#e6f0ee",
    "notice_ink": "#17393c",
    "warning_bg": "#fdf1dc",
    "warning_ink": "#4d3a12",
    "warning_edge": "#a8761c",
    "ok_ink": "#1f5c3f",
    "overdue_bg": "#fbe4e4",
    "overdue_ink": "#8a1111",
    "overdue_edge": "#b3261e",
    "today_bg": "#fff0c7",
    "today_ink": "#5a3f00",
    "today_edge": "#9a6a00",
    "danger_bg": "#8b0000",
    "on_danger": "#ffffff",
    "disabled_bg": "#e8e5df",
    "disabled_ink": "#5f686d",
    "selection_bg": "#cfe3e4",
    "status_bg": "#ebe7df",
}

# (foreground, background, minimum ratio, what it is): the test checks every one.
TEXT, LARGE, UI = 4.5, 3.0, 3.0
CONTRAST_PAIRS: tuple[tuple[str, str, float, str], ...] = (
    ("ink", "canvas", TEXT, "text on the window"),
    ("ink", "paper", TEXT, "text in forms and lists"),
    ("ink", "paper_alt", TEXT, "text on alternate rows"),
    ("ink", "selection_bg", TEXT, "text of a selected row"),
    ("ink", "status_bg", TEXT, "status bar text"),
    ("ink_soft", "paper", TEXT, "hints on paper"),
    ("ink_soft", "canvas", TEXT, "hints on the window"),
    ("on_accent", "accent", TEXT, "the main button"),
    ("notice_ink", "notice_bg", TEXT, "notices"),
    ("warning_ink", "warning_bg", TEXT, "messages and warnings"),
    ("ok_ink", "paper", TEXT, "confirmations"),
    ("ok_ink", "canvas", TEXT, "confirmations on the window"),
    ("overdue_ink", "overdue_bg", TEXT, "overdue rows and banner"),
    ("today_ink", "today_bg", TEXT, "due-today rows and banner"),
    ("on_danger", "danger_bg", TEXT, "the danger-now banner"),
    ("disabled_ink", "disabled_bg", TEXT, "disabled buttons (still readable)"),
    ("edge", "paper", UI, "control borders on paper"),
    ("edge", "canvas", UI, "control borders on the window"),
    ("focus", "paper", UI, "focus ring on paper"),
    ("focus", "canvas", UI, "focus ring on the window"),
    ("overdue_edge", "paper", UI, "overdue banner edge"),
    ("today_edge", "paper", UI, "due-today banner edge"),
    ("warning_edge", "paper", UI, "warning edge"),
)

# The type scale, relative to the user's own font size.
TYPE_SCALE = {"heading": 1.4, "title": 1.15, "code": 1.5, "privacy": 1.8}

_TEMPLATE = """
QWidget { color: @ink; }
QMainWindow, QDialog, QStackedWidget > QWidget, QWidget#pageContent { background: @canvas; }
QFrame#card {
    background: @paper; border: 1px solid @divider; border-radius: 0.5em; padding: 1em;
}
QLabel#headingLabel, QLabel[role="heading"] { font-size: {heading}pt; font-weight: 600; }
QLabel[role="title"] { font-size: {title}pt; font-weight: 600; }
QLabel#emptyHeading { font-size: {heading}pt; font-weight: 600; color: @ink; }
QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }
QLabel#emptyText, QLabel[role="hint"], QLabel#hintLabel { color: @ink_soft; }
QLabel#demoBanner, QLabel[role="notice"] {
    background: @notice_bg; color: @notice_ink; border: 1px solid #b9d3ce;
    border-radius: 0.3em; padding: 0.5em;
}
QLabel[role="message"] {
    background: @warning_bg; border: 1px solid @warning_edge; border-radius: 0.3em;
    padding: 0.4em; color: @warning_ink;
}
QLabel[role="ok"] { color: @ok_ink; }
QLabel[role="warning"] {
    background: @warning_bg; border-left: 0.3em solid @warning_edge; padding: 0.5em;
    color: @warning_ink;
}
QLabel[role="code"] {
    background: @paper; border: 1px dashed #9fb3b0; border-radius: 0.3em; padding: 0.6em;
    font-family: "DejaVu Sans Mono", "Consolas", "Menlo", monospace; font-size: {code}pt;
}
QLabel[role="privacy"] { color: @ink_soft; font-size: {privacy}pt; }
QFrame[urgency="overdue"] {
    background: @overdue_bg; border-left: 0.35em solid @overdue_edge; border-radius: 0.25em;
}
QFrame[urgency="overdue"] QLabel { color: @overdue_ink; }
QFrame[urgency="today"] {
    background: @today_bg; border-left: 0.35em solid @today_edge; border-radius: 0.25em;
}
QFrame[urgency="today"] QLabel { color: @today_ink; }
QLineEdit, QComboBox, QPlainTextEdit, QTextEdit, QSpinBox, QDateEdit {
    background: @paper; border: 1px solid @edge; border-radius: 0.25em; padding: 0.3em;
}
QLineEdit { min-width: 16em; }
QLineEdit:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus,
QDateEdit:focus, QTableView:focus, QListView:focus, QTextBrowser:focus {
    border: 2px solid @focus;
}
QLineEdit:disabled, QComboBox:disabled { background: @disabled_bg; color: @disabled_ink; }
QPushButton {
    background: @paper; border: 1px solid @edge; border-radius: 0.3em; padding: 0.35em 0.9em;
}
QPushButton:hover { background: @paper_alt; }
QPushButton:default { background: @accent; color: @on_accent; border-color: @accent; }
QPushButton:focus { border: 2px solid @focus; }
QPushButton:default:focus { border: 2px solid @focus; }
QPushButton:disabled { background: @disabled_bg; color: @disabled_ink; border-color: #cfcac0; }
QCheckBox:focus, QRadioButton:focus { outline: 2px solid @focus; }
QCheckBox, QRadioButton { padding: 0.15em 0.4em 0.15em 0.15em; }  /* the ring clears the words */
QTabBar::tab { padding: 0.35em 0.9em; }
QTabBar::tab:selected { font-weight: 600; }
QProgressBar { border: none; background: #e4e0d8; max-height: 0.4em; border-radius: 0.2em; }
QProgressBar::chunk { background: #5f9ea0; }
QStatusBar { background: @status_bg; }
QTableView, QTableWidget {
    background: @paper; alternate-background-color: @paper_alt; border: 1px solid @edge;
    selection-background-color: @selection_bg; selection-color: @ink;
}
QTextBrowser { background: @paper; border: 1px solid @edge; padding: 0.5em; }
"""


def style_sheet(base_point_size: float) -> str:
    """The style sheet with the palette filled in and sizes relative to the user's font size.

    Style sheets cannot say "140 % of the font", and a rule that matches a label replaces any
    font set in code, so the relative sizes are worked out here from the base size.
    """
    base = base_point_size if base_point_size > 0 else 10.0
    text = _TEMPLATE
    for name in sorted(PALETTE, key=len, reverse=True):  # "ink_soft" before "ink"
        text = text.replace(f"@{name}", PALETTE[name])
    for name, factor in TYPE_SCALE.items():
        text = text.replace("{" + name + "}", f"{base * factor:.1f}")
    return text


def set_role(widget: QWidget, role: str) -> None:
    """Give a label a style role ("message", "hint", ...) and refresh its look."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def set_urgency(widget: QWidget, urgency: str) -> None:
    """Mark a frame "overdue", "today" or "" (none) and refresh its look."""
    widget.setProperty("urgency", urgency)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
