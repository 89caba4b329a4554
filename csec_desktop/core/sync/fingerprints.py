"""The one way people see and compare key fingerprints, on the laptop and at the county.

A fingerprint is the 128-bit key id (``keys.key_id``). People see it as eight proquint words to
read aloud, followed by the same bits in hex to compare on two screens::

    lusab-babad-gutih-tugad-... (3F2A 9C01 ...)

A person who received the fingerprint out of band (phone, letter) types it back, and the code
compares the bits; a Yes/No question is not a comparison. Either form is accepted, or both (then
both must match); separators and case are forgiven, nothing else is.
"""

from __future__ import annotations

import hmac

from csec_desktop.core.sync.errors import FingerprintMismatchError, FingerprintRequiredError
from csec_desktop.core.sync.keys import PublicKey, fingerprint, fingerprint_words, key_id

_CONSONANTS = "bdfghjklmnprstvz"
_VOWELS = "aiou"
_WORDS_LEN = 40  # eight five-letter proquints
_HEX_LEN = 32


def fingerprint_text(key: PublicKey) -> str:
    """``"<eight words> (<eight hex groups>)"``: the single display format."""
    return f"{fingerprint_words(key)} ({fingerprint(key)})"


def _from_proquints(text: str) -> bytes | None:
    out = bytearray()
    for i in range(0, len(text), 5):
        word = text[i : i + 5]
        try:
            c1, v1, c2, v2, c3 = (
                _CONSONANTS.index(word[0]), _VOWELS.index(word[1]), _CONSONANTS.index(word[2]),
                _VOWELS.index(word[3]), _CONSONANTS.index(word[4]),
            )  # fmt: skip
        except ValueError:
            return None
        n = (c1 << 12) | (v1 << 10) | (c2 << 6) | (v2 << 4) | c3
        out += n.to_bytes(2, "big")
    return bytes(out)


def _from_hex(text: str) -> bytes | None:
    try:
        return bytes.fromhex(text)
    except ValueError:
        return None


def parse_typed(typed: str) -> list[bytes] | None:
    """The 16-byte values a typed fingerprint states (one or two), or None if malformed."""
    cleaned = "".join(ch for ch in typed.lower() if ch.isalnum())
    if len(cleaned) == _HEX_LEN:
        value = _from_hex(cleaned)
        return [value] if value else None
    if len(cleaned) == _WORDS_LEN:
        value = _from_proquints(cleaned)
        return [value] if value else None
    if len(cleaned) == _WORDS_LEN + _HEX_LEN:
        words, digits = _from_proquints(cleaned[:_WORDS_LEN]), _from_hex(cleaned[_WORDS_LEN:])
        return [words, digits] if words and digits else None
    return None


def check_typed(key: PublicKey, typed: str | None, what: str) -> None:
    """Raise unless ``typed`` states exactly ``key``'s fingerprint.

    ``what`` names the key for the message (e.g. "the county's root key").
    """
    if typed is None or not typed.strip():
        raise FingerprintRequiredError(
            f"Type the fingerprint of {what} that you received by phone or on paper; "
            "it is compared with the file before anything is trusted."
        )
    values = parse_typed(typed)
    if values is None:
        raise FingerprintRequiredError(
            "That is not a fingerprint: type the eight words (like lusab-babad-…) or the 32 "
            "letters and digits (like 3F2A 9C01 …)."
        )
    expected = bytes.fromhex(key_id(key))
    if not all(hmac.compare_digest(v, expected) for v in values):
        raise FingerprintMismatchError(
            f"The fingerprint you typed is not the fingerprint of {what} in this file. Nothing "
            "was trusted. Do not use this file; call the county on a number you already know."
        )
