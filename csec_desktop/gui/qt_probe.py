"""Checking, before any QApplication exists, that Qt's display (platform) plugin can start.

When it cannot (no display, DISPLAY pointing at nothing, a missing system library such as
libxcb-cursor0), Qt prints several lines and *aborts* the process (exit 134, a core dump). So a
child process tries first, with core dumps off and Qt's plugin diagnostics on, and its output
is turned into one line naming the display or the library. Only Linux desktop platforms are
probed; Windows, macOS and the offscreen/minimal platforms start without a display server.

Run as ``python -m csec_desktop.gui.qt_probe`` (or the frozen app with ``--qt-probe``) it is
the child itself.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

PROBE_FLAG = "--qt-probe"
TIMEOUT_S = 30
NO_DISPLAY_NEEDED = ("offscreen", "minimal", "vnc", "linuxfb", "eglfs")


def _platform() -> str:
    return os.environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0].strip()


def needs_probe() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    return _platform() not in NO_DISPLAY_NEEDED


def _no_core_dumps() -> None:  # pragma: no cover - runs in the child, before exec
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _child_command() -> list[str]:
    if getattr(sys, "frozen", False):
        return [sys.executable, PROBE_FLAG]
    return [sys.executable, "-m", "csec_desktop.gui.qt_probe"]


def explain(output: str, platform: str, display: str | None) -> str:
    """One line for the person starting the app, from Qt's diagnostics."""
    name = platform or "xcb"
    missing = re.findall(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object file", output)
    if "could not connect to display" in output:
        if not display:
            return (
                "no display to show the window on: DISPLAY is not set (start the app from the "
                "desktop, or use --self-test --no-qt on a server)"
            )
        return (
            f'cannot open the display "{display}": nothing answers there (is the desktop running?)'
        )
    if missing:
        return (
            f'Qt\'s display plugin "{name}" needs the system library {missing[-1]}, which is '
            "not installed; ask IT to install it"
        )
    if "xcb-cursor0 or libxcb-cursor0 is needed" in output and name == "xcb":
        return (
            'Qt\'s display plugin "xcb" needs the system library libxcb-cursor0, which is not '
            "installed; ask IT to install it"
        )
    return f'Qt\'s display plugin "{name}" could not start on this computer'


def platform_problem() -> str | None:
    """``None`` when Qt's display plugin starts here; otherwise one line saying why not."""
    if not needs_probe():
        return None
    env = {**os.environ, "QT_DEBUG_PLUGINS": "1"}
    try:
        done = subprocess.run(
            _child_command(),
            capture_output=True,
            text=True,
            errors="replace",
            env=env,
            timeout=TIMEOUT_S,
            check=False,
            preexec_fn=_no_core_dumps,
        )
    except (OSError, subprocess.TimeoutExpired):
        return "Qt's display plugin did not answer in time"
    if done.returncode == 0:
        return None
    return explain(done.stderr, _platform(), os.environ.get("DISPLAY"))


def child_main() -> int:
    """The child: start a GUI application and quit at once (Qt aborts here if it cannot)."""
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication([sys.argv[0]])
    return 0 if app.platformName() else 1


if __name__ == "__main__":
    raise SystemExit(child_main())
