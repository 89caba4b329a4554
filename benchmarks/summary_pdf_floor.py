"""The summary PDF's same-work floor: bare ReportLab laying out the same flowables (tables too).

The first floor (``summary_pdf.same_story``) sets the product PDF's extracted text as plain
paragraphs; it lays out no tables, so it does less than the product must (a table measures
every cell for its row heights, wraps each cell and splits across pages with its header row
repeated). This floor lays out the *same story*:

- :func:`describe` walks the story the product built and copies it into plain data: each
  paragraph's markup (the same escaped text and font tags), its style's fonts, sizes, leading,
  colours, indents and spacing; each table's cells, column widths, repeated header rows,
  alignment and its padding, lines, valign and shading as TableStyle commands; every
  conditional page break, spacer and keep-together group. Run once, outside the timing; the
  product's flowable objects are never reused.
- :func:`lay_out` (the timed part) builds new ReportLab ``Paragraph``, ``Table``,
  ``CondPageBreak``, ``Spacer`` and ``KeepTogether`` objects from that data and builds them in
  a ``SimpleDocTemplate`` with the product's page size and margins, with a plain "Page N"
  footer in the body font.

What it does not do, because it is the product's own work: reading and checking the record,
the audience table, the redaction look-ups, choosing and formatting words, escaping and
choosing a font per run of text, deciding which cell is too tall for a page (the product's
story arrives with those cells already moved below their table), its wrap cache, and the
running header and footer ("page x of y", which holds every page until the end). The same
embedded fonts are registered once before timing, as the product registers them once per
process. Paragraphs are shaped (HarfBuzz) only when their text has a run in a complex-script
font, as anyone laying out that text with ReportLab would set them; the pinned record has none.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

# The product's page: Letter, three-quarter-inch sides, room kept for the footer.
MARGIN = 0.75 * inch
TOP_MARGIN = 0.8 * inch
BOTTOM_MARGIN = MARGIN + 0.55 * inch * 0.6
FOOTER_FONT = "CsecSans"

_STYLE_FIELDS = (
    "fontName",
    "fontSize",
    "leading",
    "textColor",
    "alignment",
    "spaceBefore",
    "spaceAfter",
    "leftIndent",
    "rightIndent",
    "firstLineIndent",
    "bulletIndent",
    "bulletFontName",
    "bulletFontSize",
)
_CELL_FIELDS = (
    ("VALIGN", "valign"),
    ("TOPPADDING", "topPadding"),
    ("BOTTOMPADDING", "bottomPadding"),
    ("LEFTPADDING", "leftPadding"),
    ("RIGHTPADDING", "rightPadding"),
)


@dataclass(frozen=True)
class Story:
    """A story as plain data: the parts (tuples, see :func:`describe`) and the styles they name
    (each a dict of ParagraphStyle keyword arguments)."""

    parts: tuple[Any, ...]
    styles: dict[str, dict[str, Any]]


def describe(story: Sequence[Flowable], shaped_fonts: frozenset[str]) -> Story:
    """``story`` (as the product built it) copied into plain data. ``shaped_fonts``: the font
    names whose runs need HarfBuzz shaping; a paragraph with none is laid out unshaped."""
    styles: dict[str, dict[str, Any]] = {}

    def style_key(paragraph: Paragraph) -> str:
        fields = {name: getattr(paragraph.style, name) for name in _STYLE_FIELDS}
        fonts = {getattr(frag, "fontName", "") for frag in paragraph.frags}
        fields["shaping"] = 1 if fonts & shaped_fonts else 0
        for key, known in styles.items():
            if known == fields:
                return key
        key = f"s{len(styles)}"
        styles[key] = fields
        return key

    def part(flowable: Any) -> Any:
        if isinstance(flowable, Paragraph):
            return ("para", flowable.text, style_key(flowable), flowable.bulletText)
        if isinstance(flowable, CondPageBreak):
            return ("cond", flowable.height)
        if isinstance(flowable, Spacer):
            return ("spacer", flowable.width, flowable.height)
        if isinstance(flowable, KeepTogether):
            return ("keep", tuple(part(f) for f in flowable._content))
        if isinstance(flowable, Table):
            return _table(flowable, part)
        raise TypeError(f"the floor has no plain copy of {type(flowable).__name__}")

    return Story(tuple(part(f) for f in story), styles)


def _table(table: Table, part: Any) -> tuple[Any, ...]:
    rows = tuple(
        tuple(cell if isinstance(cell, str) else part(cell) for cell in row)
        for row in table._cellvalues
    )
    commands: list[tuple[Any, ...]] = [*table._bkgrndcmds, *table._linecmds]
    cells = table._cellStyles
    for command, field in _CELL_FIELDS:
        values = {getattr(cell, field) for row in cells for cell in row}
        if len(values) == 1:
            commands.append((command, (0, 0), (-1, -1), values.pop()))
        else:
            commands += [
                (command, (c, r), (c, r), getattr(cell, field))
                for r, row in enumerate(cells)
                for c, cell in enumerate(row)
            ]
    return ("table", rows, tuple(table._colWidths), table.repeatRows, table.hAlign, commands)


def lay_out(story: Story) -> bytes:
    """Bare ReportLab: the described story built afresh and laid out on the product's page."""
    styles = {key: ParagraphStyle(key, **fields) for key, fields in story.styles.items()}

    def build(part: Any) -> Flowable:
        kind = part[0]
        if kind == "para":
            return Paragraph(part[1], styles[part[2]], bulletText=part[3])
        if kind == "cond":
            return CondPageBreak(part[1])
        if kind == "spacer":
            return Spacer(part[1], part[2])
        if kind == "keep":
            return KeepTogether([build(p) for p in part[1]])
        _, rows, widths, repeat, align, commands = part
        data = [[cell if isinstance(cell, str) else build(cell) for cell in row] for row in rows]
        table = Table(data, colWidths=list(widths), repeatRows=repeat, hAlign=align)
        table.setStyle(TableStyle(commands))
        return table

    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out,
        pagesize=LETTER,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=TOP_MARGIN,
        bottomMargin=BOTTOM_MARGIN,
        invariant=1,
    )
    doc.build([build(p) for p in story.parts], onFirstPage=_footer, onLaterPages=_footer)
    return out.getvalue()


def _footer(canvas: Any, doc: Any) -> None:
    canvas.setFont(FOOTER_FONT, 8)
    canvas.drawRightString(LETTER[0] - MARGIN, 0.45 * inch, f"Page {doc.page}")
