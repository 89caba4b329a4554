"""Small building blocks shared by every copy: escaped paragraphs, tables, signature lines.

Every text goes through ``markup.text`` (escaped, set in a font that has its glyphs); ``rich``
takes only ``Markup``, which that module alone makes.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from csec_desktop.core.reports import shaping
from csec_desktop.core.reports.markup import Markup, bold, text
from csec_desktop.core.reports.pdf_layout import INK, RULE, SHADE, STYLES, unshaped

CONTENT_WIDTH = 7.0 * inch


class _Paragraph(Paragraph):  # type: ignore[misc]  # ReportLab has no type hints
    """A Paragraph that remembers its last wrap. A table cell is wrapped two or three times at
    one width (measured by ``_too_tall``, then for the row heights, then again to draw) and a
    body paragraph twice (placed, then drawn); breaking the lines was most of a print's time.
    The text and style never change after construction, so the same width gives the same
    lines; ReportLab's own attributes (lines, width, height) stay those of that wrap.

    It is also laid out unshaped when none of its runs is in a complex-script font: shaping
    would change none of its words, but asking for it sends every paragraph down ReportLab's
    path of many runs, word by word (``shaping.needed``). The lines and glyphs are the same
    (tests/core/reports/test_unshaped_paragraphs.py)."""

    _last_wrap: tuple[float, tuple[float, float]] | None = None
    style: ParagraphStyle  # set by ReportLab's constructor

    def __init__(self, text: str | None, style: ParagraphStyle, **kwargs: Any) -> None:
        super().__init__(text, style, **kwargs)
        # Decided once, from the parsed text: ReportLab's split() passes the lines as ``frags``
        # with this paragraph's style, already chosen. (A ``<para>`` tag would make the parser
        # return a style of its own; our markup has none, and such a style is left alone.)
        fresh = kwargs.get("frags") is None and self.style is style
        if fresh and style.shaping and not shaping.needed(self.frags):
            self.style = unshaped(style)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        last = self._last_wrap
        # ReportLab's split() drops the lines when a paragraph moves on whole: wrap again then.
        if last is not None and last[0] == availWidth and hasattr(self, "blPara"):
            return last[1]
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        self._last_wrap = (availWidth, size)
        return size


def para(value: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text: record content is escaped, never read as markup."""
    return _Paragraph(text(value), STYLES[style])


def paras(value: str, style: str = "body") -> list[Flowable]:
    """Long text as one paragraph per block between blank lines: each splits across pages on
    its own, so a 20,000-character note lays out in one pass per page."""
    blocks = [block.strip("\n") for block in value.split("\n\n")]
    return [para(block, style) for block in blocks if block.strip()] or [para("", style)]


def rich(markup: Markup, style: str = "body") -> Paragraph:
    """A paragraph of our own markup (``markup.bold``, ``markup.join``…)."""
    if not isinstance(markup, Markup):
        raise TypeError("rich() takes Markup; pass plain text through markup.text()")
    return _Paragraph(markup, STYLES[style])


def labelled(label: str, value: str) -> Paragraph:
    return rich(bold(f"{label}:") + Markup(" ") + text(value))


# A cell taller than this leaves its table: ReportLab cannot split a table row across pages, so
# a 20,000-character note in a cell made every copy unprintable (LayoutError). The cell then
# says where the text went, and the text follows the table as paragraphs, which do split.
LONG_CELL = 2.4 * inch
_LEFT_PAD, _RIGHT_PAD = 3, 6  # cell padding in points (6 is ReportLab's own right padding)
_TABLE_STYLE = [
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ("LEFTPADDING", (0, 0), (-1, -1), _LEFT_PAD),
    ("RIGHTPADDING", (0, 0), (-1, -1), _RIGHT_PAD),
]
# Measuring is skipped where the answer is certain: 40 full-width characters stay within
# LONG_CELL even in a 50-point column; 4,000 narrow ones exceed it even across the page.
SHORT_CELL_CHARS = 40
LONG_CELL_CHARS = 4000


