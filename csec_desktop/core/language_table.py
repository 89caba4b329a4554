"""The one language table: ``resources/language/taglines.json``.

Every language the product knows, by code (BCP 47): its English name, the names and codes
workers type for it (a youth's preferred language, an interpreter's language), and the line
"You can ask for this paper in your language" in it (``notice``; ``None`` where no reviewed
line exists). Its ``shipped`` list names the languages the product ships translations in;
the frozen build keeps ICU data by this table (build/icu_data.py). California's threshold
languages: MPP 21-115, Gov. Code 11135; each line's source is in docs/language-access.md.

Kept free of ReportLab and Qt: the caseload and the start dialog read it, not only printing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.paths import resource


@dataclass(frozen=True)
class Tagline:
    code: str
    name: str
    notice: str | None
    aliases: tuple[str, ...]


@cache
def taglines() -> dict[str, Tagline]:
    """Every language of the table by code, in the table's order."""
    doc = json.loads(resource("language", "taglines.json").read_text(encoding="utf-8"))
    return {
        code: Tagline(code, v["name"], v["notice"], tuple(v["aliases"]))
        for code, v in doc["languages"].items()
    }


def language_code(preferred: str, installed_names: dict[str, str] | None = None) -> str:
    """The language code for a stated language ('es', 'Spanish', 'Tiếng Việt', 'hy'…);
    English when nothing is stated; the text as given (lower case) when unknown.
    ``installed_names``: code → name of county translations, matched first."""
    text = preferred.strip()
    if not text:
        return "en"
    lowered = text.lower()
    for code, name in (installed_names or {}).items():
        if lowered in (code.lower(), name.lower()):
            return code
    for code, tag in taglines().items():
        if lowered in (code.lower(), tag.name.lower(), *tag.aliases):
            return code
    return lowered


def language_name(code: str) -> str:
    """The English name of a code in the table; the text as stored otherwise."""
    tag = taglines().get(code)
    return tag.name if tag else code


# The table's English names, marked for the catalog so a screen can name each language in the
# worker's language (a test checks this list against the table).
SHOWN_NAMES = (
    QT_TRANSLATE_NOOP("LanguageNames", "English"),
    QT_TRANSLATE_NOOP("LanguageNames", "Spanish"),
    QT_TRANSLATE_NOOP("LanguageNames", "Chinese (Traditional)"),
    QT_TRANSLATE_NOOP("LanguageNames", "Chinese (Simplified)"),
    QT_TRANSLATE_NOOP("LanguageNames", "Vietnamese"),
    QT_TRANSLATE_NOOP("LanguageNames", "Tagalog"),
    QT_TRANSLATE_NOOP("LanguageNames", "Korean"),
    QT_TRANSLATE_NOOP("LanguageNames", "Armenian"),
    QT_TRANSLATE_NOOP("LanguageNames", "Russian"),
    QT_TRANSLATE_NOOP("LanguageNames", "Farsi"),
    QT_TRANSLATE_NOOP("LanguageNames", "Arabic"),
    QT_TRANSLATE_NOOP("LanguageNames", "Cambodian (Khmer)"),
    QT_TRANSLATE_NOOP("LanguageNames", "Hmong"),
    QT_TRANSLATE_NOOP("LanguageNames", "Punjabi"),
    QT_TRANSLATE_NOOP("LanguageNames", "Japanese"),
    QT_TRANSLATE_NOOP("LanguageNames", "Hindi"),
    QT_TRANSLATE_NOOP("LanguageNames", "Thai"),
    QT_TRANSLATE_NOOP("LanguageNames", "Lao"),
    QT_TRANSLATE_NOOP("LanguageNames", "Mien"),
    QT_TRANSLATE_NOOP("LanguageNames", "Ukrainian"),
)


def language_words(code: str) -> str:
    """A language named in the worker's language, for screens (printed copies read
    ``language_name``); the text as stored when the table does not know it."""
    name = language_name(code)
    return translate("LanguageNames", name) if name in SHOWN_NAMES else name
