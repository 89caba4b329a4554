"""The one hook through which every text a worker reads is translated (MPP 21-115; Gov. Code 11135).

Core never imports Qt, yet its words (dates, due times, outcome names, messages) reach the
worker's screen. So core and GUI alike write ``translate("Context", "Source text")``: the GUI
installs Qt's translator as the hook at start (``QCoreApplication.translate``), while the CLI,
the county service and headless tests keep the identity hook and read English.

``pyside6-lupdate`` finds every ``translate(...)`` and ``QT_TRANSLATE_NOOP(...)`` call by name,
so import them under these exact names (an alias such as ``_t`` hides a text from the catalog).
Texts are literal strings; values go in afterwards with ``str.format`` (``{name}`` survives
translation), and plurals use Qt's ``%n`` with ``n``.

Signature mirrors ``QCoreApplication.translate(context, source, disambiguation, n)`` so the
catalog tools read the arguments the same way.
"""

from __future__ import annotations

from collections.abc import Callable

Translator = Callable[[str, str, "str | None", int], str]
"""(context, source, disambiguation, n) -> the text to show."""


def _english(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The source text itself, with ``%n`` filled as Qt fills it when ``n`` is given."""
    del context, disambiguation
    return source.replace("%n", str(n)) if n >= 0 else source


_hook: Translator = _english


def install(hook: Translator) -> None:
    """Route every ``translate`` call through ``hook`` (the GUI installs Qt's translator)."""
    global _hook
    _hook = hook


def reset() -> None:
    """Back to English source texts (CLI, county service, tests)."""
    install(_english)


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the worker's language, or ``source`` itself when no translation is loaded.

    Called at display time, never at import time: a table built at import keeps its texts
    with ``QT_TRANSLATE_NOOP`` and translates each when it is shown.
    """
    return _hook(context, source, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # the name the catalog tools look for
    """Mark ``source`` for the catalog without translating it now (tables built at import)."""
    del context
    return source


def translate_table(context: str, table: dict[str, str]) -> dict[str, str]:
    """``table`` (built with ``QT_TRANSLATE_NOOP(context, …)``) with each text in the worker's
    language, keys kept: what a screen's choice list shows. Printed copies read the table."""
    return {key: translate(context, text) for key, text in table.items()}


def english(context: str, source: str) -> str:
    """``source`` as written: the printed copies' words, whatever the screen speaks."""
    del context
    return source
