"""``csec … | head -1``: a reader that goes away is not an error worth a word on stderr."""

from __future__ import annotations

import subprocess
import sys


def test_a_closed_pipe_ends_the_command_quietly() -> None:
    child = subprocess.Popen(
        [sys.executable, "-m", "csec_desktop", "self-test", "--no-qt", "--verbose"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert child.stdout is not None and child.stderr is not None
    child.stdout.close()  # the reader is gone before the first line is written
    err = child.stderr.read().decode()
    assert child.wait(timeout=60) == 141
    assert err == ""
