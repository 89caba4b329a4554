"""Keeps the mouse wheel from changing a dropdown or number box the worker is only scrolling past.

Over a long form (the MDT meeting form, the safety plan) the wheel scrolls the page; when the
pointer passes over a combo box or spin box, Qt would otherwise hand the wheel to that box and
silently change its value (the sharing basis flipped from WIC 18961.7 to WIC 830). Installed once
on the QApplication: such a box takes the wheel only while it has keyboard focus (the worker
clicked or tabbed into it); otherwise the wheel goes on to the page around it, which scrolls.
Boxes get ``StrongFocus`` as they are polished, so the wheel itself never focuses them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QWidget,
)

_GUARDED = (QComboBox, QAbstractSpinBox)


def _guarded_box(widget: QObject) -> QWidget | None:
    """The combo or spin box ``widget`` is, or is inside (a spin box's line edit), or None."""
    current: QObject | None = widget
    for _ in range(3):  # the box itself, its line edit, that edit's viewport at most
        if isinstance(current, _GUARDED):
            return current
        if not isinstance(current, QWidget):
            return None
        current = current.parentWidget()
    return None


def _scroll_area_around(widget: QWidget) -> QAbstractScrollArea | None:
    # Qt does not pass a re-sent wheel event on to parents, so it goes to the area itself.
    current = widget.parentWidget()
    while current is not None and not isinstance(current, QAbstractScrollArea):
        current = current.parentWidget()
    return current


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, _GUARDED):
            if watched.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        box = _guarded_box(watched)
        if box is None or box.hasFocus() or box.isAncestorOf(QApplication.focusWidget()):
            return False
        area = _scroll_area_around(box)
        if area is not None:  # the page around the box scrolls instead
            QCoreApplication.sendEvent(area.viewport(), event)
        return True


def install_wheel_guard(app: QCoreApplication) -> WheelGuard:
    """Installs the guard on ``app`` once (later calls return the same guard)."""
    guard = app.findChild(WheelGuard)
    if guard is None:
        guard = WheelGuard(app)
        app.installEventFilter(guard)
    return guard
