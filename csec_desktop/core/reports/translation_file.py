"""A county-supplied translation of the youth's copy: one JSON file per language.

Shape: ``{"language": "hy", "name": "Armenian", "words": {KEY: TEXT, ...}}`` where the keys
are exactly those of the English copy (``youth_words.WORDS["en"]``) and every text keeps the
English text's placeholders (``{worker}``, ``{day}``…) and ``|`` separators. Counties write
these files with their own qualified translators; the product never machine-translates.
Any problem is one ``ValidationError`` naming the file and the key.
"""

from __future__ import annotations

import json
import re
import string
from dataclasses import dataclass
from typing import Any

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.reports.youth_words import WORDS

ENGLISH = WORDS["en"]
MAX_FILE_SIZE = 256 * 1024
_CODE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")  # BCP 47 tag, as counties write them


@dataclass(frozen=True)
class Translation:
    code: str
    name: str
    words: dict[str, str]

    def to_doc(self) -> dict[str, Any]:
        """The file's shape: ``{"language", "name", "words"}``."""
        return {"language": self.code, "name": self.name, "words": dict(self.words)}

    def to_json(self) -> str:
        return json.dumps(self.to_doc(), ensure_ascii=False, sort_keys=True)


def _fields(value: str) -> list[str]:
    return sorted(f for _, f, _, _ in string.Formatter().parse(value) if f is not None)


def parse_translation(data: bytes, source: str) -> Translation:
    """The translation in ``data`` (read from ``source``, named in every message)."""
    if len(data) > MAX_FILE_SIZE:
        raise ValidationError(f"{source}: larger than a translation file can be")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(f"{source}: not a UTF-8 JSON file ({exc})") from None
    return translation_from_doc(doc, source)


def translation_from_doc(doc: Any, source: str) -> Translation:
    """The translation in an already-parsed document (a file's, or one carried in a county
    package), checked against the English keys; ``ValidationError`` naming ``source``."""
    if not isinstance(doc, dict):
        raise ValidationError(f"{source}: expected an object with language, name and words")
    code, name, words = doc.get("language"), doc.get("name"), doc.get("words")
    if not isinstance(code, str) or not _CODE.match(code):
        raise ValidationError(f"{source}: 'language' must be a language code such as 'hy'")
    if code in WORDS:
        raise ValidationError(f"{source}: {code} ships with the product and cannot be replaced")
    if not isinstance(name, str) or not name.strip():
        raise ValidationError(f"{source}: 'name' must name the language, e.g. 'Armenian'")
    if not isinstance(words, dict):
        raise ValidationError(f"{source}: 'words' must be an object of the English copy's keys")
    missing = sorted(set(ENGLISH) - set(words))
    if missing:
        raise ValidationError(f"{source}: missing key(s) {', '.join(missing)}")
    extra = sorted(set(words) - set(ENGLISH))
    if extra:
        raise ValidationError(f"{source}: unknown key(s) {', '.join(extra)}")
    for key, english in ENGLISH.items():
        value = words[key]
        if not isinstance(value, str) or not value.strip():
            raise ValidationError(f"{source}: key {key} must be non-empty text")
        if _fields(value) != _fields(english):
            wanted = ", ".join("{" + f + "}" for f in _fields(english)) or "none"
            raise ValidationError(f"{source}: key {key} must keep the placeholders {wanted}")
        if value.count("|") != english.count("|"):
            raise ValidationError(
                f"{source}: key {key} must have {english.count('|') + 1} parts separated by '|'"
            )
    return Translation(code, name.strip(), {k: words[k] for k in ENGLISH})
