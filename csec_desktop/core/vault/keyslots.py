"""The key-slot sidecar: the database key wrapped once per user and once for recovery.

LUKS-style: a random 256-bit data key encrypts the database; each slot holds that key wrapped
under a key derived from one secret (a user's passphrase or the recovery code). Changing a
passphrase rewraps one slot and never re-encrypts the database.

The file is plain JSON (it holds nothing readable without a secret) written atomically with
owner-only permissions. User names are not stored: a slot is found by a salted hash of the
name, so the file does not list the device's workers. Sign-in failure counts live here too,
because they must survive a restart and the database cannot be opened before sign-in.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from csec_desktop.core.atomicfile import atomic_write
from csec_desktop.core.errors import VaultError
from csec_desktop.core.textfile import read_capped
from csec_desktop.core.vault.kdf import SALT_BYTES, KdfParams, derive_key, unwrap, wrap

FORMAT = "csec-keyslots/1"
USER = "user"
RECOVERY = "recovery"
# A key file with a few dozen slots is tens of kilobytes; a far larger one is not a key file.
MAX_KEY_FILE_BYTES = 4_000_000
MAX_PHANTOMS = 500


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text, validate=True)


def _lookup(salt: bytes, username: str) -> str:
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

    def matches(self, username: str) -> bool:
        return self.kind == USER and hmac.compare_digest(
            self.lookup, _lookup(self.lookup_salt, username)
        )

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
        )


class KeySlots:
    """The sidecar file's content; ``save()`` writes it atomically."""

    def __init__(
        self,
        path: Path,
        vault_id: str,
        slots: list[Slot],
        pending: list[Any],
        generation: int = 0,
        audit_head: list[Any] | None = None,
        security: dict[str, Any] | None = None,
    ) -> None:
        self.path = path
        self.vault_id = vault_id
        self.slots = slots
        # Raised by every save; the database mirrors it (see security_state).
        self.generation = generation
        # The audit log's head [seq, hash] and the county's security section, mirrored here by
        # the signed-in session (see security_state); neither is secret.
        self.audit_head = audit_head
        self.security = security
        # Failure counts for names with no slot, so an unknown name locks like a real one
        # (otherwise "locked" would tell which names are real). Keyed by a hash of the name.
        self.phantoms: dict[str, dict[str, Any]] = {}
        # Events that happened while the database was closed (failed sign-ins); carry no names.
        self.pending_events: list[dict[str, str]] = pending

    @classmethod
    def create(cls, path: Path) -> KeySlots:
        return cls(path, secrets.token_hex(16), [], [])

    @classmethod
    def load(cls, path: Path) -> KeySlots:
        try:
            raw = json.loads(read_capped(path, MAX_KEY_FILE_BYTES))
            if raw["format"] != FORMAT:
                raise ValueError("format")
            slots = [Slot.from_json(item) for item in raw["slots"]]
            head = raw.get("audit_head")
            keys = cls(
                path, str(raw["vault_id"]), slots, list(raw.get("pending_events", [])),
                int(raw.get("generation", 0)),
                [int(head[0]), str(head[1])] if head else None,
                raw.get("security") if isinstance(raw.get("security"), dict) else None,
            )  # fmt: skip
            phantoms = raw.get("phantoms")
            if isinstance(phantoms, dict):
                keys.phantoms = {str(k): dict(v) for k, v in phantoms.items()}
            return keys
        except FileNotFoundError:
            raise VaultError(f"key file {path.name} is missing from the data folder") from None
        except OSError as exc:
            raise VaultError(f"key file {path.name} cannot be read ({exc.strerror})") from None
        except (ValueError, KeyError, TypeError, OverflowError, RecursionError):
            raise VaultError(f"key file {path.name} is damaged or not a key file") from None

    def save(self) -> None:
        self.generation += 1
        body = {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "generation": self.generation,
            "slots": [slot.to_json() for slot in self.slots],
            "pending_events": self.pending_events,
            "audit_head": self.audit_head,
            "security": self.security,
            "phantoms": self.phantoms,
        }
        atomic_write(self.path, json.dumps(body, indent=1).encode("utf-8"))

    def _aad(self, slot_id: str, kind: str) -> bytes:
        # Binds a wrapped key to this vault and this slot, so slots cannot be swapped around.
        return f"{FORMAT}|{self.vault_id}|{slot_id}|{kind}".encode()

    def add(
        self, kind: str, username: str, secret: str, data_key: bytes, params: KdfParams
    ) -> Slot:
        slot_id = secrets.token_hex(8)
        lookup_salt, salt = os.urandom(SALT_BYTES), os.urandom(SALT_BYTES)
        nonce, wrapped = wrap(derive_key(secret, salt, params), data_key, self._aad(slot_id, kind))
        slot = Slot(
            slot_id, kind, lookup_salt, _lookup(lookup_salt, username), params, salt, nonce, wrapped
        )
        self.slots.append(slot)
        return slot

    def rewrap(self, slot: Slot, secret: str, data_key: bytes, params: KdfParams) -> None:
        slot.params, slot.salt = params, os.urandom(SALT_BYTES)
        key = derive_key(secret, slot.salt, params)
        slot.nonce, slot.wrapped = wrap(key, data_key, self._aad(slot.id, slot.kind))

    def open(self, slot: Slot, secret: str) -> bytes | None:
        key = derive_key(secret, slot.salt, slot.params)
        return unwrap(key, slot.nonce, slot.wrapped, self._aad(slot.id, slot.kind))

    def find_user(self, username: str) -> Slot | None:
        return next((slot for slot in self.slots if slot.matches(username)), None)

    def phantom(self, username: str, params: KdfParams) -> tuple[str, Slot]:
        """A stand-in slot carrying the failure count of a name that has no slot."""
        key = hashlib.sha256(f"{self.vault_id}|{username.casefold()}".encode()).hexdigest()
        held = self.phantoms.get(key, {})
        stand_in = Slot(
            "phantom", USER, b"", "", params, b"", b"", b"",
            failures=[str(f) for f in held.get("failures", [])],
            locked_until=held.get("locked_until"), locked=bool(held.get("locked", False)),
        )  # fmt: skip
        return key, stand_in

    def keep_phantom(self, key: str, slot: Slot) -> None:
        self.phantoms[key] = {
            "failures": slot.failures, "locked_until": slot.locked_until, "locked": slot.locked,
        }  # fmt: skip
        if len(self.phantoms) > MAX_PHANTOMS:  # forget the oldest guesses first
            oldest = sorted(self.phantoms, key=lambda k: max(self.phantoms[k]["failures"] or [""]))
            for stale in oldest[: len(self.phantoms) - MAX_PHANTOMS]:
                del self.phantoms[stale]

    def by_id(self, slot_id: str) -> Slot | None:
        return next((slot for slot in self.slots if slot.id == slot_id), None)

    def recovery(self) -> Slot | None:
        return next((slot for slot in self.slots if slot.kind == RECOVERY), None)

    def remove(self, slot: Slot) -> None:
        self.slots.remove(slot)
