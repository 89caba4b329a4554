"""Atomic writes: the final name only ever holds a complete file, whatever goes wrong."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from csec_desktop.core import atomicfile as atomic
from csec_desktop.core.atomicfile import atomic_write, remove_stale_temp_files
from csec_desktop.core.errors import AtomicWriteError

DATA = os.urandom(3 * atomic.CHUNK + 123)


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_write_lands_complete_and_private(tmp_path: Path) -> None:
    path = tmp_path / "out.bin"
    digest = atomic_write(path, DATA, verify=True)
    assert path.read_bytes() == DATA
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert digest == __import__("hashlib").sha256(DATA).hexdigest()
    assert _names(tmp_path) == ["out.bin"]


def test_overwrite_replaces_and_no_overwrite_refuses(tmp_path: Path) -> None:
    path = tmp_path / "slots"
    atomic_write(path, b"old")
    atomic_write(path, b"new")
    assert path.read_bytes() == b"new"
    with pytest.raises(AtomicWriteError, match="slots already exists; not overwriting it"):
        atomic_write(path, b"newer", overwrite=False)
    assert path.read_bytes() == b"new"
    assert _names(tmp_path) == ["slots"]


def test_without_hard_links_no_overwrite_still_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_links(*_args: object) -> None:  # a vfat USB stick
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(os, "link", no_links)
    path = tmp_path / "bundle"
    atomic_write(path, b"one", overwrite=False)
    assert path.read_bytes() == b"one"
    with pytest.raises(AtomicWriteError, match="already exists"):
        atomic_write(path, b"two", overwrite=False)
    assert _names(tmp_path) == ["bundle"]


@pytest.mark.parametrize("target", ["replace", "link", "fsync", "write"])
def test_a_failure_at_any_step_leaves_nothing_behind(
    target: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = getattr(os, target)
    calls = {"n": 0}

    def failing(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if target == "write" and calls["n"] == 1:
            return real(*args, **kwargs)  # the disk fills up on the second chunk
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, target, failing)
    path = tmp_path / "bundle.csb"
    overwrite = target != "link"
    with pytest.raises(AtomicWriteError, match=r"could not write bundle\.csb in .*: No space left"):
        atomic_write(path, DATA, overwrite=overwrite)
    assert _names(tmp_path) == []


def test_an_existing_file_survives_a_failed_replacement(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "slots"
    path.write_bytes(b"previous key slots")

    def failing(*_args: object) -> None:
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(AtomicWriteError, match="Input/output error"):
        atomic_write(path, b"new key slots")
    assert path.read_bytes() == b"previous key slots"
    assert _names(tmp_path) == ["slots"]


def test_a_folder_that_cannot_be_synced_takes_a_new_file_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EIO, "Input/output error")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    with pytest.raises(AtomicWriteError, match="Input/output error"):
        atomic_write(tmp_path / "bundle.csb", DATA, overwrite=False)
    assert _names(tmp_path) == []


def test_a_folder_fsync_the_filesystem_does_not_support_is_tolerated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync = os.fsync

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "Invalid argument")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    atomic_write(tmp_path / "bundle.csb", DATA)
    assert (tmp_path / "bundle.csb").read_bytes() == DATA


def test_a_stick_that_reads_back_wrong_is_caught_before_publishing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_read = os.read

    def lying_read(fd: int, n: int) -> bytes:
        block = real_read(fd, n)
        return block[:-1] + bytes([block[-1] ^ 1]) if block else block

    monkeypatch.setattr(os, "read", lying_read)
    with pytest.raises(AtomicWriteError, match=r"bundle\.csb read back differently"):
        atomic_write(tmp_path / "bundle.csb", DATA, verify=True)
    assert _names(tmp_path) == []


KILLED_WRITER = """
import os, sys, time
from csec_desktop.core.atomicfile import atomic_write

def hook(written):
    sys.stdout.write("mid-write\\n")
    sys.stdout.flush()
    time.sleep(60)

atomic_write(sys.argv[1], os.urandom(4 * 1024 * 1024), _after_chunk=hook)
"""


@pytest.mark.parametrize("existing", [None, b"the previous complete file"])
def test_a_writer_killed_mid_write_leaves_the_final_name_untouched(
    tmp_path: Path, existing: bytes | None
) -> None:
    path = tmp_path / "bundle.csb"
    if existing is not None:
        path.write_bytes(existing)
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert proc.stdout is not None
        assert proc.stdout.readline() == "mid-write\n"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    if existing is None:
        assert not path.exists()
    else:
        assert path.read_bytes() == existing
    leftovers = [n for n in _names(tmp_path) if n != "bundle.csb"]
    assert len(leftovers) == 1 and leftovers[0].startswith(".bundle.csb.")
    assert remove_stale_temp_files(path) == 1
    assert _names(tmp_path) == (["bundle.csb"] if existing else [])
