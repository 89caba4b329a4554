"""The mouse wheel over a long form scrolls it; it never changes an unfocused dropdown."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QWidget

from csec_desktop.gui.case_team.meeting_dialog import MeetingDialog
from csec_desktop.gui.widgets.wheel_guard import install_wheel_guard


def wheel_down(widget: QWidget) -> None:
    """One notch of the wheel, pointer over the middle of ``widget``, as the window system
    delivers it (through the application, so its event filters run)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_an_unfocused_basis_scrolls_the_meeting_form_and_keeps_the_basis(
    qtbot, qapp
) -> None:
    install_wheel_guard(qapp)
    assert install_wheel_guard(qapp) is install_wheel_guard(qapp)  # installed once
    dialog = MeetingDialog(None)
    qtbot.addWidget(dialog)
    dialog.resize(dialog.width(), 360)  # short enough that the form scrolls
    dialog.show()
    qtbot.waitExposed(dialog)
    basis = dialog.basis
    basis.setCurrentIndex(basis.findData("wic_18961_7"))
    assert basis.focusPolicy() == Qt.FocusPolicy.StrongFocus  # the wheel never focuses it
    area = dialog.scroll_area
    assert area is not None
    scroll = area.verticalScrollBar()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.decisions.setFocus()
    scroll.setValue(0)
    wheel_down(basis)
    assert basis.currentData() == "wic_18961_7"
    assert not basis.hasFocus()
    assert scroll.value() > 0  # the page took the wheel instead
    # Once the worker chooses to work in the box (click or Tab), the wheel changes it.
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    basis.setFocus()
    assert basis.hasFocus()
    wheel_down(basis)
    assert basis.currentData() != "wic_18961_7"


def test_the_wheel_over_an_unfocused_number_box_leaves_its_number(qtbot, qapp) -> None:
    from PySide6.QtWidgets import QScrollArea, QSpinBox, QVBoxLayout

    install_wheel_guard(qapp)
    area = QScrollArea()
    inner = QWidget()
    column = QVBoxLayout(inner)
    spin = QSpinBox()
    spin.setValue(5)
    column.addWidget(spin)
    column.addSpacing(2000)
    area.setWidget(inner)
    qtbot.addWidget(area)
    area.resize(200, 200)
    area.show()
    qtbot.waitExposed(area)
    wheel_down(spin.lineEdit())  # the pointer over the box's text part
    assert spin.value() == 5 and area.verticalScrollBar().value() > 0
