"""Whether an interpreter was used in an encounter, and for which language.

Language access in the county's threshold languages is a duty (Dymally-Alatorre Bilingual
Services Act; CDSS MPP 21-115; Gov. Code 11135), and the record shows how it was met: no
interpreter, or one in person, by phone or by video, with the language interpreted. Stored on
the encounter as ``{"mode": ..., "language": ...}`` (``encounters.interpreter``, schema 11),
synced as the encounter's ``interpreter`` member (docs/bundle-format.md), printed on the
professional copies (``audience.AudienceRules.interpreter``). An encounter from before
schema 11 has none recorded (``None``).

Languages are the ones a youth's preferred language is understood in: the threshold-language
table (``resources/language/taglines.json``, read through ``language_table.language_code``),
so "Spanish", "español" and "es" are one language. A language off that table is kept as the
worker typed it, capitals included ("Mixteco"); only matching against the table ignores case.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.language_table import language_code, language_name, taglines

MAX_LANGUAGE = 40  # as the profile's preferred language


class InterpreterMode(StrEnum):
    NONE = "none"
    IN_PERSON = "in_person"
    PHONE = "phone"
    VIDEO = "video"


# One label per mode (a mode added without one fails at import, below).
MODE_LABELS: dict[InterpreterMode, str] = {
    InterpreterMode.NONE: QT_TRANSLATE_NOOP("Interpreter", "No interpreter"),
    InterpreterMode.IN_PERSON: QT_TRANSLATE_NOOP("Interpreter", "Interpreter in person"),
    InterpreterMode.PHONE: QT_TRANSLATE_NOOP("Interpreter", "Interpreter by phone"),
    InterpreterMode.VIDEO: QT_TRANSLATE_NOOP("Interpreter", "Interpreter by video"),
}
assert set(MODE_LABELS) == set(InterpreterMode), "every interpreter mode needs a label"


@dataclass(frozen=True)
class Interpreter:
    """``mode`` and, unless the mode is ``none``, the language code interpreted."""

    mode: InterpreterMode
    language: str | None = None

    @classmethod
    def make(cls, mode: str, language: str | None = None) -> Interpreter:
        """A checked value. Raises ``ValidationError`` (one message) for an unknown mode, a
        language given with no interpreter, or an interpreter with no language."""
        try:
            chosen = InterpreterMode(mode)
        except ValueError:
            names = ", ".join(m.value for m in InterpreterMode)
            raise ValidationError(
                translate(
                    "Interpreter", "Interpreter: unknown kind '{mode}' (one of {names})."
                ).format(mode=mode[:40], names=names)
            ) from None
        text = (language or "").strip()
        if chosen is InterpreterMode.NONE:
            if text:
                raise ValidationError(
                    translate("Interpreter", "Interpreter: a language is given but no interpreter.")
                )
            return cls(chosen)
        if not text:
            raise ValidationError(
                translate("Interpreter", "Interpreter: say which language was interpreted.")
            )
        if len(text) > MAX_LANGUAGE:
            raise ValidationError(
                translate(
                    "Interpreter", "Interpreter: the language name is longer than {n} characters."
                ).format(n=MAX_LANGUAGE)
            )
        code = language_code(text)
        if code not in taglines():  # off the table: kept as the worker wrote it ("Mixteco")
            code = text
        if code == "en":
            raise ValidationError(
                translate(
                    "Interpreter", "Interpreter: choose the language interpreted, not English."
                )
            )
        return cls(chosen, code)

    @property
    def used(self) -> bool:
        return self.mode is not InterpreterMode.NONE

    def to_data(self) -> dict[str, Any]:
        return {"mode": self.mode.value, "language": self.language}

    def to_json(self) -> str:
        return json.dumps(self.to_data(), sort_keys=True)

    @classmethod
    def from_data(cls, data: Any) -> Interpreter:
        """From a stored or synced ``{"mode", "language"}``; ``ValidationError`` otherwise."""
        if not isinstance(data, dict) or set(data) != {"mode", "language"}:
            raise ValidationError("Interpreter: expected an object with mode and language.")
        mode, language = data["mode"], data["language"]
        if not isinstance(mode, str) or not (language is None or isinstance(language, str)):
            raise ValidationError("Interpreter: mode and language must be text.")
        value = cls.make(mode, language)  # checks mode, language present or absent, length
        # Kept as stored: a code this laptop's table does not know stays as the sender wrote it.
        return cls(value.mode, language if value.used else None)

    def describe(self) -> str:
        """In English, as the case file prints: "Interpreter by phone — Vietnamese" or "No
        interpreter" (the printed copies are English; the screen translates MODE_LABELS)."""
        label = MODE_LABELS[self.mode]
        return f"{label} — {language_name(self.language or '')}" if self.used else label


NO_INTERPRETER = Interpreter(InterpreterMode.NONE)


def language_choices() -> list[tuple[str, str]]:
    """(code, English name) of the listed languages an interpreter may interpret, Spanish
    first (most often needed), then in the table's order; English is not among them."""
    return [(code, tag.name) for code, tag in taglines().items() if code != "en"]
