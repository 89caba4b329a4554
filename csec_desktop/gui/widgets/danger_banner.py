"""Banners across the top of a screen: the red "danger now" banner, and the shared frame that
the youth page's urgency banner (overdue duties, missing now) reuses.

The "danger now" banner is shown across the rest of a screening once an item tagged
``safety_now`` is answered yes, and on the youth's page while the safety duty is open. A banner
takes no focus from the form (the worker may be mid-answer); its buttons are reachable by
keyboard and its text is read by screen readers.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from csec_desktop.gui.widgets.basics import button

HEADING = "Danger now: the youth may be in danger, or the person exploiting them may be nearby."
STYLE = (
    "QFrame#DangerBanner { background: #8b0000; border-radius: 4px; }"
    "QFrame#DangerBanner QLabel { color: white; font-weight: bold; }"
)


class Banner(QFrame):
    """A row with an optional icon, wrapped text and buttons; hidden until there is news."""

    def __init__(self, name: str, text_name: str) -> None:
        super().__init__()
        self.setAccessibleName(name)
        self.icon = QLabel()
        self.icon.setAccessibleName(f"{name} sign")
        self.icon.hide()
        self.text = QLabel("")
        self.text.setWordWrap(True)
        self.text.setAccessibleName(text_name)
        self.row = QHBoxLayout(self)
        self.row.addWidget(self.icon)
        self.row.addWidget(self.text, 1)
        self.hide()

    def add_button(self, text: str, name: str, on_click: Callable[[], None]) -> QPushButton:
        widget = button(text, name)
        widget.clicked.connect(on_click)
        self.row.addWidget(widget)
        return widget


class DangerBanner(Banner):
    def __init__(self, procedure: str, on_acknowledge: Callable[[], None]) -> None:
        super().__init__("Danger now", "Safety procedure")
        self.setObjectName("DangerBanner")
        self.setStyleSheet(STYLE)
        call = "" if "911" in procedure else " Call 911 if anyone is in danger now."
        self.text.setText(f"{HEADING}\n{procedure}{call}")
        self.acknowledge = self.add_button(
            "Safety procedure follo&wed", "Acknowledge: safety procedure followed", on_acknowledge
        )
