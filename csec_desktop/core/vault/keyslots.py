"""The key-slot sidecar: the database key wrapped once per user and once for recovery.

LUKS-style: a random 256-bit data key encrypts the database; each slot holds that key wrapped
under a key derived from one secret (a user's passphrase or the recovery code). Changing a
passphrase rewraps one slot and never re-encrypts the database.

Since format 2 each slot also has its own key pair (see ``slot_seal``): the slot's secret
unwraps the private key, which opens the data key sealed to the slot. A re-key seals a new data
key to every remaining slot without their passphrases; during a re-key each slot carries the
current and the next data key (``sealed_next``), so a program killed half-way can finish it.

The file is plain JSON (it holds nothing readable without a secret) written atomically with
owner-only permissions. User names are not stored: a slot is found by an Argon2id hash of the
name under a per-vault salt (one hash per sign-in attempt, so a dictionary of names costs a
full key derivation per guess; format 1's salted SHA-256 is replaced at the slot's next
sign-in). Sign-in failure counts live here too, because they must survive a restart and the
database cannot be opened before sign-in.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from csec_desktop.core.atomicfile import atomic_write
from csec_desktop.core.errors import VaultError
from csec_desktop.core.textfile import read_capped
from csec_desktop.core.vault import slot_seal
from csec_desktop.core.vault.kdf import (
    SALT_BYTES,
    KdfParams,
    derive_key,
    unwrap,
)
from csec_desktop.core.vault.slot import RECOVERY as RECOVERY
from csec_desktop.core.vault.slot import USER as USER
from csec_desktop.core.vault.slot import Slot as Slot
from csec_desktop.core.vault.slot import _b64, _unb64

FORMAT = "csec-keyslots/2"
FORMATS = ("csec-keyslots/1", FORMAT)
# A key file with a few dozen slots is tens of kilobytes; a far larger one is not a key file.
MAX_KEY_FILE_BYTES = 4_000_000
MAX_PHANTOMS = 500
# The name lookup's cost: OWASP's Argon2id minimum (19 MiB, 2 passes, 1 lane), some 20-50 ms a
# guess, paid once per sign-in attempt. Fixed here, not read from the file, so an edited key
# file cannot make it cheaper; a dictionary of 100,000 names costs about an hour per vault.
LOOKUP_MEMORY_KIB, LOOKUP_ITERATIONS, LOOKUP_LANES = 19 * 1024, 2, 1


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
        lookup_salt: bytes | None = None,
    ) -> None:
        self.path = path
        # One salt per vault for the Argon2id hash of user names (see the module docstring).
        self.lookup_salt = lookup_salt or os.urandom(SALT_BYTES)
        self._lookup_cache: tuple[str, str] | None = None
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
            if raw["format"] not in FORMATS:
                raise ValueError("format")
            slots = [Slot.from_json(item) for item in raw["slots"]]
            head = raw.get("audit_head")
            keys = cls(
                path, str(raw["vault_id"]), slots, list(raw.get("pending_events", [])),
                int(raw.get("generation", 0)),
                [int(head[0]), str(head[1])] if head else None,
                raw.get("security") if isinstance(raw.get("security"), dict) else None,
                _unb64(raw["lookup_salt"]) if raw.get("lookup_salt") else None,
            )  # fmt: skip
            phantoms = raw.get("phantoms")
            if isinstance(phantoms, dict):
                keys.phantoms = {str(k): dict(v) for k, v in phantoms.items()}
            return keys
        except FileNotFoundError:
            raise VaultError(f"key file {path.name} is missing from the data folder") from None
        except OSError as exc:
            raise VaultError(f"key file {path.name} cannot be read ({exc.strerror})") from None
        except (
            ValueError, KeyError, TypeError, IndexError, AttributeError, OverflowError,
            RecursionError,
        ):  # fmt: skip
            raise VaultError(f"key file {path.name} is damaged or not a key file") from None

    def save(self) -> None:
        self.generation += 1
        body = {
            "format": FORMAT,
            "vault_id": self.vault_id,
            "generation": self.generation,
            "lookup_salt": _b64(self.lookup_salt),
            "slots": [slot.to_json() for slot in self.slots],
            "pending_events": self.pending_events,
            "audit_head": self.audit_head,
            "security": self.security,
            "phantoms": self.phantoms,
        }
        atomic_write(self.path, json.dumps(body, indent=1).encode("utf-8"))

    def _aad(self, slot_id: str, kind: str) -> bytes:
        # Binds a wrapped key to this vault and this slot, so slots cannot be swapped around.
        # The prefix stays format 1's: slots written then must go on opening.
        return f"csec-keyslots/1|{self.vault_id}|{slot_id}|{kind}".encode()

    def _info(self, slot: Slot) -> bytes:
        return self._aad(slot.id, slot.kind) + b"|data-key"

    def lookup(self, username: str) -> str:
        """The Argon2id hash of a user name under this vault's salt (``LOOKUP_*`` cost).
        Kept for the last name asked, so one attempt costs one hash, known name or not."""
        name = username.casefold()
        if self._lookup_cache is None or self._lookup_cache[0] != name:
            kdf = Argon2id(
                salt=self.lookup_salt, length=32, iterations=LOOKUP_ITERATIONS,
                lanes=LOOKUP_LANES, memory_cost=LOOKUP_MEMORY_KIB,
            )  # fmt: skip
            self._lookup_cache = (name, kdf.derive(name.encode("utf-8")).hex())
        return self._lookup_cache[1]

    def add(
        self, kind: str, username: str, secret: str, data_key: bytes, params: KdfParams
    ) -> Slot:
        slot = Slot(secrets.token_hex(8), kind, b"", "", params, b"", b"", b"")
        self.rewrap(slot, secret, data_key, params, username if kind == USER else None)
        self.slots.append(slot)
        return slot

    def rewrap(
        self,
        slot: Slot,
        secret: str,
        data_key: bytes,
        params: KdfParams,
        username: str | None = None,
    ) -> None:
        """Give ``slot`` a new secret and a fresh key pair (the old private key, wherever a copy
        of it went, opens nothing sealed from now on). ``username`` replaces the name lookup."""
        slot.params, slot.salt = params, os.urandom(SALT_BYTES)
        aad = self._aad(slot.id, slot.kind)
        slot.public, slot.nonce, slot.wrapped = slot_seal.new_pair(
            derive_key(secret, slot.salt, params), aad
        )
        slot.sealed, slot.sealed_next = slot_seal.seal(slot.public, data_key, self._info(slot)), b""
        if username is not None:
            slot.lookup_salt, slot.lookup = b"", self.lookup(username)

    def open_keys(self, slot: Slot, secret: str) -> tuple[bytes, bytes | None] | None:
        """(current data key, next data key during a re-key), or None for a wrong secret."""
        key = derive_key(secret, slot.salt, slot.params)
        opened = unwrap(key, slot.nonce, slot.wrapped, self._aad(slot.id, slot.kind))
        if opened is None or slot.legacy:
            return None if opened is None else (opened, None)
        current = slot_seal.unseal(opened, slot.sealed, self._info(slot))
        if current is None:
            return None
        upcoming = slot_seal.unseal(opened, slot.sealed_next, self._info(slot))
        return current, upcoming if slot.sealed_next else None

    def open(self, slot: Slot, secret: str) -> bytes | None:
        opened = self.open_keys(slot, secret)
        return opened[0] if opened else None

    def seal_next(self, data_key: bytes) -> list[Slot]:
        """Seal the next data key to every slot with a key pair; remove and return the format-1
        slots, which cannot receive it without their secret (their accounts need a reset)."""
        dropped = [slot for slot in self.slots if slot.legacy]
        for slot in dropped:
            self.slots.remove(slot)
        for slot in self.slots:
            slot.sealed_next = slot_seal.seal(slot.public, data_key, self._info(slot))
        return dropped

    def pending_rekey(self) -> bool:
        return any(slot.sealed_next for slot in self.slots)

    def promote_next(self) -> None:
        """The re-key is done: the next data key becomes every slot's only key."""
        for slot in self.slots:
            if slot.sealed_next:
                slot.sealed, slot.sealed_next = slot.sealed_next, b""

    def find_user(self, username: str) -> Slot | None:
        lookup = self.lookup(username)
        return next((slot for slot in self.slots if slot.matches(username, lookup)), None)

    def phantom(self, username: str, params: KdfParams) -> tuple[str, Slot]:
        """A stand-in slot carrying the failure count of a name that has no slot."""
        key = self.lookup(username)[:32]
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
