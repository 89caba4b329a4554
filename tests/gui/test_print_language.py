"""The print window's language for the youth's copy, with the real summary service and a real
vault: the youth's preferred language first, another chosen from the list, a county
translation installed, and a language with no translation (English with its notice)."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from csec_desktop.core.reports.audience import Audience
from csec_desktop.core.reports.translation_file import parse_translation
from csec_desktop.core.reports.youth_languages import install_translation
from csec_desktop.gui.printing.print_preview import PrintPreviewDialog
from tests.core.reports.conftest import build
from tests.core.reports.test_youth_languages import translation_file
from tests.gui.test_print_preview import settle


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    fixture = build(tmp_path_factory.mktemp("print-language"))
    install_translation(fixture.session, parse_translation(translation_file(), "hmn.json"))
    yield fixture
    fixture.session.sign_out()


def text_of(dialog: PrintPreviewDialog) -> str:
    reader = PdfReader(io.BytesIO(dialog.pdf))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


def choose(qtbot, dialog: PrintPreviewDialog, code: str) -> str:
    dialog.language_box.setCurrentIndex(dialog.language_box.findData(code))
    settle(qtbot, dialog)
    return text_of(dialog)


def test_the_worker_chooses_the_youth_copy_language(qtbot, printed):
    dialog = PrintPreviewDialog(printed.service, printed.needs_id, Audience.CASE)
    qtbot.addWidget(dialog)
    settle(qtbot, dialog)
    assert dialog.language_box.isHidden()  # only the youth's copy has a language
    dialog.audience_box.setCurrentIndex(list(Audience).index(Audience.YOUTH))
    settle(qtbot, dialog)
    assert not dialog.language_box.isHidden()
    assert dialog.language_box.currentData() == "es"  # the youth's preferred language
    assert "Tus derechos" in text_of(dialog)
    assert dialog.language_box.accessibleName() == "Language of the youth's copy"

    english = choose(qtbot, dialog, "en")
    assert "Your rights" in english and "Tus derechos" not in english

    county = choose(qtbot, dialog, "hmn")
    assert dialog.language_box.currentText() == "Hmong (county)"
    assert "Hmoob-test Your rights" in county

    korean = choose(qtbot, dialog, "ko")
    assert "이 문서를 당신의 언어로 요청할 수 있습니다." in korean
    assert "You can ask for this paper in your language: Korean." in korean
    assert "Your rights" in korean
