"""The focus ring around a wizard answer clears its last letter ("No concern", not "No concerr")."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QRadioButton, QWidget

from csec_desktop.gui.style import style_sheet


def test_an_answer_button_leaves_room_between_its_words_and_its_focus_ring(qtbot, qapp) -> None:
    full = style_sheet(qapp.font().pointSizeF())
    bare = "\n".join(line for line in full.splitlines() if "the ring clears" not in line)
    assert bare != full
    widths = []
    try:
        for sheet in (bare, full):
            qapp.setStyleSheet(sheet)
            holder = QWidget()
            qtbot.addWidget(holder)
            radio = QRadioButton("0   No concern", holder)
            radio.ensurePolished()
            widths.append(radio.sizeHint().width())
    finally:
        qapp.setStyleSheet(full)
    em = QFontMetrics(qapp.font()).height()
    assert widths[1] - widths[0] >= 0.3 * em  # space to the right of the words for the ring
