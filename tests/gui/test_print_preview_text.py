"""The preview a worker prints from (QtPdf) shows names in every script and copies whose every
free text is at its maximum length."""

from __future__ import annotations

import io
import unicodedata

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QSize

from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.records.youth_store import YouthStore
from csec_desktop.core.reports.audience import Audience
from csec_desktop.gui.printing.print_preview import PrintPreviewDialog
from tests.core.reports.printing_case import build_case

NAMES = [
    ("Hồng", "Nguyễn"),
    ("秀英", "王"),
    ("민준", "김"),
    ("Արամ", "Պետրոսյան"),
    ("Дмитрий", "Иванов"),
    ("محمد", "الأحمد"),
]


def youth(first: str, last: str) -> YouthProfile:
    return YouthProfile(legal_first_name=first, legal_last_name=last, agency=Agency.CHILD_WELFARE)


@pytest.fixture(scope="module")
def case(tmp_path_factory):
    built = build_case(tmp_path_factory.mktemp("preview_text"), youth(*NAMES[0]))
    yield built
    built.session.sign_out()


def qtpdf_text(dialog: PrintPreviewDialog) -> str:
    """The text QtPdf (PDFium) reads from the document the preview shows."""
    pages = range(dialog.document.pageCount())
    text = " ".join(dialog.document.getAllText(page).text() for page in pages)
    return unicodedata.normalize("NFKC", " ".join(text.split()))


@pytest.mark.parametrize(("first", "last"), NAMES)
def test_preview_shows_the_name_in_every_audience(qtbot, case, first, last, tmp_path):
    YouthStore(case.ctx).update(case.youth_id, youth(first, last))
    dialog = PrintPreviewDialog(case.service, case.screening_id)
    qtbot.addWidget(dialog)
    for audience in Audience:
        qtbot.waitUntil(lambda: not dialog.working)  # the copy renders in the background
        dialog.audience_box.setCurrentIndex(list(Audience).index(audience))
        qtbot.waitUntil(lambda: not dialog.working and bool(dialog.pdf))
        assert dialog.document.pageCount() == len(PdfReader(io.BytesIO(dialog.pdf)).pages) >= 1
        expected = first if audience is Audience.YOUTH else f"{first} {last}"
        assert unicodedata.normalize("NFKC", expected) in qtpdf_text(dialog), audience
    image = dialog.document.render(0, QSize(850, 1100))
    assert not image.isNull()
    image.save(str(tmp_path / "first-page.png"))  # kept in the test's folder to look at


def test_preview_opens_a_copy_with_every_text_at_its_maximum_length(qtbot, tmp_path_factory):
    long_case = build_case(tmp_path_factory.mktemp("preview_long"), youth(*NAMES[1]), long=True)
    try:
        dialog = PrintPreviewDialog(long_case.service, long_case.screening_id)
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: not dialog.working, timeout=120_000)  # long: tens of pages
        assert dialog.print_button.isEnabled()
        assert dialog.document.pageCount() > 5
        assert f"{dialog.document.pageCount()} pages" in dialog.status.text()
    finally:
        long_case.session.sign_out()
