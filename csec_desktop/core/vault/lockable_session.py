"""A signed-in session's hold on the open vault: locking, unlocking, the key file, signing out.

Locking (idle timeout or by hand) closes the connection and overwrites the in-memory data key;
unlocking derives it again from the passphrase. Account management builds on this
(``account_admin``); the session callers hold is ``session.Session``.
"""

from __future__ import annotations

import contextlib
import json
from typing import TYPE_CHECKING

import sqlcipher3

from csec_desktop.core.errors import AuthError, VaultError
from csec_desktop.core.i18n import translate
from csec_desktop.core.passphrase_rules import normalize_passphrase
from csec_desktop.core.vault.accounts import AccountStore
from csec_desktop.core.vault.audit import AuditEvent, AuditLog
from csec_desktop.core.vault.database import Database, open_database
from csec_desktop.core.vault.instance_lock import InstanceLock
from csec_desktop.core.vault.keyslots import KeySlots
from csec_desktop.core.vault.roles import Account, Role
from csec_desktop.core.vault.security_state import check_key_file, key_file_locked
from csec_desktop.core.vault.slot_opening import open_slot

if TYPE_CHECKING:
    from csec_desktop.core.vault.device_vault import DeviceVault


class LockableSession:
    """The open database, the signed-in account and the data key in memory, with locking,
    unlocking and signing out. ``Session`` adds account management and the county policy."""

    def __init__(
        self,
        vault: DeviceVault,
        db: Database,
        keys: KeySlots,
        account: Account,
        data_key: bytearray,
    ) -> None:
        self.vault = vault
        self.db = db
        self.keys = keys
        self.account = account
        self._data_key = data_key
        self.audit = AuditLog(db, vault.clock)
        self.accounts = AccountStore(db, vault.clock)
        # Set by DeviceVault: this program's hold on the vault, released at sign-out.
        self.instance_lock: InstanceLock | None = None

    @property
    def is_locked(self) -> bool:
        return not self.db.is_open

    @property
    def device_id(self) -> str:
        row = self.db.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
        return str(row[0])

    # -- locking -------------------------------------------------------------------------------
    def lock(self, reason: str = "manual") -> None:
        if self.is_locked:
            return
        self.audit.append(
            AuditEvent.SESSION_LOCKED, self.account.username, detail={"reason": reason}
        )
        with contextlib.suppress(VaultError):
            self.save_keys()  # mirror the audit head outside the database
        self._close()

    def save_keys(self) -> None:
        """Save the key file with the audit head and the county's security section mirrored
        into it, and mirror its new generation into the database (see security_state)."""
        if not self.is_locked:
            head = self.db.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1")
            row = head.fetchone()
            self.keys.audit_head = [int(row[0]), str(row[1])] if row else None
            county = self.db.execute("SELECT value FROM meta WHERE key = 'county_security'")
            found = county.fetchone()
            self.keys.security = json.loads(found[0]) if found else None
        self.keys.save()
        if not self.is_locked:
            self.db.execute(
                "INSERT INTO meta VALUES ('key_generation', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(self.keys.generation),),
            )

    def unlock(self, passphrase: str) -> None:
        """Come back from a lock. Wrong passphrases count toward the account lockout."""
        with key_file_locked(self.keys.path):
            # Read again: failures recorded on disk since (or a restored file) count here too.
            self.keys = KeySlots.load(self.keys.path)
            slot = self.keys.by_id(self.account.slot_id or "")
            if slot is None:
                raise AuthError(
                    translate("AccountErrors", "This account can no longer sign in on this laptop.")
                )
            data_key = open_slot(self.vault, self.keys, slot, normalize_passphrase(passphrase))
        if not self.is_locked:
            return
        self.db = Database(open_database(self.vault.db_path, bytes(data_key)), self.vault.db_path)
        self._data_key = data_key
        self.audit = AuditLog(self.db, self.vault.clock)
        self.accounts = AccountStore(self.db, self.vault.clock)
        check_key_file(self)
        self.flush_pending_events()
        self.audit.append(AuditEvent.SESSION_UNLOCKED, self.account.username)

    def reopen(self, data_key: bytearray) -> None:
        """After a re-key: the same database object opened again under ``data_key``; the old
        key is overwritten; the key file's new generation is mirrored."""
        self.db.attach(open_database(self.vault.db_path, bytes(data_key)))
        for i in range(len(self._data_key)):
            self._data_key[i] = 0
        self._data_key = data_key
        self.save_keys()

    def sign_out(self) -> None:
        """Close the vault and wipe the key, always. A sign-out event the disk refuses (full,
        failing, damaged vault) is not a reason to leave the vault open and the key in memory."""
        try:
            if not self.is_locked:
                with contextlib.suppress(sqlcipher3.Error, VaultError):
                    self.audit.append(AuditEvent.SIGN_OUT, self.account.username)
                    self.save_keys()
            self._close()
        finally:
            self._release()

    def _close(self) -> None:
        self.db.close()
        for i in range(len(self._data_key)):
            self._data_key[i] = 0

    def _release(self) -> None:
        if self.instance_lock is not None:
            self.instance_lock.release()

    def flush_pending_events(self) -> None:
        """Move failed sign-ins recorded while the vault was closed into the audit log."""
        pending, self.keys.pending_events = self.keys.pending_events, []
        with self.db.transaction():
            for item in pending:
                account = self.accounts.by_slot(item.get("slot", "")) if item.get("slot") else None
                subject = account.username if account else None
                detail = {} if account else {"user": "unknown or recovery"}
                self.audit.append(item["event"], None, subject, detail, at=item["at"])
        self.save_keys()

    def require(self, *roles: Role) -> None:
        if self.account.role not in roles:
            raise AuthError(
                translate("AccountErrors", "Only a supervisor can do that on this laptop.")
            )

    def _key(self) -> bytearray:
        if self.is_locked:
            raise VaultError("the vault is locked")
        return self._data_key
