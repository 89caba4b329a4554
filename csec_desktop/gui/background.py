"""The one way slow work leaves the GUI thread: run a callable on Qt's thread pool.

Results come back through a queued signal to this object, which lives on the GUI thread, so the
callbacks always run there; worker code never touches a widget. A ``CsecError`` reaches
``on_error`` as it is (its message is fit to show). Anything else is reported through the
exception hook (one calm message, nothing logged but the error's type) and ``on_error`` gets a
calm generic error, so the form that waited can come back to life.

No failure can be dropped: a caller that gives no ``on_error`` gets the default failure path,
one calm message box with the error's own (worker-fit) message, in the spirit of Anki's
``CollectionOp``/``QueryOp``.

Long work that counts steps (printing page by page) starts with ``run_steps``: the work gets a
``Progress`` to report steps to and to ask whether the worker pressed Cancel; steps reach
``on_progress`` on the GUI thread, and cancelled work ends in ``on_error`` with ``Cancelled``.
"""

from __future__ import annotations

import itertools
import threading
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


Stepped = Callable[[int, int], None]


class Cancelled(CsecError):
    """The worker asked to stop; the work stopped at the next step and reports this."""


class _Signals(QObject):
    # Created on the GUI thread; emitted from a worker, delivered queued to Background.
    finished = Signal(int, bool, object)
    progressed = Signal(int, int, int)


class Progress:
    """What stepped work holds: report steps done (from any thread) and see a cancel."""

    def __init__(self, task_id: int, signals: _Signals) -> None:
        self._task_id, self._signals = task_id, signals
        self._cancel = threading.Event()

    def step(self, done: int, total: int) -> None:
        """``done`` of ``total`` steps are done; shown on the GUI thread."""
        self._signals.progressed.emit(self._task_id, done, total)

    def cancel(self) -> None:
        """Ask the work to stop (GUI thread); it stops at its next ``stop_if_cancelled``."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def stop_if_cancelled(self, message: str) -> None:
        """Raise ``Cancelled(message)`` once a cancel was asked (called by the work)."""
        if self._cancel.is_set():
            raise Cancelled(message)


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
        self._stepped: dict[int, Stepped] = {}
        self._when_idle: list[Callable[[], None]] = []

    @property
    def is_busy(self) -> bool:
        return bool(self._running)

    def run(self, work: Callable[[], Any], on_done: Done, on_error: Failed | None = None) -> None:
        """Run ``work()`` on a worker thread; then ``on_done(result)`` or ``on_error(error)``
        (by default: ``show_failure``, a calm message box)."""
        self._start(next(self._ids), _Signals(), work, on_done, on_error)

    def run_steps(
        self,
        work: Callable[[Progress], Any],
        on_done: Done,
        on_error: Failed | None = None,
        on_progress: Stepped | None = None,
    ) -> Progress:
        """Like ``run``, for work that reports steps and can be cancelled: ``work(progress)``
        runs on a worker thread; ``on_progress(done, total)`` runs on the GUI thread; the
        returned ``Progress`` is the handle for ``cancel()``."""
        task_id, signals = next(self._ids), _Signals()
        progress = Progress(task_id, signals)
        if on_progress is not None:
            self._stepped[task_id] = on_progress
        signals.progressed.connect(self._progressed)
        self._start(task_id, signals, lambda: work(progress), on_done, on_error)
        return progress

    def _start(
        self,
        task_id: int,
        signals: _Signals,
        work: Callable[[], Any],
        on_done: Done,
        on_error: Failed | None,
    ) -> None:
        signals.finished.connect(self._finished)
        task = _Task(task_id, work, signals)
        was_busy = self.is_busy
        self._running[task_id] = (task, signals, on_done, on_error or show_failure)
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

    @Slot(int, int, int)
    def _progressed(self, task_id: int, done: int, total: int) -> None:
        if task_id in self._running and task_id in self._stepped:
            self._stepped[task_id](done, total)

    @Slot(int, bool, object)
    def _finished(self, task_id: int, ok: bool, result: Any) -> None:
        _task, _signals, on_done, on_error = self._running.pop(task_id)
        self._stepped.pop(task_id, None)
        try:
            if ok:
                on_done(result)
            elif isinstance(result, CsecError):
                on_error(result)
            else:
                exception_hook.report(result)
                on_error(CsecError(exception_hook.calm_message()))
        finally:
            if not self.is_busy:
                self.busy_changed.emit(False)
                pending, self._when_idle = self._when_idle, []
                for callback in pending:
                    callback()
