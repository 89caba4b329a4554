"""Names folded to the keys that search and the duplicate checks compare.

A youth's name reaches the laptop typed by many hands: with or without accents and tone marks,
"Đỗ" or "Do", "De la Cruz", "Delacruz" or "DeLaCruz", "García-López" or "Garcia Lopez",
"王小明" or "Wang Xiaoming". Folding makes those the same key:

- NFC first, so a letter typed as base + combining mark equals the precomposed one;
- transliteration to ASCII by ``anyascii`` (Unicode's own decompositions leave letters such as
  Đ, Ø, Ł, Þ and all CJK untouched; anyascii maps them: Đ -> D, 王 -> Wang);
- case-folded; apostrophes dropped ("O'Brien" = "OBrien"); any other non-letter (space, hyphen,
  full stop) separates tokens.

Surname particles (de, del, de la, van, bin, y, ...) are kept as tokens, because "Do" and "Le"
are whole Vietnamese surnames as well as particles elsewhere; ``family_forms`` gives every way a
surname may be written so joined and separated spellings meet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import Protocol, TypeVar

import jellyfish
from anyascii import anyascii

_NON_WORD = re.compile(r"[^0-9a-z]+")
_APOSTROPHES = str.maketrans("", "", "'`")

# Particles that join or separate surnames in the languages common in California (Spanish,
# Portuguese, Italian, French, Dutch, German, Arabic, Malay). "y" joins a paternal and a
# maternal surname ("García y López"). A surname made only of particles ("Le", "Van") is kept
# whole: there the word is the surname.
PARTICLES = frozenset(
    "de del della dela di da das dos du la las los le van vander vanden von der den ter ten "
    "bin binti bint ibn al el y".split()
)
# A surname written joined ("Delacruz") still meets its core ("Cruz") when what remains after
# the particles is at least this long; shorter remainders ("Diaz" -> "az") are letters, not names.
_MIN_CORE = 4
# Names repeat across a caseload (and a 20,000-youth index is built at every sign-in): folded
# forms are remembered. Only folded keys are kept, in memory, for the session's life.
_CACHE = 1 << 16
# Sound keys of very short tokens collide too often ("Ana", "Ann", "Ian" ...).
_MIN_SOUND_LENGTH = 4


class _Cached(Protocol):
    def cache_clear(self) -> None: ...


_Remembering = TypeVar("_Remembering", bound=_Cached)
# Every cache of folded names or words made from them, emptied at sign-out.
_REMEMBERING: list[_Cached] = []


def forgotten_at_sign_out(cached: _Remembering) -> _Remembering:
    """Register an ``lru_cache`` of name keys so ``forget_folded_names`` empties it."""
    _REMEMBERING.append(cached)
    return cached


def fold_text(text: str) -> str:
    """NFC, transliterated to ASCII, apostrophes dropped, case-folded: 'Đỗ' -> 'do'."""
    if text.isascii():
        # Most names on a caseload are plain ASCII: already NFC, and anyascii (pure Python, one
        # character at a time) would return them unchanged. str methods run at C speed.
        return text.translate(_APOSTROPHES).casefold()
    return anyascii(unicodedata.normalize("NFC", text)).translate(_APOSTROPHES).casefold()


def fold(text: str) -> list[str]:
    """Word tokens of ``text``: 'José-María' -> ['jose', 'maria'], 'Đỗ Minh' -> ['do', 'minh']."""
    return list(_fold(text))


@forgotten_at_sign_out
@lru_cache(maxsize=_CACHE)
def _fold(text: str) -> tuple[str, ...]:
    return tuple(token for token in _NON_WORD.split(fold_text(text)) if token)


def core_tokens(tokens: list[str]) -> list[str]:
    """The surname's tokens less its particles; all of them if nothing else is left."""
    kept = [token for token in tokens if token not in PARTICLES]
    return kept or list(tokens)


@forgotten_at_sign_out
@lru_cache(maxsize=_CACHE)
def stripped_cores(joined: str) -> frozenset[str]:
    """What a joined surname leaves after one to three leading particles: 'delacruz' -> 'cruz'.

    Also yields a few remainders that are no name ('delacruz' -> 'acruz' after 'del'); they are
    only ever compared with other surnames, which they do not resemble.
    """
    found: set[str] = set()
    frontier = {joined}
    for _ in range(3):
        frontier = {
            rest[len(particle) :]
            for rest in frontier
            for particle in PARTICLES
            if rest.startswith(particle) and len(rest) - len(particle) >= _MIN_CORE
        }
        found |= frontier
    return frozenset(found)


def family_forms(tokens: Sequence[str]) -> frozenset[str]:
    """Every one-word form of a surname: joined whole, joined core, and cores of joined forms.

    'De la Cruz' -> {'delacruz', 'cruz'}; 'Delacruz' -> {'delacruz', 'cruz', ...};
    'García López' -> {'garcialopez'} (its tokens are compared one by one elsewhere).
    """
    return _family_forms(tuple(tokens))


@forgotten_at_sign_out
@lru_cache(maxsize=_CACHE)
def _family_forms(tokens: tuple[str, ...]) -> frozenset[str]:
    if not tokens:
        return frozenset()
    whole = "".join(tokens)
    forms = {whole, "".join(core_tokens(list(tokens)))}
    for form in list(forms):
        forms |= stripped_cores(form)
    return frozenset(forms)


def joined_pairs(tokens: list[str]) -> list[str]:
    """Each two neighbouring tokens written together: ['mei', 'ling', 'chen'] ->
    ['meiling', 'lingchen'] (names split or joined differently: "Mei Ling" / "Meiling")."""
    return [a + b for a, b in pairwise(tokens)]


@forgotten_at_sign_out
@lru_cache(maxsize=_CACHE)
def sound(token: str) -> str:
    """The token's Metaphone key (``jellyfish``): 'kaitlyn' -> 'KTLN'; '' for tokens too short
    to say."""
    return jellyfish.metaphone(token) if len(token) >= _MIN_SOUND_LENGTH else ""


def forget_folded_names() -> None:
    """Drop every remembered folded name (at sign-out: nothing of a caseload stays behind)."""
    for cached in _REMEMBERING:
        cached.cache_clear()
