"""Complex-script shaping for printed summaries: Khmer, Devanagari, Gurmukhi, Thai and Lao.

These scripts do not print right letter by letter: a Devanagari vowel sign is drawn before the
consonant it follows in the text, Khmer and Gurmukhi stack subscript consonants, Thai and Lao
place tone marks over vowel marks. ReportLab (4.1 and later) shapes a paragraph with HarfBuzz
(``uharfbuzz``) when its style has ``shaping=1``, but it shapes each *word* with the font of
the word's first run: a word whose final full stop comes from another font (Lao has none) would
have that stop shaped with the Lao font and print as an empty box, and a Latin word would get
ligature glyphs ("fi") that no longer read back as letters.

So :func:`install` puts :func:`shape_word` in ReportLab's place: a word is cut into its
runs by font and only runs in a family marked ``shaped`` (``fonts.FAMILIES``) go through
HarfBuzz, each with its own font; every other run stays as it is. Installed once, by
``fonts.register``; without ``uharfbuzz`` (an environment that lacks it) ReportLab's shaping
does nothing and these scripts print unshaped, their glyphs still from the embedded fonts.

What is still not right: a line drawn outside a paragraph (page header and footer) is not
shaped, and text in these scripts reads back from the PDF with private-use characters for the
glyphs HarfBuzz substituted (conjuncts, stacked forms), as with any shaped PDF text.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.pdfbase import ttfonts
from reportlab.platypus import paragraph

_original: Callable[..., Any] = ttfonts.shapeFragWord
_shaped_fonts: frozenset[str] = frozenset()


def available() -> bool:
    """Whether HarfBuzz shaping is present (``uharfbuzz`` importable by ReportLab)."""
    return ttfonts.uharfbuzz is not None


def install(shaped_fonts: frozenset[str]) -> None:
    """Shape only runs set in ``shaped_fonts`` (ReportLab font names), each with its font."""
    global _shaped_fonts
    _shaped_fonts = shaped_fonts
    paragraph.shapeFragWord = shape_word  # the name paragraph.py calls for shaped styles


def needed(frags: Any) -> bool:
    """Whether a paragraph's fragments have a run in a shaped font. Without one, shaping
    changes no word (:func:`shape_word` returns each unchanged), yet a style that asks for it
    sends even a one-run paragraph down ReportLab's slower path of many runs, word by word:
    about a third of a case-file print. ``blocks`` lays such paragraphs out unshaped."""
    return any(_font(frag) in _shaped_fonts for frag in frags)


def shape_word(word: Any, *args: Any, **kwargs: Any) -> Any:
    """ReportLab's frag word (``[width, (frag, text), ...]``) with each run of a shaped font
    shaped by HarfBuzz in that font; the word unchanged when it has no such run."""
    items = list(word[1:])
    if not any(_font(frag) in _shaped_fonts for frag, _ in items):
        return word
    groups: list[list[Any]] = []
    for frag, text in items:
        if groups and _font(groups[-1][0][0]) == _font(frag):
            groups[-1].append((frag, text))
        else:
            groups.append([(frag, text)])
    if len(groups) == 1:
        return _original(word, *args, **kwargs)
    parts = []
    for group in groups:
        width = sum(_width(frag, text) for frag, text in group)
        piece = type(word)([width, *group])
        parts.append(
            _original(piece, *args, **kwargs) if _font(group[0][0]) in _shaped_fonts else piece
        )
    shaped = [p for p in parts if type(p) is not type(word)]
    if not shaped:  # HarfBuzz changed nothing (or is absent)
        return word
    merged = type(shaped[0])([sum(p[0] for p in parts)])
    for part in parts:
        merged.extend(part[1:])
    return merged


def _font(frag: Any) -> str:
    return str(getattr(frag, "fontName", ""))


def _width(frag: Any, text: str) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return float(stringWidth(text, frag.fontName, frag.fontSize))
