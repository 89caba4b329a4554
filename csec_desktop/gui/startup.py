"""Starting the desktop app in two steps, so the sign-in window is on screen at once.

Step one, before the event loop runs: Qt, the main window and the sign-in form only. The vault
layer (SQLCipher, the key-slot cryptography, pydantic for the county policy) takes longer to
import than Qt itself, and nobody can type a passphrase that fast anyway.
Step two starts as soon as the sign-in page has been painted: a worker thread imports the vault
layer while the window already takes typing, then the GUI thread wraps the controller around
the window that is showing. A sign-in asked for before step two has finished waits, with the
busy bar, and then goes ahead (``SignInPage.attach_vault``).

First-run setup needs the vault layer from its first page, so it starts in one step
(``app.build``); so does the creation of a new demo vault.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication

from csec_desktop import APP_NAME
from csec_desktop.core.errors import CsecError, VaultError
from csec_desktop.gui.app_icon import set_app_icon
from csec_desktop.gui.background import Background
from csec_desktop.gui.main_window import MainWindow
from csec_desktop.gui.sign_in.sign_in_page import SignInPage
from csec_desktop.startup_probe import mark_ready

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from csec_desktop.core.demo_logins import DemoLogin
    from csec_desktop.gui.controller import AppController

# Imported on the worker thread: pure Python and extension modules, no Qt classes defined.
VAULT_LAYER = (
    "csec_desktop.core.vault.device_vault",
    "csec_desktop.core.vault.session",
    "csec_desktop.core.flows.app_state",
    "csec_desktop.core.flows.setup_flow",
    "csec_desktop.core.passphrase_rules",
)
# Step two also starts without a paint, in case the window manager never exposes the window
# (started minimised, say): the app must not wait for a paint that does not come.
UNPAINTED_START_MS = 1_000


def import_vault_layer() -> None:
    for name in VAULT_LAYER:
        try:
            importlib.import_module(name)
        except ImportError as exc:  # a damaged or incomplete installation
            raise VaultError(
                f"this installation cannot load {exc.name or name}; run "
                "\u201ccsec-desktop --self-test\u201d and reinstall the app if it fails"
            ) from None


class StagedStart:
    """Shows the sign-in window for the vault in ``folder`` now; builds the rest just after."""

    def __init__(
        self,
        folder: Path,
        demo_logins: tuple[DemoLogin, ...] = (),
        background: Background | None = None,
    ) -> None:
        self.folder = folder
        self.demo_logins = demo_logins
        self.background = background or Background()
        self.controller: AppController | None = None
        self.failure: QMessageBox | None = None
        self._loading = False
        self._closed = False
        self.window = MainWindow()
        self.sign_in = SignInPage(None, self.background)
        self.window.add_page(self.sign_in)
        if demo_logins:
            self.sign_in.show_demo_logins(demo_logins)
        self.window.show_page(self.sign_in, working=False)
        self.sign_in.reset()
        self.window.closing.connect(self._window_closing)
        # Queued, so the paint that announced itself finishes before the thread starts.
        self.sign_in.first_painted.connect(lambda: QTimer.singleShot(0, self.load))
        QTimer.singleShot(UNPAINTED_START_MS, self.load)

    def show(self) -> None:
        self.window.fit_to_screen()
        self.window.show()

    def load(self) -> None:
        """Step two: import the vault layer in the background, then attach the controller."""
        if self._loading:
            return
        self._loading = True
        self.background.run(import_vault_layer, lambda _none: self._attach(), self._failed)

    def _window_closing(self) -> None:
        """Closed before step two finished: let the import end (a thread cut off while the
        program exits prints a traceback) and build nothing. Later the controller handles it."""
        if self.controller is None:
            self._closed = True
            self.background.wait()

    def _attach(self) -> None:
        if self._closed:
            return
        from csec_desktop.core.vault.device_vault import DeviceVault
        from csec_desktop.gui.controller import AppController

        try:
            self.controller = AppController(
                DeviceVault(self.folder),
                self.background,
                self.demo_logins,
                window=self.window,
                sign_in=self.sign_in,
            )
        except CsecError as exc:
            self._failed(exc)
            return
        except OSError as exc:
            where = exc.filename or self.folder
            self._failed(VaultError(f"cannot use {where}: {exc.strerror}"))
            return
        app = QApplication.instance()
        if isinstance(app, QApplication):
            set_app_icon(app)
        mark_ready()

    def _failed(self, error: CsecError) -> None:
        """The app cannot run: say why in one line (also on stderr, for a terminal); closing
        the message quits with the error's exit code."""
        from PySide6.QtWidgets import QMessageBox

        print(f"csec-desktop: {error.message}", file=sys.stderr)
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            APP_NAME,
            error.message,
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # may name a path or file content
        box.setAccessibleName("The app cannot start")
        box.finished.connect(lambda _result: QCoreApplication.exit(error.exit_code))
        box.open()
        self.failure = box
