"""One signed-in program per vault at a time.

A second program (another window of the app, or the command line) opening a vault that is in
use would read key slots and counters the first may be changing. An exclusive advisory lock on
``vault.lock`` in the data folder is held from sign-in to sign-out; a second attempt is refused
at once with a clear message. The operating system drops the lock if the process dies, so a
crash never leaves the vault locked. Within one program the hold is shared and counted, so
a program may hold more than one session on its own vault (tests and county tools do).
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import IO

from csec_desktop.core.errors import VaultError

LOCK_NAME = "vault.lock"
IN_USE = (
    "This vault is already open in another window or program on this laptop. Close it there first."
)


_HELD: dict[Path, tuple[IO[bytes], int]] = {}
_GUARD = threading.Lock()


class InstanceLock:
    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir.resolve() / LOCK_NAME  # the folder resolved, never the file
        self._held = False

    def acquire(self) -> None:
        if self._held:
            return
        with _GUARD:
            if self.path in _HELD:
                handle, count = _HELD[self.path]
                _HELD[self.path] = (handle, count + 1)
            else:
                _HELD[self.path] = (self._open_and_lock(), 1)
            self._held = True

    def _open_and_lock(self) -> IO[bytes]:
        try:
            # Never through a link planted in the data folder (it could point at any file the
            # user can write, which would then be created, chmod-ed or locked).
            flags = os.O_RDWR | os.O_CREAT | os.O_APPEND | getattr(os, "O_NOFOLLOW", 0)
            handle = os.fdopen(os.open(self.path, flags, 0o600), "a+b")
            if os.name == "posix":
                os.fchmod(handle.fileno(), 0o600)
        except OSError as exc:
            raise VaultError(
                f"the data folder {self.path.parent} cannot be used ({exc.strerror})"
            ) from None
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise VaultError(IN_USE) from None
        return handle

    def release(self) -> None:
        if not self._held:
            return
        self._held = False
        with _GUARD:
            handle, count = _HELD[self.path]
            if count > 1:
                _HELD[self.path] = (handle, count - 1)
                return
            del _HELD[self.path]
            try:
                _unlock(handle)
            finally:
                handle.close()

    @property
    def held(self) -> bool:
        return self._held


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[bytes]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
