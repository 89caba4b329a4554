"""The words the caseload index knows one youth by, built from parts remembered per name.

The same words as the youth's name forms (``forms.name_forms_of``) give, computed without
building the forms: a name form's searchable words are its given part's words and its family
part's words (``NameForm.words``), and those depend on one part each. Given names and surnames
repeat across a caseload ("Maria", "Garcia"), so each part's words are worked out once per
distinct part and a youth's words are a few set unions (the index is built from 20,000 youth
at every sign-in; decision 70). A test compares these words with the forms' over the demo data
and generated names.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from csec_desktop.core.names.fold import _CACHE, _fold, family_forms, forgotten_at_sign_out


class IndexWords(NamedTuple):
    """``words``: every word a one-word search may hit; ``wholes``: whole names as one word
    (both orders); ``minor``: the words known only from the middle name or an alias. Each a
    sorted tuple."""

    words: tuple[str, ...]
    wholes: tuple[str, ...]
    minor: tuple[str, ...]


@forgotten_at_sign_out
@lru_cache(maxsize=_CACHE)
def _given(tokens: tuple[str, ...]) -> tuple[str, frozenset[str]]:
    """A given part's tokens written together, and its words: each token, all of them
    together ('maryann') and each neighbouring pair (``NameForm.given_words``)."""
    joined = "".join(tokens)
    if not joined:
        return joined, frozenset(tokens)
    pairs = (a + b for a, b in pairwise(tokens))
    return joined, frozenset((*tokens, joined, *pairs))


@forgotten_at_sign_out
@lru_cache(maxsize=_CACHE)
def _family(tokens: tuple[str, ...]) -> tuple[str, frozenset[str]]:
    """A surname's tokens written together, and its words: each token and every one-word form
    (``fold.family_forms``: 'de la cruz' -> 'delacruz', 'cruz')."""
    return "".join(tokens), frozenset((*tokens, *family_forms(tokens)))


def _wholes_of(given: str, family: str, into: set[str]) -> None:
    if given and family:
        into.add(given + family)
        into.add(family + given)


_NONE: tuple[str, ...] = ()


def index_words(
    first_name: str, middle_name: str, last_name: str, chosen_name: str, aliases: Sequence[str]
) -> IndexWords:
    """The words of one youth's names (shapes: ``IndexWords``; the rule: the module doc and
    ``caseload_entry``)."""
    first, last = _fold(first_name), _fold(last_name)
    given, given_words = _given(first)
    family, family_words = _family(last)
    major = given_words | family_words
    if chosen_name:
        chosen, chosen_words = _given(_fold(chosen_name))
        major |= chosen_words
    if not (middle_name or aliases):  # most youth: every word is a major one
        if not chosen_name or not (chosen and family) or chosen == given:
            wholes = _wholes(given, family)
        else:
            wholes = tuple(sorted({*_wholes(given, family), *_wholes(chosen, family)}))
        return IndexWords(tuple(sorted(major)), wholes, _NONE)
    legal = first + _fold(middle_name)
    # The legal name's middle name adds its words but not first and middle written together
    # ("camilabriana"): nobody types that, and such words would crowd the vocabulary.
    words = major.union(legal)
    found: set[str] = set()
    _wholes_of(_given(legal)[0], family, found)
    if chosen_name:
        _wholes_of(chosen, family, found)
    for alias in aliases:
        tokens = _fold(alias)
        if len(tokens) == 1:  # a one-word alias: a given name with the legal surname
            if last:
                alias_given, alias_words = _given(tokens)
                words |= alias_words | family_words
                _wholes_of(alias_given, family, found)
            continue
        for cut in range(1, len(tokens)):  # every split into given and family names
            alias_given, alias_words = _given(tokens[:cut])
            alias_family, alias_family_words = _family(tokens[cut:])
            words |= alias_words | alias_family_words
            _wholes_of(alias_given, alias_family, found)
    return IndexWords(tuple(sorted(words)), tuple(sorted(found)), tuple(sorted(words - major)))


def _wholes(given: str, family: str) -> tuple[str, ...]:
    """The whole name as one word in both orders, sorted (one word when both are the same)."""
    if not (given and family):
        return _NONE
    ahead, behind = given + family, family + given
    if ahead == behind:
        return (ahead,)
    return (ahead, behind) if ahead < behind else (behind, ahead)
