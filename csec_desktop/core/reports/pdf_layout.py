"""The page: styles, the running header and footer, page x of y, and building bytes in memory.

Nothing touches the disk: ReportLab writes into a BytesIO. ``invariant`` mode fixes the
creation date and document id, so the same record printed twice gives the same bytes. The PDF's
own metadata (title, author, subject) never names the youth: file managers and print queues
show it to anyone nearby.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from csec_desktop.core.reports import fonts

FONT = fonts.BODY
FONT_BOLD = fonts.BOLD
MARGIN = 0.75 * inch
FOOTER_SPACE = 0.55 * inch
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")
RULE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#eef2f6")


def _style(name: str, **kw: Any) -> ParagraphStyle:
    base: dict[str, Any] = {
        "fontName": FONT,
        "fontSize": 10,
        "leading": 13.5,
        "textColor": INK,
        "alignment": TA_LEFT,
        # Complex scripts (Khmer, Devanagari…) are shaped; other runs print as before
        # (fonts.py, shaping.py).
        "shaping": 1,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


class _Styles(dict[str, ParagraphStyle]):
    """The styles name the embedded fonts, so taking one registers them first (once). Not at
    import: parsing the font files costs about 0.6 s of CPU, paid by every ``csec`` command
    and every app start that never prints."""

    def __getitem__(self, key: str) -> ParagraphStyle:
        fonts.register()
        return super().__getitem__(key)


STYLES: dict[str, ParagraphStyle] = _Styles(
    {
        "title": _style("title", fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=4),
        "subtitle": _style("subtitle", fontSize=10, textColor=MUTED, spaceAfter=8),
        "h2": _style(
            "h2", fontName=FONT_BOLD, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4
        ),
        "h3": _style(
            "h3", fontName=FONT_BOLD, fontSize=10.5, leading=13, spaceBefore=6, spaceAfter=2
        ),
        "body": _style("body", spaceAfter=4),
        "small": _style("small", fontSize=8.5, leading=11, textColor=MUTED),
        "cell": _style("cell", fontSize=9, leading=11.5),
        "cell_bold": _style("cell_bold", fontName=FONT_BOLD, fontSize=9, leading=11.5),
        "bullet": _style("bullet", leftIndent=14, bulletIndent=4, spaceAfter=2),
        "big": _style("big", fontSize=12.5, leading=17, spaceAfter=6),
        "big_h": _style(
            "big_h", fontName=FONT_BOLD, fontSize=14, leading=18, spaceBefore=12, spaceAfter=4
        ),
    }
)


@functools.cache
def unshaped(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` without HarfBuzz shaping, for a paragraph with no complex-script run
    (``shaping.needed``); every other attribute, its name included, is the same. Styles are
    a fixed set (``STYLES`` and ``blocks``' hanging bullets), so the cache stays small."""
    return ParagraphStyle(style.name, parent=style, shaping=0)


@dataclass(frozen=True)
class PageFrame:
    """What every page carries besides the content."""

    header: str
    notice: str  # confidentiality notice; empty on the youth's copy
    printed_line: str  # "Printed by … on …"
    record_line: str  # "Record fingerprint …"
    page_word: tuple[str, str] = ("Page", "of")


class _FramedCanvas(canvas.Canvas):  # type: ignore[misc]  # ReportLab ships no types
    """Holds each page until the end so the footer can say "page x of y"."""

    def __init__(self, *args: Any, frame: PageFrame, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._frame = frame
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_frame(number, total)
            super().showPage()
        super().save()

    def _draw_frame(self, number: int, total: int) -> None:
        f = self._frame
        width, height = self._pagesize
        self.saveState()
        self.setFillColor(MUTED)
        line = width - 2 * MARGIN
        self._draw(MARGIN, height - 0.5 * inch, fit(f.header, 8, line), 8)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, height - 0.56 * inch, width - MARGIN, height - 0.56 * inch)
        self.line(MARGIN, 0.72 * inch, width - MARGIN, 0.72 * inch)
        y = 0.58 * inch
        if f.notice:
            self.setFillColor(INK)
            self._draw(MARGIN, y, f.notice, 7.5, bold=True)
            y -= 10
        word, of = f.page_word
        page = f"{word} {number} {of} {total}"
        page_width = _width(page, 8, bold=True)
        self.setFillColor(MUTED)
        self._draw(MARGIN, y, fit(f.printed_line, 7.5, line), 7.5)
        self._draw(MARGIN, y - 10, fit(f.record_line, 7.5, line - page_width - 12), 7.5)
        self._draw(width - MARGIN - page_width, y - 10, page, 8, bold=True)
        self.restoreState()

    def _draw(self, x: float, y: float, text: str, size: float, bold: bool = False) -> None:
        """One line of plain text (a worker's or county's name may be in any script), each
        run in the embedded font that has its glyphs."""
        for family, chunk in fonts.runs(text):
            name = _font_name(family, bold)
            self.setFont(name, size)
            self.drawString(x, y, chunk)
            x += stringWidth(chunk, name, size)


def _font_name(family: str | None, bold: bool) -> str:
    base = family or fonts.BODY
    return f"{base}-Bold" if bold else base


def fit(text: str, size: float, room: float, bold: bool = False) -> str:
    """``text`` cut to ``room`` points with an ellipsis: the running header and footer are one
    line each (a county's instrument title may be long), and the page number must show."""
    if _width(text, size, bold) <= room:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if _width(text[:middle].rstrip() + "…", size, bold) <= room:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _width(text: str, size: float, bold: bool = False) -> float:
    fonts.register()
    return float(
        sum(
            stringWidth(chunk, _font_name(family, bold), size) for family, chunk in fonts.runs(text)
        )
    )


def build_pdf(story: list[Flowable], frame: PageFrame, title: str) -> bytes:
    """Lay out ``story`` on Letter pages with ``frame`` on each; return the PDF bytes."""
    fonts.register()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=LETTER,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=0.8 * inch,
        bottomMargin=MARGIN + FOOTER_SPACE * 0.6,
        title=title,
        author="",
        subject="",
        creator="csec_desktop",
        invariant=1,
    )
    doc.build(story, canvasmaker=functools.partial(_FramedCanvas, frame=frame))
    return out.getvalue()
