"""Alerts beside a name drawn as chips: "Danger now" in dark red, "Missing now" in red,
"Identified" in purple.

The text is the cell's display text too, so screen readers and sorting see the same words.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from csec_desktop.gui.caseload.table_model import CHIPS_ROLE, chip_words

COLOURS = {
    "Danger now": QColor("#8b0000"),  # the youth page's danger banner's red
    "Missing now": QColor("#b00020"),
    "Identified": QColor("#5b2a86"),
}


class ChipDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        chips = index.data(CHIPS_ROLE) or ()
        if not chips:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = option.fontMetrics
        x = option.rect.x() + 4
        height = metrics.height() + 4
        y = option.rect.y() + (option.rect.height() - height) // 2
        for chip in chips:
            text = chip_words(chip)
            width = metrics.horizontalAdvance(text) + 12
            box = QRect(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(COLOURS.get(chip, QColor("#444444")))
            painter.drawRoundedRect(box, height / 2, height / 2)
            painter.setPen(QColor("white"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            x += width + 4
        painter.restore()
