"""How an urgency level looks in a list: red for overdue, amber for due today, with an icon.

The colours come from the one palette (``gui.style``); the words ("overdue by 3 hours",
"Overdue") are always the cell's own text, so colour is never the only signal. One table maps
each level to its look; a level without an entry is painted plainly.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPixmap

from csec_desktop.core.records.urgency import DueLevel
from csec_desktop.gui.style import PALETTE

# level -> (background, text, icon colour, icon shape)
LOOKS: dict[DueLevel, tuple[str, str, str, str]] = {
    DueLevel.OVERDUE: ("overdue_bg", "overdue_ink", "overdue_edge", "circle"),
    DueLevel.DUE_TODAY: ("today_bg", "today_ink", "today_edge", "triangle"),
}


@cache
def urgency_icon(level: DueLevel) -> QIcon:
    """A small "!" in a red circle (overdue) or an amber triangle (due today): two shapes, so
    the icon differs even for someone who cannot tell the colours apart."""
    if level not in LOOKS:
        return QIcon()
    _bg, _ink, colour, shape = LOOKS[level]
    size = 32
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(PALETTE[colour]))
    if shape == "circle":
        painter.drawEllipse(QRectF(2, 2, size - 4, size - 4))
    else:
        path = QPainterPath(QPointF(size / 2, 2))
        path.lineTo(size - 2, size - 3)
        path.lineTo(2, size - 3)
        path.closeSubpath()
        painter.drawPath(path)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(20)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(QRectF(0, 3, size, size), Qt.AlignmentFlag.AlignCenter, "!")
    painter.end()
    return QIcon(pixmap)


def urgency_role(level: DueLevel, role: int, icon: bool = False) -> Any:
    """The model data for ``role`` of a cell at ``level`` (None for a plain cell)."""
    look = LOOKS.get(level)
    if look is None:
        return None
    if role == Qt.ItemDataRole.BackgroundRole:
        return QBrush(QColor(PALETTE[look[0]]))
    if role == Qt.ItemDataRole.ForegroundRole:
        return QBrush(QColor(PALETTE[look[1]]))
    if role == Qt.ItemDataRole.DecorationRole and icon:
        return urgency_icon(level)
    return None
