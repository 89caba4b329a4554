"""The laptop's vault as a whole: first-run setup, sign-in, recovery.

A data folder holds ``vault.db`` (SQLCipher) and ``vault.keys`` (the key slots). Nothing in the
folder is readable without a passphrase or the recovery code. Creating the files is
``vault_setup``; opening a key slot, failures counted, is ``slot_opening``.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from csec_desktop.core.clock import Clock, utc_now
from csec_desktop.core.errors import (
    AuthError,
    KeyFileMismatch,
    KeyFileRolledBack,
    ValidationError,
    VaultError,
)
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP
from csec_desktop.core.passphrase_rules import check_passphrase, normalize_passphrase
from csec_desktop.core.paths import ensure_private_dir, tighten_modes
from csec_desktop.core.policy import CountyPolicy, SecurityPolicy, load_policy
from csec_desktop.core.vault.accounts import AccountStore, check_display_name, normalize_username
from csec_desktop.core.vault.audit import AuditEvent
from csec_desktop.core.vault.database import Database, open_database
from csec_desktop.core.vault.files import DB_NAME, KEYS_NAME
from csec_desktop.core.vault.instance_lock import InstanceLock
from csec_desktop.core.vault.kdf import KdfParams
from csec_desktop.core.vault.keyslots import USER, KeySlots, Slot
from csec_desktop.core.vault.recovery_code import normalize_recovery_code
from csec_desktop.core.vault.rekey import owed as rekey_owed
from csec_desktop.core.vault.rekey import resume
from csec_desktop.core.vault.roles import Role
from csec_desktop.core.vault.schema import Migration, migrate
from csec_desktop.core.vault.security_state import (
    check_key_file,
    key_file_locked,
    parse_security,
    strictest,
)
from csec_desktop.core.vault.session import Session
from csec_desktop.core.vault.slot_opening import (
    RECOVERY_FAILED,
    SIGN_IN_FAILED,
    fail_unknown,
    open_slot_keys,
)
from csec_desktop.core.vault.vault_setup import create_vault

# The slot opened but its key does not open the database: the key file is an old copy (its data
# key was replaced by a re-key: every change of a passphrase or the recovery code re-keys, so a
# copy taken before any such change ends here) or the database file is damaged.
KEY_FILE_MISMATCH = QT_TRANSLATE_NOOP(
    "DeviceVault",
    "The vault file does not open with the key file beside it: the key file (vault.keys) is an "
    "older copy, or the vault file (vault.db) is damaged. Put back the current key file, or "
    "restore both files from a backup.",
)
NOT_A_SUPERVISOR = QT_TRANSLATE_NOOP(
    "DeviceVault",
    "The recovery code resets a supervisor's passphrase. Give the user name of an active "
    "supervisor account; other workers ask a supervisor to reset theirs.",
)


class DeviceVault:
    # The schema this kind of vault carries; the county store overrides it (None: the laptop's).
    migrations: tuple[Migration, ...] | None = None

    def __init__(
        self,
        data_dir: Path,
        policy: CountyPolicy | None = None,
        clock: Clock = utc_now,
        kdf_params: KdfParams | None = None,
    ) -> None:
        self.data_dir = data_dir
        self._policy = policy
        self.clock = clock
        self.kdf_params = kdf_params or KdfParams()
        self._shipped_security: SecurityPolicy | None = None

    @property
    def policy(self) -> CountyPolicy:
        """The county policy, read when first needed (not before the sign-in window shows)."""
        if self._policy is None:
            self._policy = load_policy()
        return self._policy

    def security(self, keys: KeySlots | None = None) -> SecurityPolicy:
        """Lockout and passphrase rules: the strictest of the shipped policy, the caller's and
        the county's (mirrored in ``keys``). Never weaker than shipped, whoever asks."""
        if self._shipped_security is None:
            self._shipped_security = load_policy().security
        county = parse_security(keys.security) if keys is not None else None
        return strictest(self._shipped_security, self.policy.security, county)

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_NAME

    @property
    def keys_path(self) -> Path:
        return self.data_dir / KEYS_NAME

    def is_initialized(self) -> bool:
        return self.keys_path.exists() and self.db_path.exists()

    def initialize(self, username: str, display_name: str, passphrase: str) -> tuple[Session, str]:
        """Create the vault and its first supervisor. Returns the session and the recovery code."""
        if self.keys_path.exists() or self.db_path.exists():
            raise VaultError(f"a vault already exists in {self.data_dir}")
        username = normalize_username(username)
        display_name = check_display_name(display_name)
        secret = check_passphrase(passphrase, self.security().min_passphrase_length, username)
        ensure_private_dir(self.data_dir)
        with self._claimed() as guard:
            session, recovery = create_vault(self, username, display_name, secret)
            session.instance_lock = guard
        return session, recovery

    @contextlib.contextmanager
    def _claimed(self) -> Iterator[InstanceLock]:
        """Hold the vault for this program (refused if another holds it): the session the
        block opens keeps the hold until sign-out; a block that fails lets it go."""
        if not self.data_dir.is_dir():
            raise VaultError(f"key file {KEYS_NAME} is missing from the data folder")
        guard = InstanceLock(self.data_dir)
        guard.acquire()
        tighten_modes(self.data_dir)
        try:
            yield guard
        except BaseException:
            guard.release()
            raise

    def sign_in(self, username: str, passphrase: str) -> Session:
        with self._claimed() as guard:
            session = self._sign_in(username, passphrase)
            session.instance_lock = guard
        return session

    def _sign_in(self, username: str, passphrase: str) -> Session:
        with key_file_locked(self.keys_path):
            keys = KeySlots.load(self.keys_path)
            return self._sign_in_locked(keys, username, passphrase)

    def _sign_in_locked(self, keys: KeySlots, username: str, passphrase: str) -> Session:
        try:
            name = normalize_username(username)
        except ValidationError:
            name = ""
        slot = keys.find_user(name) if name else None
        secret = normalize_passphrase(passphrase)
        if slot is None:
            # Spend the same time as a real attempt, so a name cannot be probed by timing.
            # The parameters of a real slot: a vault whose slots use other parameters than
            # this program's default must not answer an unknown name faster or slower.
            users = [s for s in keys.slots if s.kind == USER]
            params = users[0].params if users else self.kdf_params
            fail_unknown(self, keys, name, secret, params)
        data_key, upcoming = open_slot_keys(self, keys, slot, secret)
        session = self._start(keys, data_key, slot, upcoming=upcoming)
        if slot.legacy or slot.lookup_salt:
            # A format-1 slot gets a key pair and the Argon2id name lookup now that its
            # secret is at hand (a re-key can then reach it without the passphrase).
            keys.rewrap(slot, secret, bytes(data_key), slot.params, name)
            session.save_keys()
        session.audit.append(AuditEvent.SIGN_IN, session.account.username)
        return session

    def recover(
        self, recovery_code: str, username: str, new_passphrase: str
    ) -> tuple[Session, str]:
        """A supervisor who forgot their passphrase sets a new one with the recovery code.

        Returns the signed-in session and a NEW recovery code: the recovery slot is rewrapped
        under it, so the code just used (perhaps read by someone else off the paper) stops
        working. Only an active supervisor account can be recovered (a worker asks a
        supervisor to reset theirs). The new passphrase is checked before the code is tried,
        so a code is never spent on a passphrase the rules refuse. Audited as
        ``recovery_used``. Raises AuthError (unknown code, not a supervisor), AccountLocked
        (too many wrong codes: a supervisor unlocks it, or it waits out the lockout),
        ValidationError (the new passphrase).
        """
        with self._claimed() as guard:
            session, code = self._recover(recovery_code, username, new_passphrase)
            session.instance_lock = guard
        return session, code

    def _recover(
        self, recovery_code: str, username: str, new_passphrase: str
    ) -> tuple[Session, str]:
        try:
            name = normalize_username(username)
        except ValidationError:
            name = ""
        check_passphrase(new_passphrase, self.security().min_passphrase_length, name)
        with key_file_locked(self.keys_path):
            keys = KeySlots.load(self.keys_path)
            slot = keys.recovery()
            if slot is None:
                raise VaultError("this vault has no recovery slot")
            data_key, upcoming = open_slot_keys(
                self,
                keys,
                slot,
                normalize_recovery_code(recovery_code),
                failure_message=RECOVERY_FAILED,
            )
        try:
            session = self._start(keys, data_key, None, name, upcoming=upcoming)
        except KeyFileRolledBack:
            raise
        except AuthError:
            raise AuthError(NOT_A_SUPERVISOR) from None
        if session.account.role is not Role.SUPERVISOR or not session.account.active:
            session._close()
            raise AuthError(NOT_A_SUPERVISOR)
        code = session.recover_with_code(new_passphrase)
        return session, code

    def _start(
        self,
        keys: KeySlots,
        data_key: bytearray,
        slot: Slot | None,
        username: str | None = None,
        *,
        upcoming: bytes | None = None,
    ) -> Session:
        if upcoming is not None or keys.pending_rekey():
            # A re-key a killed program left half-done is finished first (see rekey).
            current = resume(self, keys, bytes(data_key), upcoming)
            for i in range(len(data_key)):
                data_key[i] = 0
            data_key = bytearray(current)
        try:
            db = Database(open_database(self.db_path, bytes(data_key)), self.db_path)
        except VaultError as exc:
            if "cannot be opened with this key" not in exc.message:
                raise
            raise KeyFileMismatch(KEY_FILE_MISMATCH) from None
        try:
            migrate(db, bytes(data_key), self.clock, self.migrations)
            store = AccountStore(db, self.clock)
            account = (
                store.by_slot(slot.id) if slot else store.get(normalize_username(username or ""))
            )
            if account is None or (slot is not None and not account.active):
                raise AuthError(SIGN_IN_FAILED)
            session = Session(self, db, keys, account, data_key)
            check_key_file(session)
            session.flush_pending_events()
            rekey_owed(session)
        except BaseException:
            db.close()
            raise
        return session
