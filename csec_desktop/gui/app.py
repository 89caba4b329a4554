"""``csec-desktop``: the desktop app. Parses the options, builds the window, runs the loop.

Nothing here imports the vault layer at module level: with a vault in place the sign-in window
shows first and the rest loads behind it (``gui.startup``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from csec_desktop import APP_ID, APP_NAME, __version__
from csec_desktop.core.errors import CsecError, VaultError
from csec_desktop.core.paths import default_data_dir
from csec_desktop.core.process_guard import no_core_dumps, private_temp
from csec_desktop.core.vault.files import vault_exists
from csec_desktop.gui import exception_hook, qt_probe
from csec_desktop.gui.app_icon import set_app_icon
from csec_desktop.gui.startup import StagedStart
from csec_desktop.gui.style import style_sheet
from csec_desktop.gui.widgets.wheel_guard import install_wheel_guard

if TYPE_CHECKING:
    from csec_desktop.core.demo_logins import DemoLogin
    from csec_desktop.gui.controller import AppController

ORGANISATION = "California county child welfare and probation"
DEMO_YOUTH = 300  # fictional youth in a new demo vault: enough to search, filter and sort


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="csec-desktop", description=f"{APP_NAME} desktop app")
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help="folder holding the encrypted vault (default: your user data folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="use a separate demo vault with published passphrases (fictional data only)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (vault, instruments, PDF, bundles, Qt) and exit",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser.parse_args(argv)


def make_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANISATION)
    app.setDesktopFileName(APP_ID)
    if app.style().name().casefold() != "fusion":
        app.setStyle("Fusion")  # the same calm look on every platform (Linux has it already)
    app.setStyleSheet(style_sheet(app.font().pointSizeF()))
    install_wheel_guard(app)
    return app


def prepare_folder(data_dir: Path | None, demo: bool) -> tuple[Path, tuple[DemoLogin, ...]]:
    """The vault's folder and the demo logins to show; creates a missing demo vault."""
    if not demo:
        return data_dir or default_data_dir(), ()
    from csec_desktop.core.demo_logins import DEMO_LOGINS, demo_data_dir

    folder = demo_data_dir(data_dir)
    if not vault_exists(folder):
        from csec_desktop.gui.demo_progress import create_demo_vault

        create_demo_vault(folder, DEMO_YOUTH)  # seconds of work: a progress window shows
    return folder, DEMO_LOGINS


def build(folder: Path, demo_logins: tuple[DemoLogin, ...] = ()) -> AppController:
    """The controller for ``folder``, in one step (first-run setup); needs a QApplication."""
    from csec_desktop.core.vault.device_vault import DeviceVault
    from csec_desktop.gui.controller import AppController

    return AppController(DeviceVault(folder), demo_logins=demo_logins)


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    if qt_probe.PROBE_FLAG in arguments:  # the frozen app as its own probe child
        return qt_probe.child_main()
    if "--self-test" in arguments:  # the installation check: headless, no window
        from csec_desktop.selftest import run_self_test

        return run_self_test(arguments)
    no_core_dumps()
    args = parse_args(arguments)
    problem = qt_probe.platform_problem()  # Qt aborts (a core dump) if it cannot start
    if problem is not None:
        print(f"csec-desktop: {problem}", file=sys.stderr)
        return 1
    app = make_application([sys.argv[0]])
    exception_hook.install()
    try:
        folder, demo_logins = prepare_folder(args.data_dir, args.demo)
        private_temp(folder)  # before anything can print or spool
        if vault_exists(folder):
            start = StagedStart(folder, demo_logins)  # keeps the window alive while it runs
            start.show()
        else:
            set_app_icon(app)
            controller = build(folder, demo_logins)
            controller.window.fit_to_screen()
            controller.window.show()
    except CsecError as exc:
        print(f"csec-desktop: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except OSError as exc:
        where = exc.filename or args.data_dir or "the data folder"
        print(f"csec-desktop: cannot use {where}: {exc.strerror}", file=sys.stderr)
        return VaultError.exit_code
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
