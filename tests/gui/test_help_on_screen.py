"""Help windows stay on the screen, Close included, however large or low they would open."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from csec_desktop.core.flows.wizard_help import PageHelp
from csec_desktop.gui.help.help_browser import HelpWindow
from csec_desktop.gui.wizard.help_dialog import WizardHelpDialog


def close_button_on_screen(dialog: QWidget) -> bool:
    area = dialog.screen().availableGeometry()
    box = dialog.findChild(QDialogButtonBox)
    close = box.button(QDialogButtonBox.StandardButton.Close)
    bottom_right = close.mapToGlobal(close.rect().bottomRight())
    return close.isVisible() and area.contains(bottom_right)


def test_the_guide_and_the_wizard_help_keep_close_on_the_screen(qtbot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    area = parent.screen().availableGeometry()
    parent.setGeometry(area.x(), area.y(), area.width(), area.height())
    parent.show()
    qtbot.waitExposed(parent)
    page = PageHelp("Outcome", (("What this page is for", "The level of concern."),))
    for dialog in (HelpWindow(parent), WizardHelpDialog(page, parent, "outcome")):
        dialog.resize(area.width() * 2, area.height() * 2)  # as at 200 %: larger than the screen
        dialog.move(area.x() + area.width() // 2, area.y() + area.height() // 2)  # and low
        dialog.show()
        qtbot.waitExposed(dialog)
        assert close_button_on_screen(dialog), type(dialog).__name__
        dialog.close()
