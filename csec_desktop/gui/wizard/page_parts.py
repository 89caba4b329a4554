"""Parts the wizard's pages share: a scrolling page on the calm background, and subheadings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.gui.widgets.basics import label


class ScrollPage(QScrollArea):
    """A page whose content scrolls when it is taller than the window (large fonts, 150 %)."""

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Text wraps to the window's width instead: a sideways scroll bar hides words.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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


LINK = (
    "QPushButton { border: none; background: transparent; color: #1d4a4d;"
    " text-decoration: underline; text-align: left; padding: 0.2em 0.3em; }"
    " QPushButton:focus { border: 2px solid #1d4a4d; border-radius: 0.3em; }"
)


def link_button(text: str, accessible_name: str) -> QPushButton:
    """A button that reads as a link; long text is cut short rather than widening the page."""
    shown = text if len(text) <= 90 else text[:89].rstrip() + "…"
    widget = QPushButton(shown)
    widget.setAccessibleName(accessible_name)
    widget.setAutoDefault(False)
    widget.setStyleSheet(LINK)
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    return widget


def subheading(text: str) -> QLabel:
    widget = label(text)
    font = widget.font()
    font.setBold(True)
    widget.setFont(font)
    return widget
