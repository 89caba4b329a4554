"""The printed breakdowns: one table per dimension (a row per group, in words; in care,
identified and at risk across) with a bar chart beside it that names its groups.

A suppressed cell prints "suppressed" in the table and, in the chart, no bar but an asterisk
where the bar would be, footnoted (``report_breakdown.SUPPRESSED_NOTE``): a missing bar must
never read as zero. Counts only, never a name or a record id.
"""

from __future__ import annotations

import math
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from csec_desktop.core.county.report_breakdown import (
    DIMENSION_LABELS,
    ROW_LABELS,
    ROWS,
    SUPPRESSED,
)
from csec_desktop.core.county.report_text import breakdown_tables, footnote
from csec_desktop.core.reports import fonts

CHART_W, LABEL_W, BAR_H = 2.95 * inch, 1.4 * inch, 4.0
SERIES_COLORS = (colors.HexColor("#1f5f9e"), colors.HexColor("#b35900"),
                 colors.HexColor("#6b6b6b"))  # fmt: skip
MARK = "*"


def table_beside_chart(
    cells: list[list[Any]], widths: list[float], chart: Flowable, chart_width: float
) -> Table:
    """A table of counts (bold header row, numbers right-aligned) with its chart beside it:
    the one layout every section of the county report uses."""
    table = Table(cells, colWidths=widths)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.BODY, 8),
        ("FONT", (0, 0), (-1, 0), fonts.BOLD, 8),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))  # fmt: skip
    side = Table([[table, chart]], colWidths=[sum(widths) + 6, chart_width])
    side.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return side


def _chart(cells_by_row: dict[str, dict[str, Any]]) -> Drawing:
    groups = list(next(iter(cells_by_row.values())))
    series = [[cells_by_row[row].get(g) for g in reversed(groups)] for row in ROWS]
    height = len(groups) * len(ROWS) * BAR_H + len(groups) * 4 + 34
    drawing = Drawing(CHART_W, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = LABEL_W, 22
    chart.width, chart.height = CHART_W - LABEL_W - 10, height - 26
    chart.data = [[n or 0 for n in s] for s in series]
    chart.categoryAxis.categoryNames = [g if len(g) <= 30 else g[:29] + "…" for g in
                                        reversed(groups)]  # fmt: skip
    chart.categoryAxis.labels.fontName = fonts.BODY
    chart.categoryAxis.labels.fontSize = 6
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.groupSpacing = 4
    top = max(1, *(n or 0 for s in series for n in s))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax = 0, top
    chart.valueAxis.valueStep = max(1, math.ceil(top / 4))
    chart.valueAxis.labels.fontName = fonts.BODY
    chart.valueAxis.labels.fontSize = 6
    for index, color in enumerate(SERIES_COLORS):
        chart.bars[index].fillColor = color
        chart.bars[index].strokeColor = None
    drawing.add(chart)
    chart.draw()  # places the bars, so a suppressed one can be marked where it would be
    for values, bars in zip(series, chart._barPositions, strict=True):
        for value, (x, y, _w, h) in zip(values, bars, strict=True):
            if value is None:
                drawing.add(String(x + 2, y + h / 2 - 2.2, MARK, fontName=fonts.BOLD,
                                   fontSize=7))  # fmt: skip
    legend = Legend()
    legend.x, legend.y = LABEL_W - 40, 8
    legend.alignment, legend.columnMaximum = "right", 1
    legend.fontName, legend.fontSize = fonts.BODY, 6
    legend.dx, legend.dy, legend.deltax = 6, 6, 48
    legend.colorNamePairs = [(c, ROW_LABELS[r]) for c, r in zip(SERIES_COLORS, ROWS, strict=True)]
    drawing.add(legend)
    return drawing


def breakdown_flowables(report: dict[str, Any], body: ParagraphStyle,
                        head: ParagraphStyle) -> list[Flowable]:  # fmt: skip
    """A heading, table and chart per dimension, then the suppression footnote."""
    out: list[Flowable] = []
    for dimension, cells_by_row in breakdown_tables(report):
        groups = list(next(iter(cells_by_row.values())))
        cells: list[list[Any]] = [["", *(ROW_LABELS[r] for r in ROWS)]]
        for group in groups:
            shown = [cells_by_row[r].get(group) for r in ROWS]
            marked = [SUPPRESSED + MARK if n is None else str(n) for n in shown]
            cells.append([Paragraph(group, body), *marked])
        widths = [1.45 * inch, 0.78 * inch, 0.78 * inch, 0.78 * inch]
        side = table_beside_chart(cells, widths, _chart(cells_by_row), CHART_W)
        title = f"Breakdown by {DIMENSION_LABELS[dimension]}: youth in care in the period"
        out.append(KeepTogether([Paragraph(title, head), side, Spacer(1, 4)]))
    out.append(Paragraph(f"{MARK} {footnote(report)}. JSON gives these cells as null.", body))
    return out
