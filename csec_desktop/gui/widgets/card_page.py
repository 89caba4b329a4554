"""A centred card with a heading: the frame of the sign-in, lock and first-run setup pages."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from csec_desktop.gui.widgets.basics import em, label


class CardPage(QWidget):
    """A centred card with a heading; subclasses add their content to ``self.body``."""

    def __init__(self, heading: str) -> None:
        super().__init__()
        outer = QGridLayout(self)
        outer.setRowStretch(0, 1)
        outer.setRowStretch(2, 2)
        outer.setColumnStretch(0, 1)
        outer.setColumnStretch(2, 1)
        card = QFrame()
        card.setObjectName("card")
        card.setMinimumWidth(em(self, 22))
        card.setMaximumWidth(em(self, 34))
        outer.addWidget(card, 1, 1)
        self.body = QVBoxLayout(card)
        self.heading = label(heading, "heading")
        self.heading.setAccessibleName(heading)
        self.body.addWidget(self.heading)
        self.buttons = QHBoxLayout()

    def finish(self, *buttons: QPushButton) -> None:
        """Lay out the buttons at the bottom right; the last one is the main action."""
        self.buttons.addStretch(1)
        for widget in buttons:
            self.buttons.addWidget(widget)
        if buttons:
            buttons[-1].setDefault(True)
        self.body.addLayout(self.buttons)
