"""The running header and footer stay one line each, whatever their length or script."""

from __future__ import annotations

from csec_desktop.core.reports.blocks import para
from csec_desktop.core.reports.pdf_layout import PageFrame, _width, build_pdf, fit
from tests.core.reports.helpers import flat, text_of


def test_fit_cuts_with_an_ellipsis_only_when_needed():
    assert fit("Short title", 8, 500) == "Short title"
    long = "Evaluación de necesidades 王秀英 " * 60
    cut = fit(long, 8, 300)
    assert cut.endswith("…") and long.startswith(cut[:-1])
    assert _width(cut, 8) <= 300 and _width(cut, 8) > 250  # fills the room, no more


def test_a_4000_character_title_and_a_long_worker_name_leave_the_page_number_visible():
    title = ("County screening instrument for youth & families " * 80)[:4000]
    frame = PageFrame(
        header=title,
        notice="CONFIDENTIAL",
        printed_line="Printed by " + "김지수 Nguyễn " * 40,
        record_line="Record fingerprint 0123456789ab " + "x" * 300,
    )
    text = flat(text_of(build_pdf([para("Body")], frame, "t")))
    assert "Page 1 of 1" in text
    assert "County screening instrument for youth & families" in text and "…" in text
