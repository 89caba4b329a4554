"""Opening a key slot with a passphrase or the recovery code, every failure counted.

A wrong secret counts toward the slot's lockout and is recorded in the key file for the audit
log (moved there at the next sign-in); an unknown user name fails exactly as a wrong passphrase
does, in message, time and lockout, so names cannot be probed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NoReturn

from csec_desktop.core.clock import to_iso
from csec_desktop.core.errors import AccountLocked, AuthError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP
from csec_desktop.core.vault import lockout
from csec_desktop.core.vault.kdf import KdfParams, derive_key
from csec_desktop.core.vault.keyslots import KeySlots, Slot

if TYPE_CHECKING:
    from csec_desktop.core.vault.device_vault import DeviceVault

# One message for an unknown name and a wrong passphrase, so neither can be told apart.
SIGN_IN_FAILED = QT_TRANSLATE_NOOP(
    "DeviceVault", "Sign-in failed. Check the user name and passphrase and try again."
)
RECOVERY_FAILED = QT_TRANSLATE_NOOP(
    "DeviceVault", "The recovery code was not recognised. Check it against the paper and retry."
)


def open_slot(
    vault: DeviceVault,
    keys: KeySlots,
    slot: Slot,
    secret: str,
    failure_message: str = SIGN_IN_FAILED,
) -> bytearray:
    """The slot's current data key (lockout counted), for unlock and co-signing."""
    return open_slot_keys(vault, keys, slot, secret, failure_message)[0]


def open_slot_keys(
    vault: DeviceVault,
    keys: KeySlots,
    slot: Slot,
    secret: str,
    failure_message: str = SIGN_IN_FAILED,
) -> tuple[bytearray, bytes | None]:
    """(current data key, next data key of a re-key in progress); failures counted.
    Raises AccountLocked (locked now, or this failure locked it) or AuthError
    (``failure_message``)."""
    security, now = vault.security(keys), vault.clock()
    until = lockout.locked_until(slot, now, security)
    if until is not None:
        keys.save()
        raise AccountLocked(lockout.locked_message(until, now))
    opened = keys.open_keys(slot, secret)
    if opened is None:
        locked = lockout.record_failure(slot, now, security)
        keys.pending_events.append({"at": to_iso(now), "event": "sign_in_failed", "slot": slot.id})
        if locked:
            keys.pending_events.append(
                {"at": to_iso(now), "event": "account_locked", "slot": slot.id}
            )
        keys.save()
        if locked:
            raise AccountLocked(
                lockout.locked_message(lockout.locked_until(slot, now, security), now)
            )
        raise AuthError(failure_message)
    lockout.clear(slot)
    return bytearray(opened[0]), opened[1]


def fail_unknown(
    vault: DeviceVault, keys: KeySlots, name: str, secret: str, params: KdfParams
) -> NoReturn:
    """An unknown name fails exactly as a wrong passphrase does, lockout included, so
    neither the message, the time nor "locked" tells a real name from an invented one."""
    security, now = vault.security(keys), vault.clock()
    key, stand_in = keys.phantom(name, params)
    until = lockout.locked_until(stand_in, now, security)
    if until is not None:
        keys.keep_phantom(key, stand_in)
        keys.save()
        raise AccountLocked(lockout.locked_message(until, now))
    derive_key(secret, b"\0" * 16, params)
    locked = lockout.record_failure(stand_in, now, security)
    keys.keep_phantom(key, stand_in)
    keys.pending_events.append({"at": to_iso(now), "event": "sign_in_failed"})
    keys.save()
    if locked:
        raise AccountLocked(
            lockout.locked_message(lockout.locked_until(stand_in, now, security), now)
        )
    raise AuthError(SIGN_IN_FAILED)
