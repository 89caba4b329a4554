"""Fonts embedded in printed summaries, and which font sets each character.

California's youth have Vietnamese, Chinese, Korean, Armenian, Russian, Tagalog, Arabic and
Spanish names; ReportLab's built-in Helvetica has none of the non-Latin glyphs and prints boxes.
The product ships open TrueType fonts (``resources/fonts``, licences beside them) and embeds the
glyphs it uses in every PDF. ReportLab sets one font per run of text, so :func:`runs` cuts a
line into runs, character by character: the first family in ``FAMILIES`` whose font has the
glyph sets it. Spaces, punctuation and combining marks stay with the run they are in when that
font has them, so "王秀英, 14" is not cut at every comma.

Arabic: ReportLab does not join Arabic letters or order right-to-left text without optional
libraries that are not published for our platforms, so :func:`visual_order` gives each
right-to-left stretch its joined letter forms (``arabic_reshaper``) in display order
(``python-bidi``, the Unicode bidirectional algorithm) before layout. A name or a short phrase
reads right; a right-to-left paragraph long enough to wrap has its lines in the wrong order.

Khmer, Devanagari (Hindi), Gurmukhi (Punjabi), Thai and Lao: families marked ``shaped`` are
shaped with HarfBuzz inside paragraphs (``shaping.py``: conjuncts, reordered vowel signs,
stacked marks). Scripts with no embedded font (Hebrew, Ethiopic, Burmese…) are not covered.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from csec_desktop.core.paths import resource
from csec_desktop.core.reports import shaping


@dataclass(frozen=True)
class Family:
    """One embedded font family: its ReportLab names and files (bold may reuse regular)."""

    name: str
    regular: str
    bold: str
    subfont: int = 0  # index in a TrueType collection (.ttc)
    shaped: bool = False  # a complex script: paragraphs shape its runs (shaping.py)

    @property
    def bold_name(self) -> str:
        return f"{self.name}-Bold"


# Tried in this order for each character; the first is the text font of every style.
FAMILIES: tuple[Family, ...] = (
    Family("CsecSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    Family("CsecArmenian", "NotoSansArmenian-Regular.ttf", "NotoSansArmenian-Bold.ttf"),
    Family("CsecArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    # No bold cut exists: bold CJK and Hangul print in the regular weight.
    Family("CsecCJK", "wqy-microhei.ttc", "wqy-microhei.ttc"),
    Family("CsecKhmer", "NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf", shaped=True),
    Family(
        "CsecDevanagari",
        "NotoSansDevanagari-Regular.ttf",
        "NotoSansDevanagari-Bold.ttf",
        shaped=True,
    ),
    Family(
        "CsecGurmukhi", "NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Bold.ttf", shaped=True
    ),
    Family("CsecThai", "NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf", shaped=True),
    Family("CsecLao", "NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf", shaped=True),
)
BODY = FAMILIES[0].name
BOLD = FAMILIES[0].bold_name


@functools.cache
def register() -> dict[str, frozenset[int]]:
    """Register every family with ReportLab (once); returns each family's code points."""
    covered: dict[str, frozenset[int]] = {}
    for family in FAMILIES:
        for name, file in ((family.name, family.regular), (family.bold_name, family.bold)):
            with resource("fonts", file).open("rb") as handle:
                font = TTFont(name, handle, subfontIndex=family.subfont)
            pdfmetrics.registerFont(font)
            if name == family.name:
                covered[family.name] = frozenset(font.face.charToGlyph)
        # <b> inside a paragraph set in this family picks its bold font.
        addMapping(family.name, 0, 0, family.name)
        addMapping(family.name, 1, 0, family.bold_name)
        addMapping(family.name, 0, 1, family.name)
        addMapping(family.name, 1, 1, family.bold_name)
    shaping.install(frozenset(n for f in FAMILIES if f.shaped for n in (f.name, f.bold_name)))
    return covered


def _neutral(char: str) -> bool:
    """Spaces, punctuation and combining marks: they follow the run they sit in."""
    category = unicodedata.category(char)
    return category[0] in "ZPM" or category == "Cf"


def family_for(char: str, current: str | None = None) -> str | None:
    """The family that sets ``char`` (``current`` kept for neutral characters it has); None
    when no embedded font has it (the body font then prints its empty-box glyph)."""
    covered = register()
    point = ord(char)
    if current is not None and _neutral(char) and point in covered[current]:
        return current
    for family in FAMILIES:
        if point in covered[family.name]:
            return family.name
    return current


def runs(line: str) -> list[tuple[str | None, str]]:
    """``line`` cut into (family, text) runs; family None means the body font."""
    if line.isascii() or register()[BODY].issuperset(map(ord, line)):
        return [(None, line)] if line else []  # the common case: no fallback, no RTL letters
    out: list[tuple[str | None, str]] = []
    current: str | None = None
    chunk: list[str] = []
    for char in visual_order(line):
        family = family_for(char, current or BODY)
        if chunk and family != current:
            out.append((None if current == BODY else current, "".join(chunk)))
            chunk = []
        current = family
        chunk.append(char)
    if chunk:
        out.append((None if current == BODY else current, "".join(chunk)))
    return out


_RTL_CLASSES = frozenset({"R", "AL"})


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in _RTL_CLASSES for c in text)


def visual_order(line: str) -> str:
    """``line`` as it is drawn left to right: Arabic letters in their joined forms and every
    right-to-left stretch reversed for display (Unicode bidi algorithm). Lines with no
    right-to-left character come back unchanged."""
    if not has_rtl(line):
        return line
    import arabic_reshaper  # imported here: only lines with right-to-left text need it
    from bidi import get_display

    return str(get_display(arabic_reshaper.reshape(line), base_dir="L"))
