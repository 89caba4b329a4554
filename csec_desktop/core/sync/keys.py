"""Device and county keys: generation, raw serialisation, key ids and fingerprints.

Raw 32-byte keys are the only serialisation: simple to document and to reproduce with other
tools. Private key bytes are handed to the caller, who stores them encrypted (the vault's key
slots); this module never writes a file itself.

A key id is the first 16 bytes of SHA-256 over the raw public key, as 32 lowercase hex digits.
A fingerprint is the same 16 bytes shown to people for comparison on two screens: eight groups
of four upper-case hex digits, or eight proquints (pronounceable five-letter words, one per
16 bits) for reading aloud over the phone.
"""

from __future__ import annotations

import base64
import hashlib
import uuid
from dataclasses import dataclass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey

from csec_desktop.core.sync.errors import FormatError

PublicKey = Ed25519PublicKey | X25519PublicKey
PrivateKey = Ed25519PrivateKey | X25519PrivateKey

KEY_SIZE = 32
_RAW = serialization.Encoding.Raw
_PROQUINT_CONSONANTS = "bdfghjklmnprstvz"
_PROQUINT_VOWELS = "aiou"


def public_bytes(key: PublicKey) -> bytes:
    return key.public_bytes(_RAW, serialization.PublicFormat.Raw)


def b64_public(key: PublicKey) -> str:
    """Standard base64 of the raw public key: how keys appear inside the JSON formats."""
    return base64.b64encode(public_bytes(key)).decode("ascii")


def private_bytes(key: PrivateKey) -> bytes:
    """Raw private key bytes, for the caller to store encrypted. Never log them."""
    return key.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def _check_size(raw: bytes, what: str) -> bytes:
    if len(raw) != KEY_SIZE:
        raise FormatError(f"{what} must be {KEY_SIZE} bytes, not {len(raw)}")
    return bytes(raw)


def ed25519_private_from_bytes(raw: bytes) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(_check_size(raw, "Ed25519 private key"))


def ed25519_public_from_bytes(raw: bytes) -> Ed25519PublicKey:
    try:
        return Ed25519PublicKey.from_public_bytes(_check_size(raw, "Ed25519 public key"))
    except ValueError:
        raise FormatError("Ed25519 public key is not a valid point") from None


def x25519_private_from_bytes(raw: bytes) -> X25519PrivateKey:
    return X25519PrivateKey.from_private_bytes(_check_size(raw, "X25519 private key"))


def x25519_public_from_bytes(raw: bytes) -> X25519PublicKey:
    return X25519PublicKey.from_public_bytes(_check_size(raw, "X25519 public key"))


def key_id(key: PublicKey) -> str:
    """First 16 bytes of SHA-256 of the raw public key, as 32 lowercase hex digits."""
    return hashlib.sha256(public_bytes(key)).digest()[:16].hex()


def fingerprint(key: PublicKey) -> str:
    """``"3F2A 9C01 …"``: eight groups of four hex digits, for comparing on two screens."""
    digits = key_id(key).upper()
    return " ".join(digits[i : i + 4] for i in range(0, len(digits), 4))


def fingerprint_words(key: PublicKey) -> str:
    """The same 128 bits as eight proquints (e.g. ``"lusab-babad-…"``), to read aloud."""
    return proquints(bytes.fromhex(key_id(key)))


def proquints(raw: bytes) -> str:
    """Proquint spelling (one five-letter word per 16 bits, consonant-vowel alternating)."""
    if len(raw) % 2:
        raise ValueError("proquints encode whole 16-bit words")
    c, v = _PROQUINT_CONSONANTS, _PROQUINT_VOWELS
    words = []
    for i in range(0, len(raw), 2):
        n = int.from_bytes(raw[i : i + 2], "big")
        words.append(
            c[(n >> 12) & 15] + v[(n >> 10) & 3] + c[(n >> 6) & 15] + v[(n >> 4) & 3] + c[n & 15]
        )
    return "-".join(words)


def new_device_id() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True)
class DeviceIdentity:
    """A laptop's identity: a random device id and the Ed25519 key that signs its bundles."""

    device_id: str
    signing_key: Ed25519PrivateKey

    @classmethod
    def generate(cls) -> DeviceIdentity:
        return cls(new_device_id(), Ed25519PrivateKey.generate())

    @classmethod
    def from_private_bytes(cls, device_id: str, raw: bytes) -> DeviceIdentity:
        return cls(device_id, ed25519_private_from_bytes(raw))

    def private_bytes(self) -> bytes:
        return private_bytes(self.signing_key)

    @property
    def public_key(self) -> Ed25519PublicKey:
        return self.signing_key.public_key()

    @property
    def key_id(self) -> str:
        return key_id(self.public_key)

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)


@dataclass(frozen=True)
class CountyKeys:
    """The county's three private keys: root (signs trust files), receipt, encryption."""

    root: Ed25519PrivateKey
    receipt: Ed25519PrivateKey
    encryption: X25519PrivateKey

    @classmethod
    def generate(cls) -> CountyKeys:
        return cls(
            Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate(), X25519PrivateKey.generate()
        )

    def to_bytes(self) -> bytes:
        """96 bytes: root, receipt, encryption private keys in that order. Store encrypted."""
        return (
            private_bytes(self.root) + private_bytes(self.receipt) + private_bytes(self.encryption)
        )

    @classmethod
    def from_bytes(cls, raw: bytes) -> CountyKeys:
        if len(raw) != 3 * KEY_SIZE:
            raise FormatError(f"county key material must be {3 * KEY_SIZE} bytes, not {len(raw)}")
        return cls(
            ed25519_private_from_bytes(raw[:32]),
            ed25519_private_from_bytes(raw[32:64]),
            x25519_private_from_bytes(raw[64:]),
        )

    @property
    def root_public(self) -> Ed25519PublicKey:
        return self.root.public_key()

    @property
    def receipt_public(self) -> Ed25519PublicKey:
        return self.receipt.public_key()

    @property
    def encryption_public(self) -> X25519PublicKey:
        return self.encryption.public_key()
