"""Creating a vault: the data key, the first supervisor's slot, the recovery slot, the
database and its first audit events, in an order a failure can undo (the key file last)."""

from __future__ import annotations

import contextlib
import os
import uuid
from typing import TYPE_CHECKING

from csec_desktop.core.clock import to_iso
from csec_desktop.core.vault.accounts import AccountStore
from csec_desktop.core.vault.audit import AuditEvent, AuditLog
from csec_desktop.core.vault.database import Database, open_database
from csec_desktop.core.vault.files import DB_NAME
from csec_desktop.core.vault.keyslots import RECOVERY, USER, KeySlots
from csec_desktop.core.vault.recovery_code import new_recovery_code
from csec_desktop.core.vault.roles import Role
from csec_desktop.core.vault.schema import migrate
from csec_desktop.core.vault.session import Session

if TYPE_CHECKING:
    from csec_desktop.core.vault.device_vault import DeviceVault


def create_vault(
    vault: DeviceVault, username: str, display_name: str, secret: str
) -> tuple[Session, str]:
    """A new vault in ``vault.data_dir`` with ``username`` as its first supervisor (name,
    display name and passphrase already checked). Returns the signed-in session and the
    recovery code; on any failure the files it made are removed again."""
    data_key = bytearray(os.urandom(32))
    recovery = new_recovery_code()
    keys = KeySlots.create(vault.keys_path)
    try:
        slot = keys.add(USER, username, secret, bytes(data_key), vault.kdf_params)
        keys.add(RECOVERY, "", recovery, bytes(data_key), vault.kdf_params)
        db = Database(open_database(vault.db_path, bytes(data_key), create=True), vault.db_path)
        os.chmod(vault.db_path, 0o600)
        migrate(db, bytes(data_key), vault.clock, vault.migrations)
        audit = AuditLog(db, vault.clock)
        with db.transaction() as conn:
            for key, value in (
                ("vault_id", keys.vault_id),
                ("device_id", str(uuid.uuid4())),
                ("created_at", to_iso(vault.clock())),
            ):
                conn.execute("INSERT INTO meta VALUES (?, ?)", (key, value))
            account = AccountStore(db, vault.clock).add(
                username, display_name, Role.SUPERVISOR, slot.id, None
            )
            audit.append(AuditEvent.VAULT_CREATED, username)
            audit.append(AuditEvent.ACCOUNT_ADDED, username, username, {"role": "supervisor"})
            audit.append(AuditEvent.SIGN_IN, username)
        session = Session(vault, db, keys, account, data_key)
        session.save_keys()  # last: the key file's presence marks the vault as set up
    except BaseException:
        for leftover in (vault.db_path, vault.keys_path, *vault.data_dir.glob(f"{DB_NAME}-*")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise
    return session, recovery
