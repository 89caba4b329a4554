"""An unexpected error shows one calm message and logs only its type and place."""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from csec_desktop.core.errors import CsecError, ValidationError
from csec_desktop.gui import exception_hook
from csec_desktop.gui.background import Background

SECRET_CONTENT = "Jane Example, born 2011-04-02"


@pytest.fixture
def hook() -> Iterator[None]:
    saved = sys.excepthook
    exception_hook.install()
    yield
    sys.excepthook = saved


def fail_with_record_content() -> None:
    raise ValueError(SECRET_CONTENT)


@pytest.mark.qt_no_exception_capture
def test_error_in_a_slot_shows_one_calm_message_without_the_content(
    qtbot: Any, hook: None, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="csec_desktop")
    QTimer.singleShot(0, fail_with_record_content)
    QTimer.singleShot(0, fail_with_record_content)
    qtbot.waitUntil(lambda: exception_hook._open_box is not None)
    box = exception_hook._open_box
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert box.text() == exception_hook.CALM_MESSAGE
    assert "Traceback" not in box.text() and box.detailedText() == ""
    assert box.icon() is QMessageBox.Icon.Information  # calm, not a red error icon
    qtbot.wait(50)
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert [w for w in shown if w.isVisible()] == [box]  # two errors, one message
    assert "ValueError at" in caplog.text and "fail_with_record_content" in caplog.text
    assert SECRET_CONTENT not in caplog.text
    box.close()


def test_background_failures_come_back_on_the_gui_thread(
    qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.ERROR, logger="csec_desktop")
    background = Background()
    errors: list[CsecError] = []
    results: list[int] = []

    def refuse() -> None:
        raise ValidationError("Enter a display name of 1 to 100 characters.")

    background.run(lambda: 6 * 7, results.append, errors.append)
    background.run(refuse, results.append, errors.append)
    background.run(fail_with_record_content, results.append, errors.append)
    qtbot.waitUntil(lambda: not background.is_busy, timeout=5_000)
    assert results == [42]
    messages = sorted(error.message for error in errors)
    assert messages == sorted(
        ["Enter a display name of 1 to 100 characters.", exception_hook.CALM_MESSAGE]
    )
    assert "ValueError at" in caplog.text and SECRET_CONTENT not in caplog.text
    if exception_hook._open_box is not None:
        exception_hook._open_box.close()


def test_when_idle_runs_after_the_last_task(qtbot: Any) -> None:
    background = Background()
    order: list[str] = []
    background.when_idle(lambda: order.append("idle at once"))
    background.run(lambda: "work", order.append, lambda _e: None)
    background.when_idle(lambda: order.append("idle after"))
    assert order == ["idle at once"]
    qtbot.waitUntil(lambda: not background.is_busy, timeout=5_000)
    assert order == ["idle at once", "work", "idle after"]


def test_stepped_work_reports_progress_on_the_gui_thread_and_stops_on_cancel(qtbot: Any) -> None:
    import threading

    from csec_desktop.gui.background import Cancelled, Progress

    background = Background()
    steps: list[tuple[int, int, bool]] = []
    ended: list[object] = []
    started, release = threading.Event(), threading.Event()

    def count_to_five(progress: Progress) -> int:
        for done in range(1, 6):
            progress.stop_if_cancelled("Stopped.")
            progress.step(done, 5)
            started.set()
            release.wait(5)
        return 5

    on_gui = threading.current_thread
    job = background.run_steps(
        count_to_five,
        ended.append,
        ended.append,
        lambda done, total: steps.append((done, total, on_gui() is threading.main_thread())),
    )
    qtbot.waitUntil(lambda: steps == [(1, 5, True)], timeout=5_000)
    job.cancel()
    release.set()
    qtbot.waitUntil(lambda: not background.is_busy, timeout=5_000)
    assert len(ended) == 1 and isinstance(ended[0], Cancelled) and ended[0].message == "Stopped."
    assert steps[0] == (1, 5, True) and all(on_main for _d, _t, on_main in steps)


def test_work_without_an_error_handler_still_says_its_failure(qtbot: Any) -> None:
    """No call site can drop an error: with no ``on_error`` the default path shows it."""
    if exception_hook._open_box is not None:
        exception_hook._open_box.close()  # one box at a time: start with none open
    background = Background()

    def refuse() -> None:
        raise ValidationError("The copy could not be saved: the folder is read-only.")

    background.run(refuse, lambda _result: None)
    qtbot.waitUntil(lambda: not background.is_busy, timeout=5_000)
    box = exception_hook._open_box
    assert box is not None and box.isVisible()
    assert box.text() == "The copy could not be saved: the folder is read-only."
    box.close()
