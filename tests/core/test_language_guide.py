from __future__ import annotations

import json
from pathlib import Path

import pytest

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.language_guide import LanguageGuide, default_guide


def phrases(text: str) -> list[str]:
    return [flag.phrase for flag in default_guide().check(text)]


def test_criminalizing_terms_are_flagged_with_better_wording() -> None:
    flags = default_guide().check("Youth described as a child prostitute; her pimp was nearby.")
    assert [f.phrase for f in flags] == ["child prostitute", "pimp"]
    assert "exploited youth" in flags[0].suggestion
    assert flags[1].suggestion == "exploiter; trafficker"


def test_a_name_is_not_flagged_but_the_noun_is() -> None:
    assert phrases("John Reyes, her uncle, drove her to school.") == []
    assert phrases("She said a john paid for the hotel.") == ["john"]


def test_whole_words_only_and_spanish_terms() -> None:
    assert phrases("Photos were shown; she is hopeful.") == []
    assert phrases("Dijo que el padrote la vigilaba.") == ["padrote"]


def test_advisory_terms_are_marked_as_such() -> None:
    (flag,) = default_guide().check("Her boyfriend, 24, bought her a phone.")
    assert flag.advisory


def test_a_malformed_county_list_is_refused_with_its_location(tmp_path: Path) -> None:
    bad = tmp_path / "terms.json"
    bad.write_text(
        json.dumps(
            {
                "format": "csec-language-guide/1",
                "about": "x",
                "terms": [{"lang": "en", "phrases": [], "suggestion": "s", "why": "w"}],
            }
        )
    )
    with pytest.raises(ValidationError, match=r"terms\.json: terms\.0\.phrases"):
        LanguageGuide.load(bad)
