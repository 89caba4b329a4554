"""The first demo launch shows a progress window while the fictional caseload is made."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog

from csec_desktop.core.errors import VaultError
from csec_desktop.gui.demo_progress import LABEL, with_progress


def test_the_work_runs_off_the_gui_thread_and_the_window_counts_it(qapp) -> None:
    seen: list[str] = []
    looked = threading.Event()

    def look() -> None:  # on the GUI thread, once the progress window's loop runs
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        seen.extend(w.windowTitle() for w in windows if w.isVisible())
        looked.set()

    def work(progress) -> str:
        assert threading.current_thread() is not threading.main_thread()
        for done in (10, 20, 30):
            progress(done, 30)
        assert looked.wait(10)  # the window is looked at while the work runs
        return "made"

    QTimer.singleShot(0, look)
    assert with_progress(work, 30) == "made"
    assert seen == ["Preparing the demo"]  # on screen while the work ran
    assert LABEL.format(done=30, total=30).startswith("Preparing the demo laptop")


def test_a_failure_reaches_the_caller_on_the_gui_thread(qapp) -> None:
    def work(_progress) -> None:
        raise VaultError("cannot use /nowhere: Permission denied")

    with pytest.raises(VaultError, match="Permission denied"):
        with_progress(work, 1)
