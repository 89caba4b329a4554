"""The one way text reaches ReportLab's paragraph markup.

ReportLab reads a paragraph as a small XML-like language: ``&``, ``<`` and ``>`` start
entities and tags. A name, a note, an instrument or band label, a policy label or a county
name is *text*, never markup: "CFT&MDT review" must print as typed, not as ``CFT&MDT;`` or a
crash. Every such text passes through :func:`text` (or :func:`bold`), which escapes it, keeps
its line breaks and sets each run of characters in a font that has glyphs for them
(``fonts.py``). Our own markup is a :class:`Markup`: a ``str`` subtype that only this module
makes, so a paragraph built from a plain ``str`` fails the type check (``blocks.rich`` takes
only ``Markup``).
"""

from __future__ import annotations

from collections.abc import Iterable
from xml.sax.saxutils import escape

from csec_desktop.core.reports.fonts import runs

_ENTITIES = {'"': "&quot;", "'": "&#39;"}


class Markup(str):
    """Paragraph markup that is safe to hand to ReportLab: escaped text and our own tags."""

    __slots__ = ()

    def __add__(self, other: str) -> Markup:
        return Markup(str.__add__(self, other if isinstance(other, Markup) else text(other)))


def text(value: str) -> Markup:
    """``value`` as markup that prints exactly ``value``: escaped, line breaks kept, each run of
    characters in a font that has them."""
    lines = []
    for line in str(value).split("\n"):
        lines.append(
            "".join(
                escape(chunk, _ENTITIES)
                if family is None
                else f'<font face="{family}">{escape(chunk, _ENTITIES)}</font>'
                for family, chunk in runs(line)
            )
        )
    return Markup("<br/>".join(lines))


def bold(value: str | Markup) -> Markup:
    inner = value if isinstance(value, Markup) else text(value)
    return Markup(f"<b>{inner}</b>")


def line_break() -> Markup:
    return Markup("<br/>")


def join(parts: Iterable[str | Markup], separator: str | Markup = "") -> Markup:
    """Parts joined by ``separator``; plain ``str`` parts are escaped, ``Markup`` kept."""
    sep = separator if isinstance(separator, Markup) else text(separator)
    return Markup(sep.join(p if isinstance(p, Markup) else text(p) for p in parts))
