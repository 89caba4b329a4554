"""Help: About (what the tool is and is not) and the keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from csec_desktop import APP_NAME, __version__
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.gui.widgets.basics import close_buttons, em

# Paragraphs of the About text (translated when shown; the heading is the name and version).
ABOUT_PARAGRAPHS = (
    QT_TRANSLATE_NOOP(
        "AboutDialog",
        "Screening for commercial sexual exploitation of children and youth at key decision "
        "points, and a holistic needs assessment, for California county child welfare and "
        "probation. Exploited youth are victims of abuse; nothing in this tool treats them as "
        "offenders.",
    ),
    QT_TRANSLATE_NOOP(
        "AboutDialog",
        "<b>The screening instruments shipped with this tool are county-configurable defaults, "
        "not validated tools.</b> Each county decides which instrument it uses and may load its "
        "own. A screening result is a level of concern to act on with your team, not proof.",
    ),
    QT_TRANSLATE_NOOP(
        "AboutDialog",
        "Records are kept encrypted on this laptop and sent to the county in signed, encrypted "
        "bundles. No network is needed to work.",
    ),
    QT_TRANSLATE_NOOP(
        "AboutDialog", "National Human Trafficking Hotline: 1-888-373-7888, text 233733."
    ),
)

SHORTCUTS = (
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "F12 or Ctrl+Shift+H"),
     QT_TRANSLATE_NOOP("ShortcutsDialog",
                       "Privacy screen: hide everything at once (passphrase to return)")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("ShortcutsDialog", "Lock now")),
    ("Ctrl+Q", QT_TRANSLATE_NOOP("ShortcutsDialog", "Quit")),
    ("F1", QT_TRANSLATE_NOOP("ShortcutsDialog", "Help for this screen (the user guide)")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("ShortcutsDialog", "Add a youth")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("ShortcutsDialog", "Search the caseload")),
    ("Ctrl+P", QT_TRANSLATE_NOOP("ShortcutsDialog",
                                 "Print the selected screening, or the timeline on its tab")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "The main button of a form or dialog")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Esc"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Close a dialog without changes")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Tab / Shift+Tab"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Next / previous field")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt + underlined letter"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Go to that field or button")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Down (in the caseload search)"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Move into the list of youth")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Enter (in the caseload)"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Open the highlighted youth's page")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Alt+R, Alt+V (in the caseload)"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Sort by a column; reverse the order")),
    (QT_TRANSLATE_NOOP("ShortcutsDialog", "Esc (on a youth's page)"),
     QT_TRANSLATE_NOOP("ShortcutsDialog", "Back to the caseload")),
)  # fmt: skip


def about_html() -> str:
    """The About text in the worker's language."""
    paragraphs = "".join(f"<p>{translate('AboutDialog', text)}</p>" for text in ABOUT_PARAGRAPHS)
    return f"<h3>{APP_NAME} {__version__}</h3>{paragraphs}"


class TextDialog(QDialog):
    def __init__(self, title: str, html: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.text = QLabel(html)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(em(self, 26))
        self.text.setAccessibleName(title)
        buttons = close_buttons(translate("TextDialog", "Close"), self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


def about_dialog(parent: QWidget) -> TextDialog:
    title = translate("AboutDialog", "About {app}").format(app=APP_NAME)
    return TextDialog(title, about_html(), parent)


def shortcuts_dialog(parent: QWidget) -> TextDialog:
    rows = "".join(
        f"<tr><td style='padding-right:1em'><b>{translate('ShortcutsDialog', keys)}</b></td>"
        f"<td>{translate('ShortcutsDialog', what)}</td></tr>"
        for keys, what in SHORTCUTS
    )
    title = translate("ShortcutsDialog", "Keyboard shortcuts")
    return TextDialog(title, f"<table>{rows}</table>", parent)
