"""What keeps the key file and the database honest with each other (security findings 2, 3, 10).

- **Generation**: every save of the key file raises its ``generation``; the database mirrors the
  last one it saw (``meta.key_generation``). A key file older than the database (a restored
  ``vault.keys``, bringing back an old passphrase, an already-used recovery code or erased
  failed sign-ins) is refused for every role, supervisors included, and never adopted as the
  current file; the attempt is audited for the county. The way back is the current key file
  (or county IT), not a sign-in.
- **Audit head**: the key file mirrors the audit log's head (seq, hash) at each save, lock and
  sign-out. A database whose log is shorter, or holds another entry under that number (a
  ``vault.db`` copied back after viewing and printing), is audited as ``audit_rollback``.
- **Security policy**: lockout and passphrase rules are the strictest of the shipped policy,
  the caller's and the county's (from the verified trust file, mirrored in the key file so it
  applies before sign-in). A file edit or a ``--policy`` can only make them stricter.
- **One guesser at a time**: sign-in attempts hold an exclusive lock on the key file itself
  (not on a side file that can be deleted), so parallel guessers cannot lose each other's
  failure counts.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from csec_desktop.core.errors import KeyFileRolledBack
from csec_desktop.core.policy import LockoutRelease, SecurityPolicy

if TYPE_CHECKING:
    from csec_desktop.core.vault.lockable_session import LockableSession

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def strictest(*policies: SecurityPolicy | None) -> SecurityPolicy:
    """The strictest combination of ``policies`` (None entries are skipped)."""
    given = [p for p in policies if p is not None]
    supervisor = any(p.lockout_release is LockoutRelease.SUPERVISOR_ONLY for p in given)
    return SecurityPolicy(
        min_passphrase_length=max(p.min_passphrase_length for p in given),
        lockout_failures=min(p.lockout_failures for p in given),
        lockout_window_minutes=max(p.lockout_window_minutes for p in given),
        lockout_minutes=max(p.lockout_minutes for p in given),
        lockout_release=(
            LockoutRelease.SUPERVISOR_ONLY if supervisor else given[0].lockout_release
        ),
        idle_lock_minutes=min(p.idle_lock_minutes for p in given),
    )


def parse_security(raw: Any) -> SecurityPolicy | None:
    """A county security section, or None when absent or not valid (then it adds nothing)."""
    if not isinstance(raw, dict):
        return None
    try:
        return SecurityPolicy.model_validate(raw)
    except ValueError:
        return None


@contextlib.contextmanager
def key_file_locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on the key file for a read-modify-write of failure counts.

    The key file is replaced by rename on every save, so after getting the lock the inode is
    checked to still be the file's; if not, the lock is taken again on the new file.
    """
    if os.name != "posix":
        yield
        return
    import fcntl

    while True:
        fd = os.open(path, os.O_RDONLY | _NOFOLLOW)
        fcntl.flock(fd, fcntl.LOCK_EX)
        try:
            same = os.fstat(fd).st_ino == os.stat(path, follow_symlinks=False).st_ino
        except FileNotFoundError:
            same = False
        if same:
            break
        os.close(fd)
    try:
        yield
    finally:
        os.close(fd)


KEY_FILE_ROLLED_BACK = (
    "The key file on this laptop (vault.keys) is older than the vault: it was restored or "
    "replaced from a copy, so sign-in is refused for every account. Put back the current "
    "vault.keys (from the latest backup taken with the vault), or call county IT."
)


def check_key_file(session: LockableSession) -> None:
    """At sign-in, unlock and recovery, with the database open: compare the key file's
    generation and audit head with the database (see ``security_state``). A key file older than
    the database is audited and refused for every role (KeyFileRolledBack): the session is
    closed before anything could save the old file as the current one. A rolled-back audit
    log is audited."""
    keys, db, actor = session.keys, session.db, session.account.username
    row = db.execute("SELECT value FROM meta WHERE key = 'key_generation'").fetchone()
    mirrored = int(row[0]) if row else 0
    owed = db.execute("SELECT 1 FROM meta WHERE key = 'rekey_owed'").fetchone() is not None
    # A re-key mirrors the generation its step 1 will write before saving the key file; a
    # program killed in between leaves the file exactly one behind, and the sign-in finishes
    # that re-key (``rekey.owed``). Anything older is a restored copy.
    interrupted = owed and keys.generation == mirrored - 1
    if keys.generation < mirrored and not interrupted:
        session.audit.append(
            "key_file_rollback", actor, None, {"file": keys.generation, "vault": mirrored}
        )
        session._close()
        raise KeyFileRolledBack(KEY_FILE_ROLLED_BACK)
    if keys.audit_head:
        seq, digest = keys.audit_head
        held = db.execute("SELECT hash FROM audit WHERE seq = ?", (seq,)).fetchone()
        if held is None or held[0] != digest:
            session.audit.append(
                "audit_rollback", actor, None, {"expected_seq": seq, "found": bool(held)}
            )
