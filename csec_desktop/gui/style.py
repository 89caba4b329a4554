"""A calm look: warm neutral background, one muted teal for actions, amber (not red) for notes.

Sizes are in em or come from layouts, so the screens hold up at 125-150 % scaling. Errors are
shown in a soft amber box with dark text: clear to read, not alarming, since the tool is often
used with a young person watching the screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

_TEMPLATE = """
QWidget { color: #26323a; }
QMainWindow, QDialog, QStackedWidget > QWidget { background: #f6f4ef; }
QFrame#card {
    background: #ffffff; border: 1px solid #dcd7cc; border-radius: 0.5em; padding: 1em;
}
QLabel#headingLabel, QLabel[role="heading"] { font-size: {heading}pt; font-weight: 600; }
QLabel#emptyHeading { font-size: {heading}pt; font-weight: 600; color: #3b4a52; }
QDialogButtonBox { dialogbuttonbox-buttons-have-icons: 0; }
QLabel#emptyText, QLabel[role="hint"], QLabel#hintLabel { color: #56646b; }
QLabel#demoBanner, QLabel[role="notice"] {
    background: #e8f1ef; border: 1px solid #b9d3ce; border-radius: 0.3em; padding: 0.5em;
}
QLabel[role="message"] {
    background: #fdf3e1; border: 1px solid #e6c78f; border-radius: 0.3em; padding: 0.4em;
    color: #4d3a12;
}
QLabel[role="ok"] { color: #2f6b4f; }
QLabel[role="warning"] {
    background: #fdf3e1; border-left: 0.3em solid #d9a441; padding: 0.5em; color: #4d3a12;
}
QLabel[role="code"] {
    background: #ffffff; border: 1px dashed #9fb3b0; border-radius: 0.3em; padding: 0.6em;
    font-family: "DejaVu Sans Mono", "Consolas", "Menlo", monospace; font-size: {code}pt;
}
QLabel[role="privacy"] { color: #5b666c; font-size: {privacy}pt; }
QLineEdit {
    background: #ffffff; border: 1px solid #b8b2a6; border-radius: 0.25em; padding: 0.3em;
    min-width: 16em;
}
QLineEdit:focus { border: 2px solid #2f6f73; }
QLineEdit:disabled { background: #efece6; color: #8a9196; }
QPushButton {
    background: #ffffff; border: 1px solid #9aa5a6; border-radius: 0.3em; padding: 0.35em 1.1em;
}
QPushButton:default { background: #2f6f73; color: #ffffff; border-color: #2f6f73; }
QPushButton:focus { border: 2px solid #1d4a4d; }
QPushButton:disabled { background: #e6e3dd; color: #8a9196; border-color: #cfcac0; }
QProgressBar { border: none; background: #e4e0d8; max-height: 0.4em; border-radius: 0.2em; }
QProgressBar::chunk { background: #5f9ea0; }
QStatusBar { background: #ebe7df; }
QTableWidget { background: #ffffff; alternate-background-color: #f8f6f2; }
"""


def style_sheet(base_point_size: float) -> str:
    """The style sheet with heading sizes relative to the user's own font size.

    Style sheets cannot say "140 % of the font", and a rule that matches a label replaces any
    font set in code, so the relative sizes are worked out here from the base size.
    """
    base = base_point_size if base_point_size > 0 else 10.0
    sizes = {"heading": base * 1.4, "code": base * 1.5, "privacy": base * 1.8}
    text = _TEMPLATE.replace("{", "{{").replace("}", "}}")
    for name in sizes:
        text = text.replace("{{" + name + "}}", "{" + name + "}")
    return text.format(**{name: f"{size:.1f}" for name, size in sizes.items()})


def set_role(widget: QWidget, role: str) -> None:
    """Give a label a style role ("message", "hint", ...) and refresh its look."""
    widget.setProperty("role", role)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
