"""One spelling for every text the product saves: Unicode NFC.

The same name can arrive as different code points: "Sofía" typed on one keyboard is ``í``
(U+00ED); pasted from another program it may be ``i`` followed by a combining acute accent
(U+0301). Both look the same on screen, but they compare unequal, search and duplicate checks
miss one for the other, and a font without the combining mark prints ``Sofi■a``. Names and
free text are therefore normalised to NFC (canonical composition, Unicode Standard Annex #15)
when a record is saved on the laptop and when the county imports a bundle. NFC never changes
what a reader sees; compatibility forms (NFKC: ligatures, full-width letters) are left alone,
because they can change meaning. Matching names for search is a separate concern.
"""

from __future__ import annotations

import unicodedata
from typing import Any


def nfc(text: str) -> str:
    """``text`` in Unicode normalisation form C."""
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def nfc_all(value: Any) -> Any:
    """``value`` with every string inside it (dict keys and values, list and tuple items) in
    NFC; other values unchanged."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, dict):
        return {nfc_all(key): nfc_all(item) for key, item in value.items()}
    if isinstance(value, list):
        return [nfc_all(item) for item in value]
    if isinstance(value, tuple):
        return tuple(nfc_all(item) for item in value)
    return value
