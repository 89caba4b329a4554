"""Re-keying the vault: a new data key when an account is turned off or reset (finding 2).

Every slot wraps one data key. Destroying a turned-off account's slot is not enough: a copy of
the old ``vault.keys`` still opens that slot, and its data key would open the database for
ever. A re-key draws a new random data key, re-encrypts ``vault.db`` under it (SQLCipher
``PRAGMA rekey``) and seals it to every remaining slot (each slot's public key, see
``slot_seal``), so an old slot opens nothing current.

Crash safety: the database and the key file are two files and cannot be replaced at once, so
the key file carries both keys while the database changes. The steps, and what a kill after
each leaves:

1. The key file is saved with every remaining slot holding the current key and the next one
   (``sealed_next``); the removed slot is already gone. Killed here: the database still opens
   with the current key; the next sign-in finishes the re-key.
2. ``vault.db`` is copied to ``vault.db.rekey``, the copy re-keyed (``PRAGMA rekey``), synced
   and renamed over ``vault.db`` (one atomic rename). Killed before the rename: the old file is
   intact and the copy is discarded; after it: the database opens with the next key.
3. The key file is saved with the next key as every slot's only key.

At sign-in ``resume`` tries the current key, then the next one, and completes whatever step
was missing. At no point is there a database that no saved slot can open.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3

from csec_desktop.core.atomicfile import _fsync_folder
from csec_desktop.core.errors import RekeyDeferred, VaultError
from csec_desktop.core.vault.database import _key_pragma, open_database
from csec_desktop.core.vault.keyslots import KeySlots

if TYPE_CHECKING:
    from csec_desktop.core.vault.device_vault import DeviceVault
    from csec_desktop.core.vault.lockable_session import LockableSession

REKEYED = "vault_rekeyed"


def copy_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".rekey")


def rekey(session: LockableSession, reason: str, subject: str | None) -> list[str]:
    """Re-key the signed-in session's vault (steps above). ``reason`` and ``subject`` go to the
    audit entry. Returns the user names whose format-1 slots could not receive the new key (a
    supervisor sets them a new passphrase). Raises VaultError when the database cannot be
    brought to a state that is safe to copy (nothing changed then)."""
    keys, db, path = session.keys, session.db, session.vault.db_path
    old, new = bytes(session._key()), os.urandom(32)
    dropped = [slot.id for slot in keys.slots if slot.legacy]
    names = [a.username for a in session.accounts.all() if a.slot_id in dropped]
    with db.transaction():
        for name in names:
            session.accounts.set_slot(name, None, True)
        # Mirrors the generation step 1 writes; a key file that reaches step 3 is newer still.
        db.execute(
            "INSERT INTO meta VALUES ('key_generation', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(keys.generation + 1),),
        )
        # Owed until step 3 is done: a program killed before step 1 leaves it, and the next
        # sign-in does the whole re-key again (``owed``).
        db.execute("INSERT OR REPLACE INTO meta VALUES ('rekey_owed', ?)", (reason,))
        session.audit.append(
            REKEYED, session.account.username, subject,
            {"reason": reason, "generation": keys.generation + 1, "needs_reset": len(names)},
        )  # fmt: skip
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    db.close()
    try:
        _require_no_wal(path)
    except VaultError:
        session.reopen(bytearray(old))
        # What called the re-key (a passphrase change, a reset) has happened; the re-key is
        # owed and the next sign-in does it.
        raise RekeyDeferred(
            "The vault could not be given its new key now (another program has it open); "
            "it will be at the next sign-in. Close other copies of the app and sign out."
        ) from None
    keys.seal_next(new)
    keys.save()  # step 1
    swap_database(path, old, new)  # step 2
    keys.promote_next()
    keys.save()  # step 3
    session.reopen(bytearray(new))
    session.db.execute("DELETE FROM meta WHERE key = 'rekey_owed'")
    return names


def owed(session: LockableSession) -> None:
    """At sign-in: a re-key that was started but never saved its key file (killed before step
    1) is done now, whoever signs in; until then the old data key would still open the vault."""
    row = session.db.execute("SELECT value FROM meta WHERE key = 'rekey_owed'").fetchone()
    if row is not None:
        rekey(session, f"{row[0]}_resumed", None)


def swap_database(path: Path, current: bytes, new: bytes) -> None:
    """Step 2: a re-keyed copy of ``path`` renamed over it."""
    copy = copy_path(path)
    with contextlib.suppress(FileNotFoundError):
        copy.unlink()
    settled = open_database(path, current)  # a log left beside it goes into the file first
    try:
        settled.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        settled.close()
    _require_no_wal(path)
    fd = os.open(copy, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    with os.fdopen(fd, "wb") as target, path.open("rb") as source:
        shutil.copyfileobj(source, target, 1 << 20)
    conn = sqlcipher3.connect(str(copy), isolation_level=None)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE").fetchall()
        conn.execute(_key_pragma(current))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.execute(_key_pragma(new).replace("PRAGMA key", "PRAGMA rekey")).fetchall()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except sqlcipher3.DatabaseError:
        raise VaultError("the vault could not be re-keyed; nothing was changed") from None
    finally:
        conn.close()
    open_database(copy, new).close()  # proves the copy opens with the new key alone
    _require_no_wal(copy)
    fd = os.open(copy, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    publish(copy, path)


def publish(copy: Path, path: Path) -> None:
    """The one atomic step of step 2."""
    os.replace(copy, path)
    _fsync_folder(path.parent)


def resume(vault: DeviceVault, keys: KeySlots, current: bytes, upcoming: bytes | None) -> bytes:
    """At sign-in: the data key that opens the database now, finishing a re-key a killed
    program left half-done (see the module docstring)."""
    path = vault.db_path
    if upcoming is None:
        with contextlib.suppress(FileNotFoundError):
            copy_path(path).unlink()  # a copy from a re-key that never reached step 1
        return current
    try:
        open_database(path, current).close()
    except VaultError:
        open_database(path, upcoming).close()  # killed after the rename: only step 3 is left
    else:
        swap_database(path, current, upcoming)  # killed before the rename: redo step 2
    keys.promote_next()
    keys.save()
    return upcoming


def _require_no_wal(path: Path) -> None:
    """A write-ahead log left beside the file would be replayed into the re-keyed copy."""
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        raise VaultError("the vault could not be re-keyed (it is in use); nothing was changed")
    for leftover in (wal, path.with_name(path.name + "-shm")):
        with contextlib.suppress(FileNotFoundError):
            leftover.unlink()
