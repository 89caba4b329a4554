"""The printable county report: each section's numbers in a table with a small bar chart
beside it (ReportLab's own graphics), rendered from the same rows as the console and CSV.

Only counts leave in it, never a name or a record id; the breakdowns are printed by
``report_pdf_breakdown`` (suppressed cells marked, never drawn as zero). Written atomically: a
failed write leaves no half file.
"""

from __future__ import annotations

import io
import math
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer

from csec_desktop.core.atomicfile import atomic_write
from csec_desktop.core.county.report_pdf_breakdown import breakdown_flowables, table_beside_chart
from csec_desktop.core.county.report_text import NOTE_SECTION, Row, rows
from csec_desktop.core.reports import fonts

CHART_W, BAR_H, LABEL_W = 2.7 * inch, 11, 1.1 * inch
BLUE, ORANGE = colors.HexColor("#1f5f9e"), colors.HexColor("#b35900")


def _sections(report: dict[str, Any]) -> list[tuple[str, list[Row]]]:
    grouped: dict[str, list[Row]] = {}
    for row in rows(report):  # the breakdowns and their note are printed on their own
        if row[0] != NOTE_SECTION and not row[0].startswith("Breakdown by"):
            grouped.setdefault(row[0], []).append(row)
    return list(grouped.items())


def _number(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        return 0.0  # words ("none reported"): no bar


NOT_CHARTED = ("youth", "percent", "hours", "min age")


def _charted(section: list[Row]) -> list[Row]:
    """The counts worth a bar: not the denominators, percentages, hours or settings."""
    return [r for r in section if not any(word in r[1] for word in NOT_CHARTED)][:10]


def _chart(section: list[Row]) -> Drawing:
    shown = _charted(section)
    split = any(r[2] for r in shown)
    if split:  # a section mixing split and plain rows charts the split ones
        shown = [r for r in shown if r[2]]
    height = max(40, BAR_H * len(shown) * (1.6 if split else 1) + 18)
    drawing = Drawing(CHART_W, height)
    if not shown:
        return drawing
    chart = HorizontalBarChart()
    chart.x, chart.y = LABEL_W, 10
    chart.width, chart.height = CHART_W - LABEL_W - 6, height - 14
    series = (
        [[_number(r[2]) for r in shown], [_number(r[3]) for r in shown]]
        if split
        else [[_number(r[4]) for r in shown]]
    )
    chart.data = [list(reversed(s)) for s in series]
    chart.categoryAxis.categoryNames = [_short(r[1]) for r in reversed(shown)]
    chart.categoryAxis.labels.fontName = fonts.BODY
    chart.categoryAxis.labels.fontSize = 6
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    top = max(1.0, *(max(s) for s in series))
    chart.valueAxis.valueMax = top
    chart.valueAxis.valueStep = max(1, math.ceil(top / 4))
    chart.valueAxis.labels.fontName = fonts.BODY
    chart.valueAxis.labels.fontSize = 6
    chart.bars[0].fillColor = BLUE
    if split:
        chart.bars[1].fillColor = ORANGE
    drawing.add(chart)
    return drawing


def _short(label: str) -> str:
    label = label.split(": ", 1)[-1].removeprefix("exploited ").replace("_", " ")
    return label if len(label) <= 22 else label[:21] + "…"


def render_report_pdf(report: dict[str, Any], county_name: str) -> bytes:
    fonts.register()
    body = ParagraphStyle("body", fontName=fonts.BODY, fontSize=8, leading=10)
    head = ParagraphStyle("head", fontName=fonts.BOLD, fontSize=10, leading=13, spaceBefore=8)
    title = ParagraphStyle("title", fontName=fonts.BOLD, fontSize=14, leading=18)
    period = report["period"]
    story: list[Any] = [
        Paragraph(f"{county_name}: CSEC county report", title),
        Paragraph(
            f"Period {period['from']} to {period['to']}; as of {period['as_of']}. Distinct "
            "youth; records decided to be the same youth count once. Blue: child welfare; "
            "orange: probation. Breakdown cells of fewer than "
            f"{report['breakdowns']['suppress_below']} youth are suppressed (*).",
            body,
        ),
    ]
    for name, section in _sections(report):
        split = any(r[2] for r in section)
        header = ["", "child welfare", "probation", "total"] if split else ["", "figure"]
        cells = [header] + [
            [Paragraph(r[1], body), r[2], r[3], r[4]] if split else [Paragraph(r[1], body), r[4]]
            for r in section
        ]
        widths = (
            [2.6 * inch, 0.8 * inch, 0.65 * inch, 0.5 * inch] if split else [3.4 * inch, 1.1 * inch]
        )
        side = table_beside_chart(cells, widths, _chart(section), CHART_W)
        story.append(KeepTogether([Paragraph(name, head), side, Spacer(1, 4)]))
    story += breakdown_flowables(report, body, head)
    out = io.BytesIO()
    SimpleDocTemplate(
        out, pagesize=LETTER, title="CSEC county report", leftMargin=0.6 * inch,
        rightMargin=0.6 * inch, topMargin=0.6 * inch, bottomMargin=0.6 * inch,
    ).build(story)  # fmt: skip
    return out.getvalue()


def write_report_pdf(path: Path, report: dict[str, Any], county_name: str) -> None:
    atomic_write(path, render_report_pdf(report, county_name), overwrite=True, verify=True)
