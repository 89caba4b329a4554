"""Small building blocks shared by every copy: escaped paragraphs, tables, signature lines."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

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

from csec_desktop.core.reports.pdf_layout import INK, RULE, SHADE, STYLES

CONTENT_WIDTH = 7.0 * inch


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text: record content is escaped, never read as markup."""
    return Paragraph(escape(text).replace("\n", "<br/>"), STYLES[style])


def rich(markup: str, style: str = "body") -> Paragraph:
    """A paragraph of our own markup (bold labels); any record text inside must be escaped."""
    return Paragraph(markup, STYLES[style])


def labelled(label: str, value: str) -> Paragraph:
    return rich(f"<b>{escape(label)}:</b> {escape(value)}")


def key_values(rows: Sequence[tuple[str, str]], key_width: float = 1.9 * inch) -> Table:
    data = [[para(k, "cell_bold"), para(v, "cell")] for k, v in rows]
    table = Table(data, colWidths=[key_width, CONTENT_WIDTH - key_width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def grid(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[float]) -> Table:
    """A table with a shaded header row; long cells wrap, the header repeats on each page."""
    scale = CONTENT_WIDTH / sum(widths)
    data = [[para(h, "cell_bold") for h in header]]
    data += [[para(cell, "cell") for cell in row] for row in rows]
    table = Table(data, colWidths=[w * scale for w in widths], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


def heading(text: str, style: str = "h2") -> Paragraph:
    return para(text, style)


def section(title: str, body: Sequence[Flowable], style: str = "h2") -> list[Flowable]:
    """A heading that never sits alone at the foot of a page. (A page break only when less
    than an inch and a half is left: keeping a long table with its heading would push the
    whole table over and leave half a page blank.)"""
    if not body:
        return []
    return [CondPageBreak(1.5 * inch), heading(title, style), *body]


def bullet(text: str, style: str = "big") -> Paragraph:
    """A bulleted line with a hanging indent, so wrapped lines align with the text."""
    base = STYLES[style]
    hanging = ParagraphStyle(f"{base.name}_bullet", parent=base, leftIndent=14, bulletIndent=2)
    return Paragraph(escape(text), hanging, bulletText="•")


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
