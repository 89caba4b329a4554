"""The worker's language: which one the screens speak, where the choice is kept, and its default.

Language access for the worker (MPP 21-115; Gov. Code 11135): the screens ship in English and
Spanish. The choice lives in two places, because the sign-in screen shows before any account
is known and the vault is still encrypted:

- on the laptop, in a one-line file ``language`` beside the vault (the sign-in screen's
  language: the last one chosen there or by whoever signed in last; it names a language, nothing
  about a person);
- with each account, in the vault's ``meta`` table (``language:<username>``), set from
  Settings → Language; it applies when that worker signs in.

Without either, the operating system's locale decides: any Spanish locale (``es``, ``es_US``,
``es_MX`` …) gives Spanish, anything else English.

``worker_language()`` is what screens ask when they pick an instrument's wording (instruments
carry ``en`` and ``es`` labels) — the GUI sets it when it installs a language.
"""

from __future__ import annotations

import contextlib
import locale
import os
from pathlib import Path
from typing import Any

from csec_desktop.core.atomicfile import atomic_write

ENGLISH = "en"
SHIPPED: dict[str, str] = {"en": "English", "es": "Español"}
"""Language code -> its name in that language (a language list is read by someone who may
not read the current one, so names are never translated)."""
DEVICE_FILE = "language"

_current = ENGLISH


def language_for_locale(name: str | None) -> str:
    """The shipped language for a locale name: ``es_US.UTF-8`` -> ``es``; else ``en``."""
    code = (name or "").replace("-", "_").split(".")[0].split("_")[0].casefold()
    return code if code in SHIPPED else ENGLISH


def system_language() -> str:
    """The operating system's language (``LC_ALL``/``LC_MESSAGES``/``LANG``, then Python's)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if os.environ.get(variable):
            return language_for_locale(os.environ[variable])
    return language_for_locale(locale.getlocale()[0])


def worker_language() -> str:
    """The language the screens speak now (``en`` or ``es``); instruments use its labels."""
    return _current


def set_worker_language(code: str) -> None:
    """Record the language now installed (the GUI's translator install calls this)."""
    global _current
    _current = checked(code)


def checked(code: str) -> str:
    if code not in SHIPPED:
        raise ValueError(f"no shipped language {code!r} (shipped: {', '.join(SHIPPED)})")
    return code


def device_language(folder: Path) -> str | None:
    """The sign-in screen's language saved beside the vault in ``folder``, if any."""
    try:
        text = (folder / DEVICE_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if text in SHIPPED else None


def save_device_language(folder: Path, code: str) -> None:
    """Keep ``code`` as the sign-in screen's language (best effort: a read-only folder keeps
    the old one, which only changes the language of the next sign-in screen)."""
    code = checked(code)
    with contextlib.suppress(OSError):
        atomic_write(folder / DEVICE_FILE, (code + "\n").encode())


def _key(username: str) -> str:
    return f"language:{username}"


def account_language(db: Any, username: str) -> str | None:
    """The language the account ``username`` chose in Settings, if it chose one.

    ``db`` is the signed-in session's ``Database``."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", (_key(username),)).fetchone()
    return row[0] if row and row[0] in SHIPPED else None


def save_account_language(db: Any, username: str, code: str) -> None:
    """Keep ``code`` with the account ``username`` (applies at each of its sign-ins)."""
    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (_key(username), checked(code)))
