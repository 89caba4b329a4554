"""A youth named in each of California's common languages prints with real glyphs in every
audience: the text read back from the PDF is the stored name, and every character is set in an
embedded font that has it (no empty boxes)."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.records.youth_store import YouthStore
from csec_desktop.core.reports import shaping
from csec_desktop.core.reports.audience import Audience
from csec_desktop.core.reports.audience_fields import Layout
from csec_desktop.core.reports.fonts import family_for, register
from csec_desktop.core.reports.service import SummaryService
from tests.core.reports.helpers import flat, text_of
from tests.core.reports.printing_case import build_case

# (first, middle, last) as typed; "es-nfd" arrives with combining accents.
NAMES = {
    "en": ("Emily", "", "Johnson"),
    "es": ("Sofía", "", "Peña"),
    "es-nfd": ("Sofi\u0301a", "", "Pen\u0303a"),
    "vi": ("Hồng", "Thị", "Nguyễn"),
    "zh": ("秀英", "", "王"),
    "ko": ("민준", "", "김"),
    "hy": ("Արամ", "", "Պետրոսյան"),
    "ru": ("Дмитрий", "", "Иванов"),
    "tl": ("Luzviminda", "Niño", "Dela Cruz"),
    "ar": ("محمد", "", "الأحمد"),
}
# Complex scripts: printed in their embedded font and shaped with HarfBuzz (shaping.py).
COMPLEX = {
    "km": (("សុខា", "", "ស្រីនាង"), "NotoSansKhmer"),
    "hi": (("अनुष्का", "", "क्षत्रिय"), "NotoSansDevanagari"),
    "pa": (("ਗੁਰਪ੍ਰੀਤ", "", "ਕੌਰ"), "NotoSansGurmukhi"),
    "th": (("สมศรี", "", "ใจดี"), "NotoSansThai"),
    "lo": (("ສົມສີ", "", "ແກ້ວມະນີ"), "NotoSansLao"),
}
AUDIENCES = list(Audience)


def profile(first: str, middle: str, last: str) -> YouthProfile:
    return YouthProfile(
        legal_first_name=first,
        legal_middle_name=middle,
        legal_last_name=last,
        birth_date=date(2011, 5, 4),
        agency=Agency.CHILD_WELFARE,
    )


def readable(text: str, lang: str) -> str:
    """Text read back from the PDF, for comparing. Arabic prints in its joined (presentation)
    letter forms; NFKC maps them back to the letters that were stored."""
    return unicodedata.normalize("NFKC", text) if lang == "ar" else text


@pytest.fixture(scope="module")
def copies(tmp_path_factory):
    case = build_case(tmp_path_factory.mktemp("names"), profile(*NAMES["en"]))
    store = YouthStore(case.ctx)
    out = {}
    for lang, parts in NAMES.items():
        stored = store.update(case.youth_id, profile(*parts)).profile
        for audience in AUDIENCES:
            pdf = case.service.render(case.screening_id, audience)
            out[(lang, audience)] = (stored, flat(text_of(pdf)))
    yield out, case
    case.session.sign_out()


@pytest.mark.parametrize("lang", list(NAMES))
def test_the_name_prints_as_stored_in_every_audience(copies, lang):
    table, _case = copies
    for audience in AUDIENCES:
        stored, text = table[(lang, audience)]
        if audience.rules.layout is Layout.PROFESSIONAL:
            expected = stored.legal_name
        elif audience.rules.legal_name:  # the caregiver's sheet: first and last name
            expected = f"{stored.legal_first_name} {stored.legal_last_name}"
        else:  # the youth's copy: the name they use
            expected = stored.legal_first_name
        assert readable(expected, lang) in readable(text, lang), (lang, audience)


def test_a_name_typed_with_combining_accents_is_stored_and_printed_composed(copies):
    table, _case = copies
    stored, text = table[("es-nfd", Audience.CASE)]
    assert stored.legal_name == "Sofía Peña"
    assert "Sofía Peña" in text and "\u0301" not in text and "\u0303" not in text


@pytest.mark.parametrize("lang", [*NAMES, *COMPLEX])
def test_every_character_of_the_name_has_a_glyph_in_an_embedded_font(lang):
    covered = register()
    parts = NAMES[lang] if lang in NAMES else COMPLEX[lang][0]
    name = unicodedata.normalize("NFC", " ".join(parts))
    for char in name:
        family = family_for(char)
        assert family is not None and ord(char) in covered[family], (lang, char)


def test_header_and_footer_print_a_worker_name_in_any_script(copies):
    _table, case = copies
    worker = Actor("kim.lee", "김지수 Nguyễn")
    ctx = RecordContext(case.ctx.db, case.ctx.audit, case.ctx.clock, worker)
    service = SummaryService(ctx, case.service.policy, tz=case.service.tz)
    for audience in (Audience.CASE, Audience.YOUTH):
        text = flat(text_of(service.render(case.screening_id, audience)))
        assert "김지수 Nguyễn" in text


PRIVATE_USE = range(0xE000, 0xF900)  # glyphs HarfBuzz substituted (conjuncts, stacked forms)


def fonts_on_page(pdf: bytes) -> set[str]:
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    found = page["/Resources"]["/Font"]
    return {str(found[key].get_object()["/BaseFont"]).split("+")[-1] for key in found}


@pytest.fixture(scope="module")
def complex_copies(tmp_path_factory):
    case = build_case(tmp_path_factory.mktemp("complex"), profile(*NAMES["en"]))
    store = YouthStore(case.ctx)
    out = {}
    for lang, (parts, _font) in COMPLEX.items():
        stored = store.update(case.youth_id, profile(*parts)).profile
        out[lang] = (stored, case.service.render(case.screening_id, Audience.CASE))
    yield out
    case.session.sign_out()


@pytest.mark.parametrize("lang", list(COMPLEX))
def test_a_complex_script_name_prints_shaped_in_its_embedded_font(complex_copies, lang):
    font, (stored, pdf) = COMPLEX[lang][1], complex_copies[lang]
    assert f"{font}-Regular" in fonts_on_page(pdf)  # set in the script's own font
    text = flat(text_of(pdf))
    printed = text[text.index("Legal name") + len("Legal name") :].split("Date of birth")[0]
    substituted = [c for c in printed if ord(c) in PRIVATE_USE]
    if lang in ("th", "lo"):  # letters stay letters: the name reads back as typed
        assert stored.legal_name in text
    else:  # conjuncts and reordered vowel signs are glyphs of their own
        assert shaping.available() and substituted, printed
        assert set(printed) - set(substituted) - {" "} <= set(stored.legal_name)
    assert "\ufffd" not in printed
