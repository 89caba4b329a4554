"""Reading a small text file a county or a person supplied, without trusting its size.

Policy, language-guide, instrument and key files are kilobytes; reading a multi-gigabyte file
(or a device that never ends) whole before parsing it would exhaust memory. We read at most one
byte past the cap, so an oversized file is refused without being loaded.
"""

from __future__ import annotations

import json
import re
from pathlib import Path


class TextFileError(ValueError):
    """The file is too large or not UTF-8; the message says which, never what it holds."""


def read_capped(path: Path, max_bytes: int) -> bytes:
    """The file's bytes; TextFileError when it holds more than ``max_bytes``. OSError passes."""
    with path.open("rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TextFileError(f"larger than {max_bytes} bytes")
    return data


def read_text_capped(path: Path, max_bytes: int) -> str:
    """The file as UTF-8 text; TextFileError when too large or not UTF-8. OSError passes."""
    try:
        return read_capped(path, max_bytes).decode("utf-8")
    except UnicodeDecodeError:
        raise TextFileError("not UTF-8 text") from None


def printable_name(name: str) -> str:
    """A member name from a file, fit for a one-line message: a plain name as is; anything else
    (newlines, control characters, kilobytes of text from a hostile file) quoted, escaped and
    shortened, so a message stays one line and cannot forge further lines."""
    if re.fullmatch(r"[A-Za-z0-9_.\[\]-]{1,60}", name):
        return name
    return json.dumps(name[:40] + ("…" if len(name) > 40 else ""))
