"""When Qt's display plugin cannot start, the app and its self-test say so in one line and exit
1, instead of Qt's abort (exit 134 and a core dump)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from csec_desktop.gui.qt_probe import explain

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="xcb is Linux's")

ROOT = Path(__file__).resolve().parents[2]


def start(args: list[str], tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run(
        [sys.executable, "-m", "csec_desktop.gui.app", *args],
        capture_output=True,
        text=True,
        env={**clean, "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT), **env},
        timeout=120,
        check=False,
        cwd=tmp_path,
    )


def test_no_display_is_one_line_and_exit_1_without_a_core_file(tmp_path: Path) -> None:
    result = start(["--data-dir", str(tmp_path / "data")], tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "csec-desktop: no display to show the window on: DISPLAY is not set (start the app "
        "from the desktop, or use --self-test --no-qt on a server)"
    ]
    assert result.stdout == ""
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("core")] == []


def test_the_self_test_names_its_qt_step_and_the_display(tmp_path: Path) -> None:
    result = start(["--self-test"], tmp_path, DISPLAY=":98")
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "self-test failed at step 'Qt widgets, PDF view and print': cannot open the display "
        '":98": nothing answers there (is the desktop running?)'
    ]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("core")] == []


def test_a_missing_library_is_named() -> None:
    output = (
        'qt.core.library: "libqxcb.so" cannot load: Cannot load library libqxcb.so: '
        "(libxkbcommon-x11.so.0: cannot open shared object file: No such file or directory)\n"
        "qt.qpa.plugin: From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb "
        'platform plugin.\nqt.qpa.plugin: Could not load the Qt platform plugin "xcb"'
    )
    assert explain(output, "xcb", ":0") == (
        'Qt\'s display plugin "xcb" needs the system library libxkbcommon-x11.so.0, which is '
        "not installed; ask IT to install it"
    )
    assert "libxcb-cursor0" in explain(output.split("\n", 1)[1], "xcb", ":0")
