"""Running the real ``csec`` command in a subprocess, with its own temp folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def run_csec(
    args: list[str], stdin: str = "", tmpdir: Path | None = None, timeout: float = 60
) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    if tmpdir is not None:
        env["TMPDIR"] = str(tmpdir)
    return subprocess.run(
        [sys.executable, "-m", "csec_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )


def scan_for(needle: str, *folders: Path) -> list[Path]:
    """Every file under ``folders`` holding ``needle`` as UTF-8 or UTF-16 (either byte order)."""
    patterns = [needle.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    hits = []
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                if any(p in data for p in patterns):
                    hits.append(path)
    return hits
