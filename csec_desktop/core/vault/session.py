"""A signed-in session: the open database, the account, and what that account may do.

Locking (idle timeout or by hand) closes the connection and overwrites the in-memory data key;
unlocking derives it again from the passphrase. Account management is for supervisors.
"""

from __future__ import annotations

import contextlib
import json
from typing import TYPE_CHECKING

import sqlcipher3

from csec_desktop.core.errors import AuthError, CsecError, VaultError
from csec_desktop.core.i18n import translate
from csec_desktop.core.passphrase_rules import check_passphrase, normalize_passphrase
from csec_desktop.core.vault import lockout
from csec_desktop.core.vault.accounts import AccountStore, check_display_name, normalize_username
from csec_desktop.core.vault.audit import AuditEvent, AuditLog
from csec_desktop.core.vault.database import Database, open_database
from csec_desktop.core.vault.instance_lock import InstanceLock
from csec_desktop.core.vault.keyslots import USER, KeySlots
from csec_desktop.core.vault.recovery_code import new_recovery_code
from csec_desktop.core.vault.rekey import rekey
from csec_desktop.core.vault.roles import Account, Role
from csec_desktop.core.vault.security_state import check_key_file, key_file_locked

if TYPE_CHECKING:
    from csec_desktop.core.policy import CountyPolicy
    from csec_desktop.core.vault.device_vault import DeviceVault


