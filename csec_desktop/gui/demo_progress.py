"""A progress window while the first ``--demo`` launch fills its fictional caseload.

Creating the demo vault (key derivation, then a few hundred fictional youth with screenings
and duties) takes several seconds; without this nothing was on screen meanwhile. The work runs
on a worker thread; the window counts the youth as they are added and cannot be cancelled
(a half-made demo vault would be reused as it is). A failure is raised again on the GUI thread
for the caller's usual one-line message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QProgressBar, QProgressDialog

from csec_desktop.gui.background import Background
from csec_desktop.gui.widgets.basics import em

TITLE = "Preparing the demo"
LABEL = "Preparing the demo laptop: adding fictional youth ({done} of {total})…"
START = "Preparing the demo laptop: setting up its encrypted vault…"


class _Relay(QObject):
    """Lives on the GUI thread: ``step`` emitted by the worker is queued to ``show`` here, so
    the window is only ever touched by the GUI thread."""

    step = Signal(int, int)

    def __init__(self, dialog: QProgressDialog) -> None:
        super().__init__()
        self.dialog = dialog
        self.step.connect(self.show, Qt.ConnectionType.QueuedConnection)

    @Slot(int, int)
    def show(self, done: int, of: int) -> None:
        self.dialog.setLabelText(LABEL.format(done=done, total=of))
        self.dialog.setRange(0, max(of, 1))
        self.dialog.setValue(done)


def with_progress(
    work: Callable[[Callable[[int, int], None]], Any], total: int, parent: Any = None
) -> Any:
    """Run ``work(progress)`` on a worker thread with a progress window; return its result
    (or raise its error) once it is done."""
    # A moving "busy" bar while the vault's keys are made (no count to show yet); the count of
    # youth once seeding reports its first batch.
    dialog = QProgressDialog(START, "", 0, 0, parent)
    dialog.setWindowTitle(TITLE)
    dialog.setAccessibleName(TITLE)
    dialog.setCancelButton(None)  # type: ignore[arg-type]  # nothing to cancel safely
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    bar = QProgressBar()
    bar.setTextVisible(False)  # the label counts the youth in words
    bar.setAccessibleName("Demo preparation progress")
    dialog.setBar(bar)
    dialog.setMinimumWidth(em(dialog, 30))
    relay = _Relay(dialog)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(result: Any) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(error: BaseException) -> None:
        outcome["error"] = error
        loop.quit()

    dialog.show()  # before the work starts, so a quick job cannot finish with nothing shown
    background = Background()
    background.run(lambda: work(relay.step.emit), done, failed)
    loop.exec()
    background.wait()
    dialog.close()
    dialog.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("result")


def create_demo_vault(folder: Path, youth: int) -> None:
    """Create the demo vault in ``folder`` with ``youth`` fictional youth, showing progress."""
    from csec_desktop.core.demo import ensure_demo_vault
    from csec_desktop.core.errors import VaultError

    def work(progress: Callable[[int, int], None]) -> None:
        try:
            ensure_demo_vault(folder, youth=youth, progress=progress)
        except OSError as exc:  # the same one line the app gives for any unusable folder
            raise VaultError(f"cannot use {exc.filename or folder}: {exc.strerror}") from None

    with_progress(work, youth)
