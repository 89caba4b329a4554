"""Findings 7 and 9 of the security review: crash dumps and the shared temp folder."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.cli import run_csec


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux process flags")
def test_the_cli_and_the_app_turn_off_core_dumps() -> None:
    """Attack: crash the app while the vault is open or locked (a crash while locked wrote a
    118 MiB core with youth names and the typed passphrase). Both entry points now set
    RLIMIT_CORE to 0 and PR_SET_DUMPABLE to 0 first, so the kernel writes no core file and
    another process of the same user cannot read the process's memory."""
    script = (
        "import resource, sys\n"
        "from csec_desktop.core.process_guard import is_dumpable\n"
        "from csec_desktop.{entry} import main\n"
        "try:\n    main({argv})\nexcept SystemExit:\n    pass\n"
        "print(resource.getrlimit(resource.RLIMIT_CORE), is_dumpable())\n"
    )
    for entry, argv in (("cli.main", '["--version"]'), ("gui.app", '["--help"]')):
        result = subprocess.run(
            [sys.executable, "-c", script.format(entry=entry, argv=argv)],
            capture_output=True, text=True, check=False, timeout=60,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )  # fmt: skip
        assert result.stdout.strip().splitlines()[-1] == "(0, 0) False", result.stderr


def test_temporary_files_go_to_a_private_folder_emptied_at_start_and_exit(tmp_path: Path) -> None:
    """Attack: read what printing left in the shared temp folder (Qt's CUPS engine spools the
    whole job to $TMPDIR and unlinks it unwiped). The process's temp folder is now `tmp`
    inside the owner-only data folder: 0700, emptied of what a crash left at start, emptied at
    exit, and it is what Qt and `tempfile` use."""
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    leftover = data / "tmp" / "qt_temp.XYZ"
    leftover.parent.mkdir()
    leftover.write_text("spooled print job from a crashed run")
    script = (
        "import sys, tempfile\nfrom pathlib import Path\n"
        "from PySide6.QtCore import QDir\n"
        "from csec_desktop.core.process_guard import private_temp\n"
        "folder = private_temp(Path(sys.argv[1]))\n"
        "print(sorted(p.name for p in folder.iterdir()))\n"
        "print(tempfile.gettempdir() == str(folder), QDir.tempPath() == str(folder))\n"
        "(folder / 'job.ps').write_text('print job')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(data)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["[]", "True True"]
    folder = data / "tmp"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert list(folder.iterdir()) == []  # emptied at exit


def test_the_cli_uses_the_private_temp_folder(tmp_path: Path) -> None:
    data = tmp_path / "data"
    made = run_csec(["vault", "init", "--data-dir", str(data), "--username", "ana.reyes",
                     "--display-name", "Ana", "--passphrase-stdin"],
                    "harbor lights at dusk\n" * 2, tmp_path)  # fmt: skip
    assert made.returncode == 0, made.stderr
    args = ["vault", "unlock-test", "--data-dir", str(data), "--username", "ana.reyes",
            "--passphrase-stdin"]  # fmt: skip
    checked = run_csec(args, "harbor lights at dusk\n", tmp_path)
    assert checked.returncode == 0
    assert (data / "tmp").is_dir() and list((data / "tmp").iterdir()) == []
