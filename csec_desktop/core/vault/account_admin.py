"""Account management on a signed-in session: adding accounts, passphrases, lockouts, turning
accounts off and on. Supervisors only, except a worker changing their own passphrase.

Every operation that retires a secret re-keys the vault (decisions.md 53, ``rekey``).
"""

from __future__ import annotations

from csec_desktop.core.errors import AuthError, CsecError, VaultError
from csec_desktop.core.i18n import translate
from csec_desktop.core.passphrase_rules import check_passphrase, normalize_passphrase
from csec_desktop.core.vault import lockout
from csec_desktop.core.vault.accounts import check_display_name, normalize_username
from csec_desktop.core.vault.audit import AuditEvent
from csec_desktop.core.vault.keyslots import USER
from csec_desktop.core.vault.lockable_session import LockableSession
from csec_desktop.core.vault.recovery_code import new_recovery_code
from csec_desktop.core.vault.rekey import rekey
from csec_desktop.core.vault.roles import Account, Role


class AccountAdministration(LockableSession):
    """The account operations of a signed-in session; each checks the role it needs."""

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
