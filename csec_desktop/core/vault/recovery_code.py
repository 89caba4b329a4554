"""The recovery code shown once at setup: 160 random bits in Crockford base32.

Printed as eight groups of four characters. Reading it back forgives case, spaces, dashes and
the look-alikes O/0 and I/L/1, because it is typed from paper in a hurry.
"""

from __future__ import annotations

import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 32


def new_recovery_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, LENGTH, 4))


def normalize_recovery_code(text: str) -> str:
    cleaned = text.upper().replace("O", "0").replace("I", "1").replace("L", "1")
    cleaned = "".join(ch for ch in cleaned if ch not in " -\t\n")
    return "-".join(cleaned[i : i + 4] for i in range(0, len(cleaned), 4))
