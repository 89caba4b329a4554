"""The caseload index's words, built from parts remembered per name (``names.words``), equal
the words of the youth's name forms (``names.forms``), which is how they were first defined."""

from __future__ import annotations

import random
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from csec_desktop.core.demo_seed import fictional_profile
from csec_desktop.core.names.fold import fold
from csec_desktop.core.names.forms import NameForm, name_forms_of
from csec_desktop.core.names.words import IndexWords, index_words


def _from_forms(first: str, middle: str, last: str, chosen: str, aliases: list[str]) -> IndexWords:
    """The words as the index took them from the name forms before decision 70."""
    forms = name_forms_of(first, middle, last, chosen, aliases)
    family = forms[0].family
    legal = forms[0] if not middle else None
    major = (legal or NameForm(tuple(fold(first)), family)).words
    if chosen:
        major |= NameForm(tuple(fold(chosen)), family).words
    words = major | set(forms[0].given)
    words |= {word for form in forms[1:] for word in form.words}
    wholes = {whole for form in forms for whole in form.whole}
    return IndexWords(tuple(sorted(words)), tuple(sorted(wholes)), tuple(sorted(words - major)))


_names = st.text(alphabet=st.sampled_from("abñéÁ Đỗ王-'lLyYdeDEa"), max_size=14)


@settings(max_examples=300, deadline=None)
@given(
    first=_names, middle=_names, last=_names, chosen=_names, aliases=st.lists(_names, max_size=3)
)
def test_the_words_equal_the_name_forms_words_for_any_names(
    first, middle, last, chosen, aliases
) -> None:
    made = index_words(first, middle, last, chosen, aliases)
    assert made == _from_forms(first, middle, last, chosen, aliases)


def test_the_words_equal_the_name_forms_words_over_demo_names() -> None:
    rng = random.Random(8)
    for _ in range(2000):
        p = fictional_profile(rng, date(2026, 12, 7))
        names = (p.legal_first_name, p.legal_middle_name, p.legal_last_name, p.chosen_name)
        assert index_words(*names, p.aliases) == _from_forms(*names, list(p.aliases))
    for names in [
        ("Camila", "Briana", "de la Cruz", "Cami", ["La Flaca", "Majo Smith Soto"]),
        ("Mary Ann", "", "O'Brien", "", ["Annie"]),
        ("王", "", "小明", "", []),
        ("-", "", "Le", "", ["Van"]),
        ("Ana", "", "-", "Ana", ["Ana"]),
    ]:
        assert index_words(*names) == _from_forms(*names)


def test_sign_out_forgets_every_remembered_name_part() -> None:
    from csec_desktop.core.names import words
    from csec_desktop.core.names.fold import forget_folded_names

    index_words("Camila", "Briana", "de la Cruz", "Cami", ["La Flaca"])
    caches = (words._given, words._family)
    assert all(cache.cache_info().currsize for cache in caches)
    forget_folded_names()
    assert not any(cache.cache_info().currsize for cache in caches)
