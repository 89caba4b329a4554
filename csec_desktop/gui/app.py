"""``csec-desktop``: the desktop app. Parses the options, builds the window, runs the loop."""

from __future__ import annotations

import argparse
import sys
from importlib.resources import as_file
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from csec_desktop import APP_ID, APP_NAME, __version__
from csec_desktop.core.demo import DEMO_LOGINS, demo_data_dir, ensure_demo_vault
from csec_desktop.core.errors import CsecError, VaultError
from csec_desktop.core.paths import default_data_dir, resource
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.gui import exception_hook
from csec_desktop.gui.controller import AppController
from csec_desktop.gui.style import style_sheet

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


def app_icon() -> QIcon:
    with as_file(resource("icons", "csec-desktop.svg")) as path:
        return QIcon(str(path))


def make_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(ORGANISATION)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())
    app.setStyle("Fusion")  # the same calm look on every platform
    app.setStyleSheet(style_sheet(app.font().pointSizeF()))
    return app


def build(data_dir: Path | None, demo: bool) -> AppController:
    """The controller for ``data_dir`` (or the default folder); needs a QApplication."""
    if demo:
        folder = demo_data_dir(data_dir)
        ensure_demo_vault(folder, youth=DEMO_YOUTH)
        return AppController(DeviceVault(folder), demo_logins=DEMO_LOGINS)
    return AppController(DeviceVault(data_dir or default_data_dir()))


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    if "--self-test" in arguments:  # the installation check: headless, no window
        from csec_desktop.selftest import run_self_test

        return run_self_test(arguments)
    args = parse_args(arguments)
    app = make_application([sys.argv[0]])
    exception_hook.install()
    try:
        controller = build(args.data_dir, args.demo)
    except CsecError as exc:
        print(f"csec-desktop: {exc.message}", file=sys.stderr)
        return exc.exit_code
    except OSError as exc:
        where = exc.filename or args.data_dir or "the data folder"
        print(f"csec-desktop: cannot use {where}: {exc.strerror}", file=sys.stderr)
        return VaultError.exit_code
    controller.window.fit_to_screen()
    controller.window.show()
    return int(app.exec())


if __name__ == "__main__":
    raise SystemExit(main())
