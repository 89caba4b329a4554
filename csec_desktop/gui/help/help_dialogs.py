"""Help: About (what the tool is and is not) and the keyboard shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from csec_desktop import APP_NAME, __version__
from csec_desktop.gui.widgets.basics import em

ABOUT_TEXT = (
    f"<h3>{APP_NAME} {__version__}</h3>"
    "<p>Screening for commercial sexual exploitation of children and youth at key decision "
    "points, and a holistic needs assessment, for California county child welfare and "
    "probation. Exploited youth are victims of abuse; nothing in this tool treats them as "
    "offenders.</p>"
    "<p><b>The screening instruments shipped with this tool are county-configurable defaults, "
    "not validated tools.</b> Each county decides which instrument it uses and may load its "
    "own. A screening result is a level of concern to act on with your team, not proof.</p>"
    "<p>Records are kept encrypted on this laptop and sent to the county in signed, encrypted "
    "bundles. No network is needed to work.</p>"
    "<p>National Human Trafficking Hotline: 1-888-373-7888, text 233733.</p>"
)

SHORTCUTS = (
    ("F12 or Ctrl+Shift+H", "Privacy screen: hide everything at once (passphrase to return)"),
    ("Ctrl+L", "Lock now"),
    ("Ctrl+Q", "Quit"),
    ("F1", "Help for this screen (the user guide)"),
    ("Ctrl+N", "Add a youth"),
    ("Ctrl+F", "Search the caseload"),
    ("Ctrl+P", "Print the selected screening, or the timeline on its tab"),
    ("Enter", "The main button of a form or dialog"),
    ("Esc", "Close a dialog without changes"),
    ("Tab / Shift+Tab", "Next / previous field"),
    ("Alt + underlined letter", "Go to that field or button"),
    ("Down (in the caseload search)", "Move into the list of youth"),
    ("Enter (in the caseload)", "Open the highlighted youth's page"),
    ("Alt+R, Alt+V (in the caseload)", "Sort by a column; reverse the order"),
    ("Esc (on a youth's page)", "Back to the caseload"),
)


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
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


def about_dialog(parent: QWidget) -> TextDialog:
    return TextDialog(f"About {APP_NAME}", ABOUT_TEXT, parent)


def shortcuts_dialog(parent: QWidget) -> TextDialog:
    rows = "".join(
        f"<tr><td style='padding-right:1em'><b>{keys}</b></td><td>{what}</td></tr>"
        for keys, what in SHORTCUTS
    )
    return TextDialog("Keyboard shortcuts", f"<table>{rows}</table>", parent)
