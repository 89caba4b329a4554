"""The ways one youth's name may be written: given and family parts, folded, with joined forms.

A profile gives several name forms: the legal name (middle name among the given names), the chosen
name with the legal surname, and each alias. An alias is one string, so every split of it into
given and family names is a form ("Ana Sofía Ruiz Soto" may be "Ana | Sofía Ruiz Soto" or
"Ana Sofía | Ruiz Soto" ...); a one-word alias is a given name with the legal surname.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from csec_desktop.core.names.fold import family_forms, fold, joined_pairs
from csec_desktop.core.records.youth import YouthProfile


@dataclass(frozen=True)
class NameForm:
    """One way of writing the name. Tokens are folded (``fold.fold``).

    ``given_words``/``family_words``: each part as one word ('mary ann' -> 'maryann', plus each
    neighbouring pair; 'de la cruz' -> 'delacruz', 'cruz'). ``whole``: the full name as one word
    in both orders ('xiaomingwang', 'wangxiaoming'), which is how CJK names typed with or without
    a space and in either order meet.
    """

    given: tuple[str, ...]
    family: tuple[str, ...]
    via_alias: bool = False
    given_words: frozenset[str] = field(init=False, compare=False)
    family_words: frozenset[str] = field(init=False, compare=False)
    whole: frozenset[str] = field(init=False, compare=False)

    def __post_init__(self) -> None:
        given, family = "".join(self.given), "".join(self.family)
        words = {given, *joined_pairs(list(self.given))} if given else set()
        object.__setattr__(self, "given_words", frozenset(words))
        object.__setattr__(self, "family_words", family_forms(self.family))
        wholes = {given + family, family + given} if given and family else set()
        object.__setattr__(self, "whole", frozenset(wholes))

    @property
    def words(self) -> set[str]:
        """Every token and one-word form of the parts: what a search for one word may hit."""
        return {*self.given, *self.family, *self.given_words, *self.family_words}


def _alias_forms(alias: str, surname: tuple[str, ...]) -> list[NameForm]:
    tokens = tuple(fold(alias))
    if len(tokens) == 1:
        return [NameForm(tokens, surname, via_alias=True)] if surname else []
    return [NameForm(tokens[:cut], tokens[cut:], via_alias=True) for cut in range(1, len(tokens))]


def name_forms(profile: YouthProfile) -> list[NameForm]:
    """Every form of the profile's names, legal first (shapes: see the module docstring)."""
    return name_forms_of(
        profile.legal_first_name,
        profile.legal_middle_name,
        profile.legal_last_name,
        profile.chosen_name,
        profile.aliases,
    )


def name_forms_of(
    first_name: str, middle_name: str, last_name: str, chosen_name: str, aliases: Sequence[str]
) -> list[NameForm]:
    """``name_forms`` from the name fields themselves (a stored profile read without its model)."""
    first, middle, family = (
        tuple(fold(first_name)),
        tuple(fold(middle_name)),
        tuple(fold(last_name)),
    )
    # The middle name is one more given-name token, not a form of its own: a name without it
    # still matches (the shorter part's tokens need only be among the longer's), while two
    # different middle names ("María Guadalupe", "María Fernanda") keep twins apart.
    forms = [NameForm(first + middle, family)]
    if chosen_name:
        forms.append(NameForm(tuple(fold(chosen_name)), family))
    for alias in aliases:
        forms.extend(_alias_forms(alias, family))
    # The legal form stays first even when nothing of it folds to a letter ("-"), so callers
    # may rely on forms[0]; an empty part matches nothing.
    return [forms[0], *(form for form in forms[1:] if form.given or form.family)]
