"""The youth copy's language: shipped en/es, a county translation file installed into a real
vault, and a language with no translation (English with a notice in that language)."""

from __future__ import annotations

import io
import json
import re

import pytest
from pypdf import PdfReader

from csec_desktop.core.errors import AuthError, ValidationError
from csec_desktop.core.paths import resource
from csec_desktop.core.reports.audience import Audience
from csec_desktop.core.reports.translation_file import parse_translation
from csec_desktop.core.reports.youth_languages import (
    install_translation,
    installed_translations,
    language_code,
    missing_notice,
    printable,
    taglines,
)
from csec_desktop.core.reports.youth_words import WORDS
from csec_desktop.core.vault.roles import Role
from tests.core.reports.conftest import build

WORKER_PASS = "lanterns along the river"
# A fictional third language for tests: every English sentence marked, placeholders kept.
TEST_WORDS = {key: f"Hmoob-test {value}" for key, value in WORDS["en"].items()}


def translation_file(words: dict[str, str] | None = None, code: str = "hmn") -> bytes:
    doc = {"language": code, "name": "Hmong", "words": TEST_WORDS if words is None else words}
    return json.dumps(doc, ensure_ascii=False).encode()


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(p.extract_text() for p in reader.pages).split())


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    fixture = build(tmp_path_factory.mktemp("languages"))
    yield fixture
    fixture.session.sign_out()


def test_the_youth_preferred_language_is_the_default_and_a_choice_overrides_it(printed):
    spanish = pdf_text(printed.service.render(printed.needs_id, Audience.YOUTH))
    assert "Tus derechos" in spanish and "Your rights" not in spanish
    english = pdf_text(printed.service.render(printed.needs_id, Audience.YOUTH, "en"))
    assert "Your rights" in english and "Tus derechos" not in english
    assert printed.service.youth_language(printed.needs_id) == "es"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda w: w.pop("rights_h"), "lang.json: missing key(s) rights_h"),
        (lambda w: w.update(shout="x"), "lang.json: unknown key(s) shout"),
        (lambda w: w.update(title="Para ti"), "lang.json: key title must keep the placeholders"),
        (lambda w: w.update(page="Page"), "lang.json: key page must have 2 parts"),
        (lambda w: w.update(keep=" "), "lang.json: key keep must be non-empty text"),
    ],
)
def test_a_bad_translation_file_names_the_file_and_the_key(change, message):
    words = dict(TEST_WORDS)
    change(words)
    with pytest.raises(ValidationError, match=re.escape(message)):
        parse_translation(translation_file(words), "lang.json")


def test_a_shipped_language_and_non_json_are_refused():
    with pytest.raises(ValidationError, match=re.escape("es.json: es ships with the product")):
        parse_translation(translation_file(code="es"), "es.json")
    with pytest.raises(ValidationError, match=re.escape("x.json: not a UTF-8 JSON file")):
        parse_translation(b"\xff{", "x.json")


def test_an_installed_county_translation_prints_the_youth_copy(printed):
    replaced = install_translation(printed.session, parse_translation(translation_file(), "h"))
    assert replaced is False
    assert install_translation(printed.session, parse_translation(translation_file(), "h"))
    assert list(installed_translations(printed.session.db)) == ["hmn"]
    assert ("hmn", "Hmong (county)") in printed.service.youth_choices()
    text = pdf_text(printed.service.render(printed.needs_id, Audience.YOUTH, "hmn"))
    assert "Hmoob-test Your rights" in text and "Hmoob-test Your copy" in text
    assert "You can ask for this paper" not in text  # translated: no notice
    events = [e.event for e in printed.session.audit.entries()]
    assert "translation_installed" in events


def test_a_language_without_translation_prints_english_with_its_notice(printed):
    text = pdf_text(printed.service.render(printed.needs_id, Audience.YOUTH, "vi"))
    assert "Bạn có thể yêu cầu tờ giấy này bằng ngôn ngữ của bạn." in text
    assert "You can ask for this paper in your language: Vietnamese." in text
    assert "Your rights" in text  # the copy itself is English
    korean = pdf_text(printed.service.render(printed.needs_id, Audience.YOUTH, "ko"))
    assert "이 문서를 당신의 언어로 요청할 수 있습니다." in korean
    # Lao, shaped (shaping.py): a vowel with a tone mark above is one glyph of its own (read
    # back as a private-use character); the final full stop, not in the Lao font, still prints.
    lao = pdf_text(printed.service.render(printed.needs_id, Audience.YOUTH, "lo"))
    marked = re.sub("[\ue000-\uf8ff]", "?", lao)
    assert "ທ່ານສາມາດຂໍເອກະສານນີ?ເປ?ນພາສາຂອງທ່ານໄດ້. You can ask" in marked


def test_a_tagline_no_embedded_font_can_print_falls_back_to_the_english_line():
    assert not printable("אפשר לבקש את הדף הזה בשפה שלך.")  # Hebrew: no embedded font
    assert missing_notice("xyz") == ("You can ask for this paper in your language.",)
    # Mien: no reviewed line exists, so none ships (docs/language-access.md).
    assert taglines()["ium"].notice is None and language_code("Iu Mien") == "ium"
    assert missing_notice("ium") == ("You can ask for this paper in your language: Mien.",)
    for code, tag in taglines().items():  # every shipped line prints, Khmer to Lao included
        assert tag.notice is None or printable(tag.notice), code
    assert missing_notice("th") == (
        taglines()["th"].notice,
        "You can ask for this paper in your language: Thai.",
    )


def test_stated_languages_resolve_to_codes():
    assert language_code("Spanish") == language_code("español") == "es"
    assert language_code("") == "en"
    assert language_code("Tiếng Việt") == "vi"
    assert language_code("Mixtec") == "mixtec"  # unknown: kept as stated


def test_only_a_supervisor_installs_a_translation(printed):
    printed.session.add_account("ana.ruiz", "Ana Ruiz", Role.FIELD_WORKER, WORKER_PASS)
    worker = printed.session.vault.sign_in("ana.ruiz", WORKER_PASS)
    try:
        with pytest.raises(AuthError):
            install_translation(worker, parse_translation(translation_file(code="ko"), "k"))
        assert "ko" not in installed_translations(worker.db)
    finally:
        worker.sign_out()


def test_the_language_tables_shipped_list_is_what_ships() -> None:
    """The build keeps ICU data and Qt's translations by this list (build/icu_data.py)."""
    doc = json.loads(resource("language", "taglines.json").read_text(encoding="utf-8"))
    assert set(doc["shipped"]) == set(WORDS) and set(doc["shipped"]) <= set(doc["languages"])
