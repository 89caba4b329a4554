"""Where the app keeps its data and finds its shipped resources.

Resources are looked up the same way from a source checkout, an installed wheel and the frozen
PyInstaller app: through the ``csec_desktop.resources`` package (top-level ``resources/`` in the
source tree), which PyInstaller collects as package data.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_dir

from csec_desktop import APP_ID

if TYPE_CHECKING:
    from importlib.abc import Traversable

DATA_DIR_ENV = "CSEC_DATA_DIR"


def default_data_dir() -> Path:
    """The platform's per-user data folder, unless ``CSEC_DATA_DIR`` overrides it."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override)
    return Path(user_data_dir(APP_ID, appauthor=False))


def resource(*parts: str) -> Traversable:
    """A shipped resource, e.g. ``resource("policy", "california.json")``."""
    # Imported here: the sign-in window appears before any resource is read.
    from importlib import resources

    node: Traversable = resources.files("csec_desktop.resources")
    for part in parts:
        node = node.joinpath(part)
    return node


def read_resource_text(*parts: str) -> str:
    return resource(*parts).read_text(encoding="utf-8")


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) readable by the owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        path.chmod(0o700)
    return path


def tighten_modes(data_dir: Path) -> None:
    """Owner-only modes on a data folder made by an older version or copied with loose ones:
    the folder 0700, every regular file in it 0600 (links are left alone, never followed)."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        data_dir.chmod(0o700)
        for entry in data_dir.iterdir():
            if entry.is_file() and not entry.is_symlink():
                entry.chmod(0o600)
