"""The core must run headless: importing any core module must not need Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import csec_desktop.core

BLOCK_QT = """
import importlib, sys
class _NoQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name.startswith("shiboken"):
            raise ImportError(f"core imported Qt: {name}")
        return None
sys.meta_path.insert(0, _NoQt())
for name in sys.argv[1:]:
    importlib.import_module(name)
print("imported", len(sys.argv) - 1)
"""


def core_modules() -> list[str]:
    names = [csec_desktop.core.__name__]
    for info in pkgutil.walk_packages(csec_desktop.core.__path__, prefix="csec_desktop.core."):
        names.append(info.name)
    return names


def test_every_core_module_imports_without_qt() -> None:
    names = core_modules()
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT, *names], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert f"imported {len(names)}" in result.stdout


def test_the_qt_blocker_really_blocks() -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT, "PySide6.QtCore"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "core imported Qt" in result.stderr
