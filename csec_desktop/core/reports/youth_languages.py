"""Which language a youth's copy prints in, and the words for it.

English and Spanish ship (``youth_words``); a county adds others as translation files
(``translation_file``) a supervisor installs into the vault (stored in ``meta`` under
``youth_translation:<code>``, so they travel with the encrypted vault and need no schema
change). When the youth's language has no translation the copy prints in English with one
line in the youth's language saying they can ask for it in their language (the tagline table
``resources/language/taglines.json``, California's threshold languages, MPP 21-115 and Gov.
Code 11135). A tagline whose script no embedded font can print is replaced by the English
line naming the language, never printed as empty boxes.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from csec_desktop.core.paths import resource
from csec_desktop.core.reports import fonts
from csec_desktop.core.reports.translation_file import Translation
from csec_desktop.core.reports.youth_words import WORDS
from csec_desktop.core.vault.audit import AuditEvent
from csec_desktop.core.vault.roles import Role

_PREFIX = "youth_translation:"


@dataclass(frozen=True)
class Tagline:
    code: str
    name: str
    notice: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class YouthWords:
    """What a youth copy prints with: ``words`` (the copy's sentences), ``text_lang`` (the
    language instrument text and dates use: en or es), and ``notice`` (lines printed on top;
    none when the copy is translated)."""

    code: str
    words: dict[str, str]
    text_lang: str
    notice: tuple[str, ...] = ()


@cache
def taglines() -> dict[str, Tagline]:
    doc = json.loads(resource("language", "taglines.json").read_text(encoding="utf-8"))
    return {
        code: Tagline(code, v["name"], v["notice"], tuple(v["aliases"]))
        for code, v in doc["languages"].items()
    }


def printable(value: str) -> bool:
    """Whether every letter of ``value`` is in an embedded font."""
    covered = fonts.register()
    return all(
        unicodedata.category(c)[0] in "ZPMC" or any(ord(c) in cov for cov in covered.values())
        for c in value
    )


def language_code(preferred: str, installed: dict[str, Translation] | None = None) -> str:
    """The language code for a youth's stated preference ('es', 'Spanish', 'Tiếng Việt',
    'hy'…); English when nothing is stated; the text as given (lower case) when unknown."""
    text = preferred.strip()
    if not text:
        return "en"
    lowered = text.lower()
    for code, t in (installed or {}).items():
        if lowered in (code.lower(), t.name.lower()):
            return code
    for code, tag in taglines().items():
        if lowered in (code.lower(), tag.name.lower(), *tag.aliases):
            return code
    return lowered


def installed_translations(db: Any) -> dict[str, Translation]:
    rows = db.execute("SELECT key, value FROM meta WHERE key LIKE ?", (_PREFIX + "%",))
    found = {}
    for _, value in rows.fetchall():
        doc = json.loads(value)
        found[doc["language"]] = Translation(doc["language"], doc["name"], doc["words"])
    return dict(sorted(found.items()))


def install_translation(session: Any, translation: Translation) -> bool:
    """Install (or replace) a county translation by hand (``csec translation install``);
    supervisors only, audited. Returns True when it replaced an earlier file for the same
    language. The county's signed package is the preferred way (``store_translation``)."""
    session.require(Role.SUPERVISOR)
    with session.db.transaction():
        return store_translation(
            session.db, session.audit, session.account.username, translation, "file"
        )


def store_translation(
    db: Any, audit: Any, actor: str, translation: Translation, source: str
) -> bool:
    """Store (or replace) one translation inside the caller's transaction, audited as
    ``translation_installed`` with its ``source`` ("file": by hand; "county_package": with a
    trust update). True when it replaced one for the same language."""
    key = _PREFIX + translation.code
    replaced = db.execute("SELECT 1 FROM meta WHERE key = ?", (key,)).fetchone() is not None
    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, translation.to_json()))
    audit.append(
        AuditEvent.TRANSLATION_INSTALLED,
        actor,
        translation.code,
        {"kind": "youth_translation", "name": translation.name, "source": source},
    )
    return replaced


def choices(db: Any) -> list[tuple[str, str]]:
    """(code, name) of every language a youth copy can be printed in, English first."""
    shipped = [("en", "English"), ("es", "Spanish (Español)")]
    county = [(c, f"{t.name} (county)") for c, t in installed_translations(db).items()]
    rest = [
        (c, f"{t.name} — English with a notice")
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
