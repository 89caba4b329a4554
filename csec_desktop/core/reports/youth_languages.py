"""Which language a youth's copy prints in, and the words for it.

English and Spanish ship (``youth_words``); a county adds others as translation files
(``translation_file``) carried in its signed package or installed by a supervisor
(``translation_store``). When the youth's language has no translation the copy prints in
English with one line in the youth's language saying they can ask for it in their language
(the language table ``resources/language/taglines.json``, ``language_table``: California's
threshold languages, MPP 21-115 and Gov. Code 11135). A tagline whose script no embedded font
can print is replaced by the English line naming the language, never printed as empty boxes."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from csec_desktop.core.i18n import translate
from csec_desktop.core.language_table import Tagline, taglines
from csec_desktop.core.language_table import language_code as table_language_code
from csec_desktop.core.reports import fonts
from csec_desktop.core.reports.translation_file import Translation
from csec_desktop.core.reports.translation_store import (
    install_translation,
    installed_translations,
    store_translation,
)
from csec_desktop.core.reports.youth_words import WORDS

__all__ = [
    "Tagline",
    "YouthWords",
    "choices",
    "install_translation",
    "installed_translations",
    "language_code",
    "missing_notice",
    "printable",
    "store_translation",
    "taglines",
    "youth_words",
]


@dataclass(frozen=True)
class YouthWords:
    """What a youth copy prints with: ``words`` (the copy's sentences), ``text_lang`` (the
    language instrument text and dates use: en or es), and ``notice`` (lines printed on top;
    none when the copy is translated)."""

    code: str
    words: dict[str, str]
    text_lang: str
    notice: tuple[str, ...] = ()


def printable(value: str) -> bool:
    """Whether every letter of ``value`` is in an embedded font."""
    covered = fonts.register()
    return all(
        unicodedata.category(c)[0] in "ZPMC" or any(ord(c) in cov for cov in covered.values())
        for c in value
    )


def language_code(preferred: str, installed: dict[str, Translation] | None = None) -> str:
    """The language code for a youth's stated preference ('es', 'Spanish', 'Tiếng Việt',
    'hy'…), county translations' names included (``language_table.language_code``)."""
    names = {code: t.name for code, t in (installed or {}).items()}
    return table_language_code(preferred, names)


def choices(db: Any) -> list[tuple[str, str]]:
    """(code, name) of every language a youth copy can be printed in, English first; the names
    in the worker's language (the CLI's are English)."""
    shipped = [
        ("en", translate("YouthLanguages", "English")),
        ("es", translate("YouthLanguages", "Spanish (Español)")),
    ]
    county_name = translate("YouthLanguages", "{name} (county)")
    county = [(c, county_name.format(name=t.name)) for c, t in installed_translations(db).items()]
    notice_name = translate("YouthLanguages", "{name} — English with a notice")
    rest = [
        (c, notice_name.format(name=t.name))
        for c, t in taglines().items()
        if c not in WORDS and c not in dict(county)
    ]
    return shipped + county + rest


def youth_words(code: str, db: Any) -> YouthWords:
    """The words for a youth copy in ``code`` (see the module docstring)."""
    if code in WORDS:
        return YouthWords(code, WORDS[code], code)
    installed = installed_translations(db)
    if code in installed:
        return YouthWords(code, installed[code].words, "en")
    return YouthWords(code, WORDS["en"], "en", missing_notice(code))


def missing_notice(code: str) -> tuple[str, ...]:
    """The lines an English copy carries for a youth whose language has no translation: the
    tagline in that language (its own line, so a right-to-left one reads right to left) when
    an embedded font prints it, then the English line naming the language."""
    tag = taglines().get(code)
    english = taglines()["en"].notice or ""
    if tag is None:
        return (english,)
    named = f"{english.rstrip('.')}: {tag.name}."
    if tag.notice and printable(tag.notice):
        return (tag.notice, named)
    return (named,)