def _too_tall(value: str, cell: Paragraph, width: float) -> bool:
    if len(value) <= SHORT_CELL_CHARS or len(value) >= LONG_CELL_CHARS:
        return len(value) >= LONG_CELL_CHARS
    # The width the table gives the cell, computed as ReportLab does (so its own wraps of
    # this cell reuse this one: see _Paragraph).
    _w, height = cell.wrap(width - _LEFT_PAD - _RIGHT_PAD, 10 * LONG_CELL)
    return bool(height > LONG_CELL)


def _fit_rows(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    titles: Sequence[str],
    label_style: str,
) -> tuple[list[list[Flowable]], list[Flowable]]:
    """Cells as paragraphs (the first column is the row's label); a cell too tall for a
    page-safe row is replaced by a pointer, and its text, headed by the row and column it came
    from, is returned to print after the table."""
    data: list[list[Flowable]] = []
    below: list[Flowable] = []
    number = 0
    for row in rows:
        cells: list[Flowable] = []
        for col, value in enumerate(row):
            cell = para(value, label_style if col == 0 else "cell")
            if _too_tall(value, cell, widths[col]):
                number += 1
                label = row[0] if len(row[0]) <= 80 else row[0][:79] + "…"
                where = " — ".join(t for t in (label if col else "", titles[col]) if t)
                below.append(rich(bold(f"[{number}] {where}"), "h3"))
                below += paras(value)
                cell = para(f"Printed in full below the table as [{number}].", "cell")
            cells.append(cell)
        data.append(cells)
    return data, below


def key_values(rows: Sequence[tuple[str, str]], key_width: float = 1.9 * inch) -> list[Flowable]:
    """Label and value rows; a value too long for one page follows the table in full."""
    widths = [key_width, CONTENT_WIDTH - key_width]
    data, below = _fit_rows(rows, widths, ("Label", ""), "cell_bold")
    table = Table(data, colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle(_TABLE_STYLE))
    return [table, *below]


def grid(
    header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]
) -> list[Flowable]:
    """A table with a shaded header row; long cells wrap, the header repeats on each page, and
    a cell too long for one page follows the table in full."""
    scale = CONTENT_WIDTH / sum(widths)
    col_widths = [w * scale for w in widths]
    body, below = _fit_rows(rows, col_widths, header, "cell")
    data: list[list[Flowable]] = [[para(h, "cell_bold") for h in header], *body]
    table = Table(data, colWidths=col_widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), SHADE), *_TABLE_STYLE]))
    return [table, *below]


def heading(text: str, style: str = "h2") -> Paragraph:
    return para(text, style)


def section(title: str, body: Sequence[Flowable], style: str = "h2") -> list[Flowable]:
    """A heading that never sits alone at the foot of a page. (A page break only when less
    than an inch and a half is left: keeping a long table with its heading would push the
    whole table over and leave half a page blank.)"""
    if not body:
        return []
    return [CondPageBreak(1.5 * inch), heading(title, style), *body]


def bullet(value: str, style: str = "big") -> Paragraph:
    """A bulleted line with a hanging indent, so wrapped lines align with the text."""
    return _Paragraph(text(value), _hanging(style), bulletText="•")


@functools.cache
def _hanging(style: str) -> ParagraphStyle:
    base = STYLES[style]
    return ParagraphStyle(f"{base.name}_bullet", parent=base, leftIndent=14, bulletIndent=2)


def signature_lines(roles: Sequence[str]) -> Flowable:
    rows = [[para(role, "cell"), "", para("Date", "cell"), ""] for role in roles]
    table = Table(rows, colWidths=[1.9 * inch, 3.1 * inch, 0.5 * inch, 1.5 * inch], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
                ("LINEBELOW", (3, 0), (3, -1), 0.6, INK),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("TOPPADDING", (0, 0), (-1, -1), 16),
            ]
        )
    )
    return KeepTogether([Spacer(1, 6), table])