class Session:
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
        self._policy: CountyPolicy | None = None

    @property
    def policy(self) -> CountyPolicy:
        """The county policy: the vault's, with the screening policy the county's signed
        package carries in place of the file's when one is installed (``refresh_policy``
        after installing a package)."""
        if self._policy is None:
            if self.is_locked:
                return self.vault.policy
            from csec_desktop.core.records.county_instruments import county_screening_policy

            screening = county_screening_policy(self.db)
            base = self.vault.policy
            self._policy = (
                base if screening is None else base.model_copy(update={"screening": screening})
            )
        return self._policy

    def refresh_policy(self) -> None:
        """Read the county's screening policy again (a package was just installed)."""
        self._policy = None

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
            data_key = self.vault._open_slot(self.keys, slot, normalize_passphrase(passphrase))
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

    def rekey(self, reason: str, subject: str | None = None) -> list[str]:
        """A new data key for the vault (see ``rekey``); supervisors only. Returns user names
        whose old-format slots could not receive it (they need a new passphrase)."""
        self.require(Role.SUPERVISOR)
        return rekey(self, reason, subject)

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

    # -- accounts ------------------------------------------------------------------------------
    def require(self, *roles: Role) -> None:
        if self.account.role not in roles:
            raise AuthError(
                translate("AccountErrors", "Only a supervisor can do that on this laptop.")
            )

    def add_account(self, username: str, display_name: str, role: Role, passphrase: str) -> Account:
        self.require(Role.SUPERVISOR)
        name = normalize_username(username)
        shown = check_display_name(display_name)
        if self.accounts.get(name) is not None:
            raise CsecError(
                translate(
                    "AccountErrors", "An account named {name} already exists on this laptop."
                ).format(name=name)
            )
        secret = check_passphrase(
            passphrase, self.vault.security(self.keys).min_passphrase_length, name
        )
        slot = self.keys.add(USER, name, secret, bytes(self._key()), self.vault.kdf_params)
        try:
            with self.db.transaction():
                account = self.accounts.add(name, shown, role, slot.id, self.account.username)
                self.audit.append(
                    AuditEvent.ACCOUNT_ADDED, self.account.username, name, {"role": role.value}
                )
        except BaseException:
            # The account row was rolled back; drop its slot too, or the next save would keep
            # an orphan slot that shadows the account when it is added again.
            self.keys.remove(slot)
            raise
        self.save_keys()
        return account

    def list_accounts(self) -> list[tuple[Account, bool]]:
        """Every account with whether it is locked out now."""
        now, result = self.vault.clock(), []
        for account in self.accounts.all():
            slot = self.keys.by_id(account.slot_id or "")
            locked = bool(slot and lockout.locked_until(slot, now, self.vault.security(self.keys)))
            result.append((account, locked))
        return result

    def unlock_account(self, username: str) -> None:
        self.require(Role.SUPERVISOR)
        account = self._existing(username)
        slot = self.keys.by_id(account.slot_id or "")
        if slot is None or not slot.locked:
            name = account.username
            raise CsecError(
                translate("AccountErrors", "The account {name} is not locked.").format(name=name)
            )
        lockout.clear(slot)
        self.save_keys()
        self.audit.append(AuditEvent.ACCOUNT_UNLOCKED, self.account.username, account.username)

    def unlock_recovery_code(self) -> None:
        """A supervisor lifts the lockout that wrong recovery codes put on the recovery slot."""
        self.require(Role.SUPERVISOR)
        slot = self.keys.recovery()
        if slot is None or not (slot.locked or slot.failures or slot.locked_until):
            raise CsecError(translate("AccountErrors", "The recovery code is not locked."))
        lockout.clear(slot)
        self.save_keys()
        self.audit.append(AuditEvent.ACCOUNT_UNLOCKED, self.account.username, "recovery code")

    def change_passphrase(self, current: str, new: str) -> list[str]:
        """The signed-in worker's own new passphrase. Re-keys the vault (see
        ``_set_passphrase``); returns the user names a re-key could not reach (``rekey``)."""
        slot = self.keys.by_id(self.account.slot_id or "")
        if slot is None or self.keys.open(slot, normalize_passphrase(current)) is None:
            raise AuthError(translate("AccountErrors", "The current passphrase is not correct."))
        self._set_passphrase(self.account, new)
        return rekey(self, "passphrase_changed", self.account.username)

    def reset_passphrase(self, username: str, new: str) -> list[str]:
        """A supervisor sets a new passphrase for an account. There is no flag to skip the
        check: recovery goes through ``DeviceVault.recover`` and ``recover_with_code``.

        Every reset re-keys (decisions.md 53): the slot gets a fresh key pair and the vault a
        new data key, so the old passphrase with a copy of the old key file opens nothing
        current. Returns the user names a re-key could not reach (``rekey``)."""
        self.require(Role.SUPERVISOR)
        account = self._existing(username)
        if not account.active:
            # A turned-off account (compromised, or its owner left) stays off until a
            # supervisor deliberately turns it on again; a reset must not do that silently.
            raise CsecError(
                f"{account.username} is turned off; turn the account on again first "
                "(that sets its new passphrase)."
            )
        self._set_passphrase(account, new)
        return rekey(self, "passphrase_reset", account.username)

    def recover_with_code(self, new: str) -> str:
        """Called by ``DeviceVault.recover`` only, on a session the recovery code opened for a
        supervisor: set their new passphrase and replace the recovery code. Returns the new
        code (shown once); the old one no longer opens anything."""
        self.require(Role.SUPERVISOR)
        slot = self.keys.recovery()
        if slot is None:
            raise VaultError("this vault has no recovery slot")
        code = new_recovery_code()
        self.keys.rewrap(slot, code, bytes(self._key()), self.vault.kdf_params)
        lockout.clear(slot)
        self._set_passphrase(self.account, new, recovery=True)  # saves the key file
        # The spent code and the forgotten passphrase live on in any copy of the old key
        # file: a new data key leaves them opening nothing current.
        rekey(self, "recovery_used", self.account.username)
        return code

    def set_active(self, username: str, active: bool, passphrase: str | None = None) -> None:
        """Turn an account off (its key slot is destroyed) or back on with a new passphrase."""
        self.require(Role.SUPERVISOR)
        account = self._existing(username)
        if not active:
            if account.username == self.account.username:
                raise CsecError(
                    translate(
                        "AccountErrors", "You cannot turn off your own account while signed in."
                    )
                )
            if account.role is Role.SUPERVISOR and self.accounts.active_supervisors() <= 1:
                raise CsecError(
                    translate("AccountErrors", "At least one supervisor account must stay active.")
                )
            slot = self.keys.by_id(account.slot_id or "")
            if slot is not None:
                self.keys.remove(slot)
            with self.db.transaction():
                self.accounts.set_slot(account.username, None, False)
                self.audit.append(
                    AuditEvent.ACCOUNT_CHANGED,
                    self.account.username,
                    account.username,
                    {"active": False},
                )
            self.save_keys()
            # The removed slot may live on in a copy of the key file: its data key must not
            # open the vault any more.
            rekey(self, "account_turned_off", account.username)
            return
        if account.active:
            # Turning on is adding a slot; replacing a live slot's secret is a reset (re-keys).
            name = account.username
            raise CsecError(
                translate("AccountErrors", "The account {name} is already turned on.").format(
                    name=name
                )
            )
        if passphrase is None:
            raise CsecError(
                translate("AccountErrors", "Give a new passphrase to turn the account back on.")
            )
        self._set_passphrase(account, passphrase)

    def _set_passphrase(self, account: Account, new: str, recovery: bool = False) -> None:
        """Give ``account``'s slot a new secret and key pair (or a new slot). Callers that
        replace a secret re-key afterwards: the old secret, in a copy of the key file, would
        otherwise still unwrap the current data key (security finding 2, decisions.md 53).
        Adding a slot (an account turned on again) retires nothing and does not re-key."""
        secret = check_passphrase(
            new, self.vault.security(self.keys).min_passphrase_length, account.username
        )
        slot = self.keys.by_id(account.slot_id or "")
        if slot is None:
            slot = self.keys.add(
                USER, account.username, secret, bytes(self._key()), self.vault.kdf_params
            )
        else:
            self.keys.rewrap(
                slot, secret, bytes(self._key()), self.vault.kdf_params, account.username
            )
            lockout.clear(slot)
        event = AuditEvent.RECOVERY_USED if recovery else AuditEvent.PASSPHRASE_CHANGED
        with self.db.transaction():
            self.accounts.set_slot(account.username, slot.id, True)
            self.audit.append(event, self.account.username, account.username)
        self.save_keys()
        if account.username == self.account.username:
            self.account = self.accounts.get(account.username) or self.account

    def _min_length(self) -> int:
        return self.vault.security(self.keys).min_passphrase_length

    def _existing(self, username: str) -> Account:
        account = self.accounts.get(normalize_username(username))
        if account is None:
            name = username.strip().lower()
            raise CsecError(
                translate(
                    "AccountErrors", "There is no account named {name} on this laptop."
                ).format(name=name)
            )
        return account

    def _key(self) -> bytearray:
        if self.is_locked:
            raise VaultError("the vault is locked")
        return self._data_key
