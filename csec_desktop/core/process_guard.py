"""Keep secrets out of crash dumps and plaintext out of the shared temp folder.

``no_core_dumps`` sets ``RLIMIT_CORE`` to 0 and marks the process not dumpable
(``PR_SET_DUMPABLE`` 0, which also stops other processes of the same user from attaching a
debugger or reading ``/proc/PID/mem``); on Windows it turns off the crash dialogs and Windows
Error Reporting's dump for this process. A crash while the vault is open or locked then writes
no memory image holding names, answers, the data key or a typed passphrase.

``private_temp`` points the process's temporary folder (Python's ``tempfile`` and, through
``TMPDIR``, Qt and the CUPS print engine, which spools whole print jobs there) at an
owner-only folder inside the data folder, emptied at start (what a crash left) and at exit.
"""

from __future__ import annotations

import atexit
import contextlib
import ctypes
import os
import shutil
import sys
import tempfile
from pathlib import Path

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3
TEMP_NAME = "tmp"
# SEM_FAILCRITICALERRORS | SEM_NOGPFAULTERRORBOX | SEM_NOOPENFILEERRORBOX
_WINDOWS_ERROR_MODE = 0x0001 | 0x0002 | 0x8000


def no_core_dumps() -> None:
    """Best effort on every platform; never raises."""
    if sys.platform == "win32":
        with contextlib.suppress(AttributeError, OSError):
            ctypes.windll.kernel32.SetErrorMode(_WINDOWS_ERROR_MODE)  # type: ignore[attr-defined]
        return
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0)


def is_dumpable() -> bool:
    """Linux only: whether the kernel would dump this process (for tests and the self-test)."""
    libc = ctypes.CDLL(None, use_errno=True)
    return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))


def _empty(folder: Path) -> None:
    for entry in folder.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            with contextlib.suppress(OSError):
                entry.unlink()


def private_temp(data_dir: Path) -> Path:
    """Make ``data_dir/tmp`` (0700) this process's temp folder; empty it now and at exit."""
    from csec_desktop.core.paths import ensure_private_dir

    folder = data_dir / TEMP_NAME
    if folder.is_symlink():
        folder.unlink()  # never follow a link planted in the data folder
    ensure_private_dir(folder)
    _empty(folder)
    os.environ["TMPDIR"] = str(folder)
    if sys.platform == "win32":
        os.environ["TEMP"] = os.environ["TMP"] = str(folder)
    tempfile.tempdir = str(folder)
    atexit.register(_empty_if_there, folder)
    return folder


def _empty_if_there(folder: Path) -> None:
    if folder.is_dir():
        _empty(folder)
