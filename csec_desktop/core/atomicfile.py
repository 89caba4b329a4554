"""Atomic, permission-tight file writes.

The final name only ever holds a complete file. We write to a temporary file in the same folder
(created with O_EXCL and mode 0600, so no other user can read it and no existing file or
symlink is followed), fsync it, optionally read it back from the device and compare hashes (USB
sticks lie), rename it over the final name, then fsync the folder so the rename itself survives
a power cut. On any failure the temporary file is removed and the final name is untouched.

A process killed mid-write cannot clean up after itself: its temporary file (``.NAME.*.tmp``)
stays behind and never under the final name. ``remove_stale_temp_files`` sweeps those.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import os
import re
import secrets
from collections.abc import Callable
from pathlib import Path

from csec_desktop.core.errors import AtomicWriteError
from csec_desktop.core.i18n import translate

CHUNK = 1 << 20
_NOT_SUPPORTED = {errno.EINVAL, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EBADF}
_NO_HARDLINKS = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS}


def _temp_name(final: Path) -> Path:
    return final.with_name(f".{final.name}.{secrets.token_hex(6)}.tmp")


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS journals the rename.
        return
    fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    except OSError as exc:
        if exc.errno not in _NOT_SUPPORTED:  # some filesystems (vfat, some FUSE) cannot
            raise
    finally:
        os.close(fd)


def _read_back_hash(path: Path) -> str:
    """Hash the file as stored, asking the OS to drop its cached pages first where it can."""
    digest = hashlib.sha256()
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        if hasattr(os, "posix_fadvise"):
            with contextlib.suppress(OSError):
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        while block := os.read(fd, CHUNK):
            digest.update(block)
    finally:
        os.close(fd)
    return digest.hexdigest()


def _publish(temp: Path, final: Path, overwrite: bool) -> None:
    if overwrite:
        os.replace(temp, final)
        return
    try:
        os.link(temp, final)  # fails if the final name exists: no race, no clobber
    except FileExistsError:
        raise AtomicWriteError(f"{final.name} already exists; not overwriting it") from None
    except OSError as exc:
        if exc.errno not in _NO_HARDLINKS:
            raise
        # vfat USB sticks have no hard links; an existence check is the best they allow.
        if final.exists():
            raise AtomicWriteError(f"{final.name} already exists; not overwriting it") from None
        os.replace(temp, final)
        return
    with contextlib.suppress(OSError):  # the file is complete under its final name already
        os.unlink(temp)


def atomic_write(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    overwrite: bool = True,
    verify: bool = False,
    _after_chunk: Callable[[int], None] | None = None,
) -> str:
    """Write ``data`` to ``path`` atomically and durably; return its SHA-256 hex digest.

    ``overwrite=False`` refuses to replace an existing file. ``verify=True`` reads the written
    bytes back before publishing them. ``_after_chunk`` is a test hook called with the number
    of bytes written so far, so a test can kill the process mid-write.
    """
    final = Path(path)
    folder = final.parent
    expected = hashlib.sha256(data).hexdigest()
    temp = _temp_name(final)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0)
    published = False
    existed = final.exists()
    try:
        fd = os.open(temp, flags, 0o600)
        try:
            view = memoryview(data)
            written = 0
            while written < len(view):
                written += os.write(fd, view[written : written + CHUNK])
                if _after_chunk is not None:
                    _after_chunk(written)
            os.fsync(fd)
        finally:
            os.close(fd)
        if verify and _read_back_hash(temp) != expected:
            name = final.name
            raise AtomicWriteError(
                translate(
                    "FileWriting", "{name} read back differently from what was written"
                ).format(name=name)
            )
        _publish(temp, final, overwrite)
        published = True
        _fsync_folder(folder)
    except AtomicWriteError:
        _cleanup(temp, final if published and not existed else None)
        raise
    except OSError as exc:
        _cleanup(temp, final if published and not existed else None)
        reason = exc.strerror or type(exc).__name__
        name = final.name
        raise AtomicWriteError(
            translate("FileWriting", "could not write {name} in {folder}: {reason}").format(
                name=name, folder=folder, reason=reason
            )
        ) from None
    return expected


def _cleanup(temp: Path, created_final: Path | None) -> None:
    with contextlib.suppress(OSError):
        temp.unlink()
    # A folder fsync failed after publishing a new name: the rename may not survive a power cut,
    # so the contract (nothing under the final name on failure) means taking it back.
    if created_final is not None:
        with contextlib.suppress(OSError):
            created_final.unlink()


def remove_stale_temp_files(path: str | os.PathLike[str]) -> int:
    """Remove temporary files a killed writer left next to ``path``; return how many."""
    final = Path(path)
    removed = 0
    pattern = re.compile(re.escape(f".{final.name}.") + r"[0-9a-f]{12}\.tmp")
    for leftover in final.parent.iterdir():
        if pattern.fullmatch(leftover.name):
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed += 1
    return removed
