"""Errors that carry a message fit to show a person.

Every message names what is wrong and where, and never contains record content, passphrases or
key material: these strings reach stderr, dialogs and the audit log.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pydantic import ValidationError as PydanticError


class CsecError(Exception):
    """A failure the user can understand and act on. ``exit_code`` is used by the CLI."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class UsageError(CsecError):
    """The command or its input was malformed."""

    exit_code = 2


class AuthError(CsecError):
    """Sign-in failed. The message is deliberately generic."""

    exit_code = 3


class AccountLocked(AuthError):
    """The account is locked after repeated failed sign-ins."""


class KeyFileRolledBack(AuthError):
    """The key file is older than the vault (restored from a copy); refused for every role."""


class VaultError(CsecError):
    """The vault is missing, damaged, of the wrong kind or cannot be written."""

    exit_code = 4


class RekeyDeferred(VaultError):
    """What called a re-key has happened, but the new data key could not be given now
    (another program holds the vault open); the next sign-in finishes it (``rekey.owed``)."""


class KeyFileMismatch(VaultError):
    """A slot opened but its data key does not open the database: the key file is an older
    copy (its key was retired by a re-key) or ``vault.db`` is damaged."""


class IntegrityError(VaultError):
    """A cryptographic or hash-chain check failed."""

    exit_code = 5


class ValidationError(CsecError):
    """A definition, policy or record is malformed."""

    exit_code = 6


class AtomicWriteError(VaultError):
    """A file could not be written completely; nothing was left under its final name."""


def first_problem(exc: PydanticError) -> tuple[str, str]:
    """The first problem pydantic found in a file's data: its place (``.duties[2].hours``:
    members after dots, list positions in brackets) and pydantic's message."""
    err = exc.errors()[0]
    where = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in err["loc"])
    return where, str(err["msg"])
