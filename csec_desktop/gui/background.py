"""The one way slow work leaves the GUI thread: run a callable on Qt's thread pool.

Results come back through a queued signal to this object, which lives on the GUI thread, so the
callbacks always run there; worker code never touches a widget. A ``CsecError`` reaches
``on_error`` as it is (its message is fit to show). Anything else is reported through the
exception hook (one calm message, nothing logged but the error's type) and ``on_error`` gets a
calm generic error, so the form that waited can come back to life.

No failure can be dropped: a caller that gives no ``on_error`` gets the default failure path,
one calm message box with the error's own (worker-fit) message, in the spirit of Anki's
``CollectionOp``/``QueryOp``.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from csec_desktop.core.errors import CsecError
from csec_desktop.gui import exception_hook

Done = Callable[[Any], None]
Failed = Callable[[CsecError], None]


def show_failure(error: CsecError) -> None:
    """The default failure path: the error's plain message in one calm, non-blocking box."""
    exception_hook.show_calm_message(error.message)


class _Signals(QObject):
    # Created on the GUI thread; emitted from a worker, delivered queued to Background.
    finished = Signal(int, bool, object)


class _Task(QRunnable):
    def __init__(self, task_id: int, work: Callable[[], Any], signals: _Signals) -> None:
        super().__init__()
        self.task_id = task_id
        self.work = work
        self.signals = signals
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result, ok = self.work(), True
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the GUI thread
            result, ok = exc, False
        self.signals.finished.emit(self.task_id, ok, result)


class Background(QObject):
    busy_changed = Signal(bool)

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self._ids = itertools.count(1)
        self._running: dict[int, tuple[_Task, _Signals, Done, Failed]] = {}
        self._when_idle: list[Callable[[], None]] = []

    @property
    def is_busy(self) -> bool:
        return bool(self._running)

    def run(self, work: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        """Run ``work()`` on a worker thread; then ``on_done(result)`` or ``on_error(error)``
        (by default: ``show_failure``, a calm message box)."""
        on_error = on_error or show_failure
        task_id = next(self._ids)
        signals = _Signals()
        signals.finished.connect(self._finished)
        task = _Task(task_id, work, signals)
        was_busy = self.is_busy
        self._running[task_id] = (task, signals, on_done, on_error)
        if not was_busy:
            self.busy_changed.emit(True)
        self.pool.start(task)

    def when_idle(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` now if nothing is running, else once every running task is done."""
        if self.is_busy:
            self._when_idle.append(callback)
        else:
            callback()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the pool is empty (used when quitting); callbacks still run later."""
        return bool(self.pool.waitForDone(timeout_ms))

    @Slot(int, bool, object)
    def _finished(self, task_id: int, ok: bool, result: Any) -> None:
        _task, _signals, on_done, on_error = self._running.pop(task_id)
        try:
            if ok:
                on_done(result)
            elif isinstance(result, CsecError):
                on_error(result)
            else:
                exception_hook.report(result)
                on_error(CsecError(exception_hook.CALM_MESSAGE))
        finally:
            if not self.is_busy:
                self.busy_changed.emit(False)
                pending, self._when_idle = self._when_idle, []
                for callback in pending:
                    callback()
