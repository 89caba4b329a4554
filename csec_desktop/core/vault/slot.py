"""One key slot of the key file (see ``keyslots``): its JSON form and how it matches a name."""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass, field
from typing import Any

from csec_desktop.core.vault.kdf import KdfParams

USER = "user"
RECOVERY = "recovery"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


def _legacy_lookup(salt: bytes, username: str) -> str:
    """Format 1's lookup (salted SHA-256): matched until the slot's next sign-in replaces it."""
    return hashlib.sha256(salt + username.casefold().encode("utf-8")).hexdigest()


@dataclass
class Slot:
    id: str
    kind: str
    lookup_salt: bytes
    lookup: str
    params: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes
    failures: list[str] = field(default_factory=list)
    locked_until: str | None = None
    locked: bool = False
    # Format 2: the slot's public key and the data key sealed to it (and, during a re-key, the
    # next data key). Empty in a format-1 slot, whose ``wrapped`` is the data key itself.
    public: bytes = b""
    sealed: bytes = b""
    sealed_next: bytes = b""

    @property
    def legacy(self) -> bool:
        return not self.public

    def matches(self, username: str, lookup: str) -> bool:
        if self.kind != USER:
            return False
        if self.lookup_salt:
            return hmac.compare_digest(self.lookup, _legacy_lookup(self.lookup_salt, username))
        return hmac.compare_digest(self.lookup, lookup)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "lookup_salt": _b64(self.lookup_salt),
            "lookup": self.lookup,
            "kdf": {
                "alg": "argon2id",
                "memory_kib": self.params.memory_kib,
                "iterations": self.params.iterations,
                "lanes": self.params.lanes,
            },
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "wrapped": _b64(self.wrapped),
            "failures": self.failures,
            "locked_until": self.locked_until,
            "locked": self.locked,
            "public": _b64(self.public),
            "sealed": _b64(self.sealed),
            "sealed_next": _b64(self.sealed_next),
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> Slot:
        kdf = raw["kdf"]
        if kdf["alg"] != "argon2id" or raw["kind"] not in (USER, RECOVERY):
            raise ValueError("unknown slot kind or algorithm")
        return cls(
            id=str(raw["id"]),
            kind=raw["kind"],
            lookup_salt=_unb64(raw["lookup_salt"]),
            lookup=str(raw["lookup"]),
            params=KdfParams(int(kdf["memory_kib"]), int(kdf["iterations"]), int(kdf["lanes"])),
            salt=_unb64(raw["salt"]),
            nonce=_unb64(raw["nonce"]),
            wrapped=_unb64(raw["wrapped"]),
            failures=[str(item) for item in raw.get("failures", [])],
            locked_until=raw.get("locked_until"),
            locked=bool(raw.get("locked", False)),
            public=_unb64(raw.get("public", "")),
            sealed=_unb64(raw.get("sealed", "")),
            sealed_next=_unb64(raw.get("sealed_next", "")),
        )
