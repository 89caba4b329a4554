"""File-provided text shown to people refuses control and invisible formatting characters."""

from __future__ import annotations

import pytest

from csec_desktop.core.sync.canonical import req_str
from csec_desktop.core.sync.errors import FormatError


@pytest.mark.parametrize("text", ["Alameda\x07", "Alameda\x85", "\u202eadamelA", "Ala\u200bmeda"])
def test_control_and_format_characters_are_refused(text: str) -> None:
    with pytest.raises(FormatError, match="control or invisible formatting characters"):
        req_str({"county_name": text}, "county_name", "trust file")


def test_zero_width_joiners_that_scripts_need_are_kept() -> None:
    """Persian and Indic words and emoji sequences use U+200C and U+200D."""
    word = "می\u200cخواهم 👩\u200d👧"
    assert req_str({"note": word}, "note", "file") == word
