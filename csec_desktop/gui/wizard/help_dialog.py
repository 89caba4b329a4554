"""F1 on a wizard page: the page's help (core/flows/wizard_help.py) in a simple dialog.

A shared help viewer for the whole app can take this text instead; the text itself stays in
the core table.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from csec_desktop.core.flows.wizard_help import PageHelp
from csec_desktop.gui.widgets import em


def help_html(page_help: PageHelp) -> str:
    parts = "".join(
        f"<h4>{escape(heading)}</h4><p>{escape(text)}</p>" for heading, text in page_help.parts
    )
    return f"<h3>{escape(page_help.title)}</h3>{parts}"


class WizardHelpDialog(QDialog):
    def __init__(self, page_help: PageHelp, parent: QWidget) -> None:
        super().__init__(parent)
        title = f"Help: {page_help.title}"
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.text = QTextBrowser()
        self.text.setAccessibleName(title)
        self.text.setHtml(help_html(page_help))
        self.text.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName("Close")
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.text, 1)
        box.addWidget(buttons)
        # Scrolls inside; never taller than the screen (1366 x 768 at 200 %).
        screen = parent.screen().availableGeometry() if parent.screen() else None
        width, height = em(self, 34), em(self, 30)
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 60)
        self.resize(width, height)
        self.text.setFocus()
