"""Passphrase rules after NIST SP 800-63B: length and a blocklist, no composition rules.

Spaces are allowed and nothing is truncated. A passphrase is refused when it is short, appears
in the bundled list of common passwords (also once leading/trailing digits and symbols are
stripped, which catches "password1234"), repeats one character, or contains the user name.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.i18n import translate
from csec_desktop.core.paths import read_resource_text

_EDGE_NOISE = "0123456789!@#$%^&*()-_=+.,;:?~ "


def normalize_passphrase(passphrase: str) -> str:
    """NFC so the same passphrase typed on different keyboards derives the same key."""
    return unicodedata.normalize("NFC", passphrase)


@lru_cache(maxsize=1)
def _blocklist() -> frozenset[str]:
    text = read_resource_text("wordlists", "common-passwords.txt")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


def passphrase_problem(passphrase: str, min_length: int, username: str = "") -> str | None:
    """The reason a passphrase is refused, in words for the person choosing it, or None."""
    text = normalize_passphrase(passphrase)
    if len(text) < min_length:
        return translate(
            "PassphraseRules", "Use at least {count} characters; a few words with spaces work well."
        ).format(count=min_length)
    folded = text.lower()
    squeezed = folded.replace(" ", "")
    blocked = _blocklist()
    core = folded.strip(_EDGE_NOISE)
    if squeezed in blocked or folded in blocked or (len(core) >= 4 and core in blocked):
        return translate(
            "PassphraseRules",
            "That passphrase is on a list of commonly used passwords; choose another.",
        )
    if len(set(squeezed)) <= 2:
        return translate(
            "PassphraseRules", "That passphrase repeats the same characters; choose another."
        )
    if username and len(username) >= 3 and username.lower() in folded:
        return translate("PassphraseRules", "The passphrase must not contain the user name.")
    return None


def check_passphrase(passphrase: str, min_length: int, username: str = "") -> str:
    """Return the normalized passphrase, or raise ValidationError with the reason."""
    problem = passphrase_problem(passphrase, min_length, username)
    if problem:
        raise ValidationError(problem)
    return normalize_passphrase(passphrase)
