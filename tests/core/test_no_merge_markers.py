"""No tracked text file may keep a merge's conflict markers.

A conflict resolved by hand once left ``<<<<<<<``/``=======``/``>>>>>>>`` lines in
``docs/decisions.md``; Python files would fail to import, but documents and catalogs would not.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEXT_SUFFIXES = {
    ".md",
    ".py",
    ".ts",
    ".toml",
    ".sh",
    ".txt",
    ".json",
    ".yml",
    ".yaml",
    ".cfg",
    ".spec",
}
MARKER = re.compile(r"^(<{7} |={7}$|>{7} )", re.MULTILINE)


def tracked_text_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    return [ROOT / name for name in listed.split("\0") if Path(name).suffix in TEXT_SUFFIXES]


def test_no_tracked_file_keeps_conflict_markers() -> None:
    files = tracked_text_files()
    assert files, "git ls-files listed no text files"
    marked = [
        str(path.relative_to(ROOT))
        for path in files
        if path.is_file() and MARKER.search(path.read_text(encoding="utf-8", errors="replace"))
    ]
    assert marked == []
