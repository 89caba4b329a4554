"""Watches every input event in the application: restarts the idle timer, catches the privacy key.

Installed once on the QApplication, so it sees keys and clicks in every window and dialog. The
privacy key is handled here rather than as a QShortcut because a shortcut of the main window is
blocked while a modal dialog is open, and the privacy screen must work from anywhere, at once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence

# F12, plus a chord for keyboards whose F-keys need an Fn modifier.
PRIVACY_KEYS = (QKeySequence("F12"), QKeySequence("Ctrl+Shift+H"))
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


def is_privacy_key(event: QKeyEvent) -> bool:
    pressed = QKeySequence(event.keyCombination())
    return any(
        pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in PRIVACY_KEYS
    )


class InputWatcher(QObject):
    idle = Signal()
    privacy_key = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.privacy_enabled = False

    def start_idle_timer(self, minutes: float) -> None:
        self.set_interval_ms(int(minutes * 60_000))

    def set_interval_ms(self, interval_ms: int) -> None:
        self.timer.start(max(1, interval_ms))

    def stop_idle_timer(self) -> None:
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _ACTIVITY and kind != QEvent.Type.ShortcutOverride:
            return False
        if isinstance(event, QKeyEvent) and self.privacy_enabled and is_privacy_key(event):
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # keep it from being taken as another shortcut
                return False
            self.privacy_key.emit()
            return True
        if kind in _ACTIVITY and self.timer.isActive():
            self.timer.start()  # restart with the same interval
        return False
