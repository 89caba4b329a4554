"""Passphrase-to-key derivation (Argon2id) and key wrapping (AES-256-GCM).

Parameters are stored per slot so they can be raised later without breaking old slots. The floor
is RFC 9106's second recommended option (64 MiB, 3 passes, 4 lanes); anything weaker found in a
slot file is refused rather than used, so an edited file cannot downgrade the work factor.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from csec_desktop.core.errors import IntegrityError

MIN_MEMORY_KIB = 64 * 1024
MIN_ITERATIONS = 3
MIN_LANES = 4
# Ceilings: an edited key file must not make sign-in hang for hours, exhaust the laptop's memory
# or crash the KDF (it raises OverflowError or MemoryError on absurd values).
MAX_MEMORY_KIB = 2 * 1024 * 1024
MAX_ITERATIONS = 16
MAX_LANES = 16
KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12


@dataclass(frozen=True)
class KdfParams:
    memory_kib: int = 128 * 1024
    iterations: int = 3
    lanes: int = 4

    def check(self) -> None:
        if (
            self.memory_kib < MIN_MEMORY_KIB
            or self.iterations < MIN_ITERATIONS
            or self.lanes < MIN_LANES
        ):
            raise IntegrityError("key slot file asks for key derivation below the allowed minimum")
        if (
            self.memory_kib > MAX_MEMORY_KIB
            or self.iterations > MAX_ITERATIONS
            or self.lanes > MAX_LANES
        ):
            raise IntegrityError("key slot file asks for key derivation beyond the allowed maximum")


# The weakest parameters the product accepts; tests use them to keep the suite quick.
MINIMUM_PARAMS = KdfParams(MIN_MEMORY_KIB, MIN_ITERATIONS, MIN_LANES)


def derive_key(secret: str, salt: bytes, params: KdfParams) -> bytes:
    params.check()
    kdf = Argon2id(
        salt=salt,
        length=KEY_BYTES,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(secret.encode("utf-8"))


def wrap(wrapping_key: bytes, data_key: bytes, aad: bytes) -> tuple[bytes, bytes]:
    nonce = os.urandom(NONCE_BYTES)
    return nonce, AESGCM(wrapping_key).encrypt(nonce, data_key, aad)


def unwrap(wrapping_key: bytes, nonce: bytes, wrapped: bytes, aad: bytes) -> bytes | None:
    """The data key, or None when the secret was wrong (or the slot was altered)."""
    try:
        return AESGCM(wrapping_key).decrypt(nonce, wrapped, aad)
    except InvalidTag:
        return None
