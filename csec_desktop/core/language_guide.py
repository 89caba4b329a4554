"""The language guide: flags criminalizing or blaming words in free text, with better wording.

Workers write notes quickly and in hard moments; the guide points at a phrase and offers the
wording the CSEC Action Team's principles ask for. It never blocks saving. Terms live in
``resources/language/terms.json`` as plain phrases (never regular expressions, so a county edit
cannot make matching slow or unsafe); matching is whole-word and case-insensitive, except for
terms marked ``case_sensitive_lower`` (``john``), which are flagged only in lower case so that a
person's name is not.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field
from pydantic import ValidationError as PydanticValidationError

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.paths import read_resource_text
from csec_desktop.core.textfile import TextFileError, printable_name, read_text_capped

# The shipped list is a few kilobytes; a far larger file is refused before it is parsed.
MAX_GUIDE_BYTES = 1_000_000


class Term(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    lang: str = Field(pattern=r"^[a-z]{2}$")
    phrases: tuple[str, ...] = Field(min_length=1)
    suggestion: str = Field(min_length=1)
    why: str = Field(min_length=1)
    case_sensitive_lower: bool = False
    advisory: bool = False


class TermList(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    format: str = Field(pattern=r"^csec-language-guide/1$")
    about: str
    terms: tuple[Term, ...]


@dataclass(frozen=True)
class Flag:
    start: int
    end: int
    phrase: str
    suggestion: str
    why: str
    advisory: bool


class LanguageGuide:
    def __init__(self, terms: TermList) -> None:
        self.terms = terms
        self._patterns: list[tuple[re.Pattern[str], Term]] = []
        for term in terms.terms:
            for phrase in sorted(term.phrases, key=len, reverse=True):
                words = r"\s+".join(re.escape(word) for word in phrase.split())
                flags = 0 if term.case_sensitive_lower else re.IGNORECASE
                self._patterns.append((re.compile(rf"(?<!\w){words}(?!\w)", flags), term))

    @classmethod
    def load(cls, path: Path | None = None) -> LanguageGuide:
        source = str(path) if path else "language/terms.json"
        try:
            text = (
                read_text_capped(path, MAX_GUIDE_BYTES)
                if path
                else read_resource_text("language", "terms.json")
            )
            return cls(TermList.model_validate(json.loads(text)))
        except OSError as exc:
            raise ValidationError(f"{source}: cannot be read ({exc.strerror})") from None
        except json.JSONDecodeError as exc:
            where = f"line {exc.lineno} column {exc.colno}"
            raise ValidationError(f"{source}: not valid JSON ({where}: {exc.msg})") from None
        except TextFileError as exc:
            raise ValidationError(f"{source}: cannot be read as JSON ({exc})") from None
        except RecursionError:
            raise ValidationError(f"{source}: cannot be read as JSON (nested too deeply)") from None
        except PydanticValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(printable_name(str(p)) for p in first["loc"])
            raise ValidationError(f"{source}: {where}: {first['msg']}") from None

    def check(self, text: str) -> list[Flag]:
        """Flags in reading order; overlapping phrases keep the longest."""
        found: list[Flag] = []
        taken: list[tuple[int, int]] = []
        for pattern, term in self._patterns:
            for match in pattern.finditer(text):
                span = match.span()
                if any(span[0] < end and start < span[1] for start, end in taken):
                    continue
                taken.append(span)
                found.append(Flag(*span, match.group(0), term.suggestion, term.why, term.advisory))
        return sorted(found, key=lambda flag: flag.start)


@lru_cache(maxsize=1)
def default_guide() -> LanguageGuide:
    return LanguageGuide.load()
