"""F1 on a wizard page: the page's help (core/flows/wizard_help.py) in a simple dialog.

The text stays in the core table; "Open the user guide" goes to the guide's matching part
(``help_browser``).
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from csec_desktop.core.flows.wizard_help import PageHelp
from csec_desktop.core.i18n import translate
from csec_desktop.gui.help.help_browser import show_help
from csec_desktop.gui.widgets.basics import close_buttons, em, keep_on_screen


def help_html(page_help: PageHelp) -> str:
    parts = "".join(
        f"<h4>{escape(heading)}</h4><p>{escape(text)}</p>" for heading, text in page_help.parts
    )
    return f"<h3>{escape(page_help.title)}</h3>{parts}"


class WizardHelpDialog(QDialog):
    def __init__(self, page_help: PageHelp, parent: QWidget, guide_topic: str = "screen") -> None:
        super().__init__(parent)
        title = translate("WizardHelpDialog", "Help: {title}").format(title=page_help.title)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.text = QTextBrowser()
        self.text.setAccessibleName(title)
        self.text.setHtml(help_html(page_help))
        self.text.setOpenLinks(False)
        buttons = close_buttons(translate("WizardHelpDialog", "Close"), self.reject)
        guide = buttons.addButton(
            translate("WizardHelpDialog", "Open the &user guide"),
            QDialogButtonBox.ButtonRole.HelpRole,
        )
        guide.setAccessibleName(translate("WizardHelpDialog", "Open the user guide"))
        # The day-to-day journeys are in the guide; this page's own help stays above.
        guide.clicked.connect(lambda: show_help(guide_topic, parent.window()))
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        keep_on_screen(self)  # placed over a tall wizard, Close could fall below the screen
