"""Folding names to the keys every comparison uses: NFC, transliteration, particles."""

from __future__ import annotations

import unicodedata

import pytest

from csec_desktop.core.names.fold import core_tokens, family_forms, fold, fold_text


@pytest.mark.parametrize(
    ("typed", "tokens"),
    [
        ("Đỗ Minh", ["do", "minh"]),  # Đ has no Unicode decomposition
        ("Nguyễn Thị Lan", ["nguyen", "thi", "lan"]),
        ("José-María", ["jose", "maria"]),
        ("O’Brien", ["obrien"]),  # apostrophes join
        ("DeLaCruz", ["delacruz"]),
        ("Søren Łukasz", ["soren", "lukasz"]),
        ("王小明", ["wangxiaoming"]),
        ("ÑÚÑEZ", ["nunez"]),
    ],
)
def test_names_fold_to_ascii_lower_case_tokens(typed: str, tokens: list[str]) -> None:
    assert fold(typed) == tokens


def test_decomposed_and_precomposed_marks_fold_alike() -> None:
    precomposed = "Trần Đức"
    decomposed = unicodedata.normalize("NFD", precomposed)
    assert decomposed != precomposed
    assert fold_text(decomposed) == fold_text(precomposed) == "tran duc"


def test_particles_are_kept_unless_the_surname_is_nothing_else() -> None:
    assert core_tokens(["de", "la", "cruz"]) == ["cruz"]
    assert core_tokens(["garcia", "y", "lopez"]) == ["garcia", "lopez"]
    # "Le" and "Van" are whole Vietnamese names as well as particles elsewhere.
    assert core_tokens(["le"]) == ["le"]


def test_joined_and_separated_particles_share_a_one_word_form() -> None:
    separated, joined = family_forms(fold("De la Cruz")), family_forms(fold("Delacruz"))
    assert {"delacruz", "cruz"} <= separated
    assert {"delacruz", "cruz"} <= joined
    assert "leon" in family_forms(fold("Deleon"))
    # A short remainder is letters, not a surname: "Diaz" does not become "az".
    assert family_forms(fold("Diaz")) == {"diaz"}


def test_forgetting_drops_every_remembered_folded_name() -> None:
    from csec_desktop.core.names.fold import _family_forms, _fold, forget_folded_names, sound

    fold("Xóchitl Quetzalli"), family_forms(["de", "la", "cruz"]), sound("quetzalli")
    assert _fold.cache_info().currsize and _family_forms.cache_info().currsize
    forget_folded_names()
    assert _fold.cache_info().currsize == 0 and _family_forms.cache_info().currsize == 0
    assert sound.cache_info().currsize == 0


def test_the_ascii_fast_path_folds_exactly_as_transliteration_does() -> None:
    """Plain ASCII names skip anyascii (sign-in speed); every printable ASCII character must
    fold the same both ways, so no name is keyed differently by the shortcut."""
    from anyascii import anyascii

    printable = "".join(chr(code) for code in range(32, 127))
    for text in (printable, "O'Brien", "De`Souza", "MARY-JANE  st. claire", "ß", "K\u212a"):
        slow = (
            anyascii(unicodedata.normalize("NFC", text))
            .translate(str.maketrans("", "", "'`"))
            .casefold()
        )
        assert fold_text(text) == slow, text
