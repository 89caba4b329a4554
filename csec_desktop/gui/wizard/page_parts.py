"""Parts the wizard's pages share: a scrolling page on the calm background, and subheadings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from csec_desktop.gui.setup_pages import label


class ScrollPage(QScrollArea):
    """A page whose content scrolls when it is taller than the window (large fonts, 150 %)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        body = QWidget()
        body.setObjectName("wizardPageBody")
        # The viewport would paint the platform's grey; the dialog's warm background shows instead.
        self.setStyleSheet(
            "QScrollArea { background: transparent; }"
            " QWidget#wizardPageBody { background: transparent; }"
        )
        self.viewport().setAutoFillBackground(False)
        self.box = QVBoxLayout(body)
        self.setWidget(body)


def subheading(text: str) -> QLabel:
    widget = label(text)
    font = widget.font()
    font.setBold(True)
    widget.setFont(font)
    return widget
