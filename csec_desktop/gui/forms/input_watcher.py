"""Watches every input event in the application: restarts the idle timer, catches the privacy key.

Installed once on the QApplication, so it sees keys and clicks in every window and dialog. The
privacy key is handled here rather than as a QShortcut because a shortcut of the main window is
blocked while a modal dialog is open, and the privacy screen must work from anywhere, at once.

Qt's timers count monotonic time, which stops while the laptop sleeps, so the idle timer alone
would let a laptop wake up unlocked. A second timer therefore compares clocks every few seconds:
when the wall clock moved much further than the monotonic clock since the last check, the
laptop was suspended (``suspended``: lock now); when the wall-clock time since the last input
is past the limit, ``idle`` fires even if the idle timer has not.
"""

from __future__ import annotations

import time
from collections.abc import Callable

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


CHECK_MS = 5_000  # how often the clocks are compared
SLEEP_GAP_S = 30.0  # wall clock ahead of monotonic by this much: the laptop was asleep


class InputWatcher(QObject):
    idle = Signal()
    suspended = Signal()
    privacy_key = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        wall: Callable[[], float] = time.time,
        mono: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.wall, self.mono = wall, mono
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.clock_check = QTimer(self)
        self.clock_check.setInterval(CHECK_MS)
        self.clock_check.timeout.connect(self.check_clock)
        self.privacy_enabled = False
        self.limit_s = 0.0
        self.last_input = self._ticks = (0.0, 0.0)

    def start_idle_timer(self, minutes: float) -> None:
        self.set_interval_ms(int(minutes * 60_000))

    def set_interval_ms(self, interval_ms: int) -> None:
        self.limit_s = max(1, interval_ms) / 1000
        self.timer.start(max(1, interval_ms))
        self._input_now()
        self.clock_check.start()

    def stop_idle_timer(self) -> None:
        self.timer.stop()
        self.clock_check.stop()

    def _input_now(self) -> None:
        self.last_input = self._ticks = (self.wall(), self.mono())

    def check_clock(self) -> None:
        """Compare the clocks (every ``CHECK_MS``, and at once after a wake-up's first tick)."""
        if not self.timer.isActive():
            return
        wall, mono = self.wall(), self.mono()
        last_wall, last_mono = self._ticks
        self._ticks = (wall, mono)
        if (wall - last_wall) - (mono - last_mono) > SLEEP_GAP_S:
            self.suspended.emit()
        elif wall - self.last_input[0] >= self.limit_s:
            self.idle.emit()

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
            self.last_input = (self.wall(), self.mono())
        return False
