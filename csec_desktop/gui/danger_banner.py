"""The red "danger now" banner: the county's safety procedure and 911, until acknowledged.

Shown across the rest of a screening once an item tagged ``safety_now`` is answered yes, and on
the youth's page while the safety duty is open. It takes no focus from the form (the worker may
be mid-answer); its button is reachable by keyboard and its text is read by screen readers.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel

from csec_desktop.gui.widgets import button

HEADING = "Danger now: the youth may be in danger, or the person exploiting them may be nearby."
STYLE = (
    "QFrame#DangerBanner { background: #8b0000; border-radius: 4px; }"
    "QFrame#DangerBanner QLabel { color: white; font-weight: bold; }"
)


class DangerBanner(QFrame):
    def __init__(self, procedure: str, on_acknowledge: Callable[[], None]) -> None:
        super().__init__()
        self.setObjectName("DangerBanner")
        self.setStyleSheet(STYLE)
        self.setAccessibleName("Danger now")
        call = "" if "911" in procedure else " Call 911 if anyone is in danger now."
        self.text = QLabel(f"{HEADING}\n{procedure}{call}")
        self.text.setWordWrap(True)
        self.text.setAccessibleName("Safety procedure")
        self.acknowledge = button(
            "Safety procedure follo&wed", "Acknowledge: safety procedure followed"
        )
        self.acknowledge.clicked.connect(on_acknowledge)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.acknowledge)
        self.hide()
