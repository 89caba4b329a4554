"""Each key slot's own key pair, so the data key can be rewrapped without anyone's passphrase.

A slot holds an X25519 key pair: the private key is wrapped (AES-256-GCM) under the key derived
from the slot's secret (Argon2id, see ``kdf``); the data key is sealed to the public key with
HPKE (RFC 9180: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-256-GCM). A re-key (security
finding 2) seals a new data key to every remaining slot's public key, so the supervisor does not
need the other workers' passphrases, and a slot that was removed (a turned-off account, even
restored from an old copy of ``vault.keys``) can only ever open the data keys sealed to it
before, never the new one.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from csec_desktop.core.vault.kdf import unwrap, wrap

SUITE = hpke.Suite(hpke.KEM.X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.AES_256_GCM)


def new_pair(wrapping_key: bytes, aad: bytes) -> tuple[bytes, bytes, bytes]:
    """A fresh key pair: (public key, nonce, private key wrapped under ``wrapping_key``)."""
    private = X25519PrivateKey.generate()
    nonce, wrapped = wrap(wrapping_key, private.private_bytes_raw(), aad)
    return private.public_key().public_bytes_raw(), nonce, wrapped


def open_private(wrapping_key: bytes, nonce: bytes, wrapped: bytes, aad: bytes) -> bytes | None:
    """The raw private key, or None when the secret was wrong (or the slot was altered)."""
    return unwrap(wrapping_key, nonce, wrapped, aad)


def seal(public: bytes, data_key: bytes, info: bytes) -> bytes:
    """The data key sealed to one slot's public key (encapsulated key + ciphertext)."""
    return SUITE.encrypt(data_key, X25519PublicKey.from_public_bytes(public), info=info)


def unseal(private: bytes, sealed: bytes, info: bytes) -> bytes | None:
    """The data key, or None when ``sealed`` was not made for this key pair."""
    try:
        key = SUITE.decrypt(sealed, X25519PrivateKey.from_private_bytes(private), info=info)
    except (InvalidTag, ValueError):
        return None
    return key if len(key) == 32 else None
