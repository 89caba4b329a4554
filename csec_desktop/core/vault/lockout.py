"""Account lockout after repeated failed sign-ins (CJIS 5.5.3), kept in the key-slot file.

The count survives a restart because it is saved with the slot. This is a control against
guessing at the keyboard; guessing against a copied file is bounded by Argon2id instead.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from csec_desktop.core.clock import from_iso, to_iso
from csec_desktop.core.display_words import clock_words
from csec_desktop.core.i18n import translate
from csec_desktop.core.localtime import to_local
from csec_desktop.core.policy import LockoutRelease, SecurityPolicy
from csec_desktop.core.vault.keyslots import Slot


def locked_until(slot: Slot, now: datetime, policy: SecurityPolicy) -> datetime | None:
    """When the lock ends, ``datetime.max``-like far future for supervisor-only, or None."""
    if not slot.locked:
        return None
    if policy.lockout_release is LockoutRelease.SUPERVISOR_ONLY or slot.locked_until is None:
        return datetime.max.replace(tzinfo=now.tzinfo)
    until = from_iso(slot.locked_until)
    if until <= now:
        clear(slot)
        return None
    return until


def record_failure(slot: Slot, now: datetime, policy: SecurityPolicy) -> bool:
    """Count one failure; return True when this failure locks the account."""
    window_start = now - timedelta(minutes=policy.lockout_window_minutes)
    recent = [stamp for stamp in slot.failures if from_iso(stamp) > window_start]
    recent.append(to_iso(now))
    slot.failures = recent
    if len(recent) >= policy.lockout_failures:
        slot.locked = True
        # A supervisor-only lock has no end written down, so opening the vault later with a
        # milder policy does not let it expire.
        slot.locked_until = (
            None
            if policy.lockout_release is LockoutRelease.SUPERVISOR_ONLY
            else to_iso(now + timedelta(minutes=policy.lockout_minutes))
        )
        return True
    return False


def clear(slot: Slot) -> None:
    slot.failures = []
    slot.locked = False
    slot.locked_until = None


def locked_message(until: datetime | None, now: datetime) -> str:
    """Why a sign-in was refused after too many failures, in the worker's language."""
    if until is not None and until.year < 9999:
        local = clock_words(to_local(until).time())
        return translate(
            "Lockout",
            "This account is locked after too many failed sign-ins. Try again after {local}, "
            "or ask a supervisor to unlock it.",
        ).format(local=local)
    return translate(
        "Lockout",
        "This account is locked after too many failed sign-ins. Ask a supervisor to unlock it.",
    )
