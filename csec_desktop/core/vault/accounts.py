"""Accounts on this laptop: who may sign in, with which role.

Roles follow the design: field worker and probation officer screen and record; a supervisor also
manages accounts on the device, unlocks locked accounts and sees every record on the device; a
county admin runs county intake.
"""

from __future__ import annotations

import re

from csec_desktop.core.clock import Clock, to_iso
from csec_desktop.core.errors import ValidationError
from csec_desktop.core.i18n import translate
from csec_desktop.core.nfc import nfc
from csec_desktop.core.vault.database import Database
from csec_desktop.core.vault.roles import Account, Role

USERNAME_PATTERN = re.compile(r"^[a-z0-9][a-z0-9._-]{1,63}$")


def normalize_username(username: str) -> str:
    name = username.strip().lower()
    if not USERNAME_PATTERN.match(name):
        raise ValidationError(
            translate(
                "Accounts",
                "User names are 2 to 64 characters: lower-case letters, digits, "
                "dot, dash or underscore.",
            )
        )
    return name


def check_display_name(display_name: str) -> str:
    """The name printed on every page a worker prints: single spaces, one spelling (NFC)."""
    name = " ".join(nfc(display_name).split())
    if not 1 <= len(name) <= 100:
        raise ValidationError(translate("Accounts", "Enter a display name of 1 to 100 characters."))
    return name


class AccountStore:
    def __init__(self, db: Database, clock: Clock) -> None:
        self.db = db
        self.clock = clock

    def add(
        self, username: str, display_name: str, role: Role, slot_id: str, created_by: str | None
    ) -> Account:
        self.db.execute(
            "INSERT INTO accounts (username, slot_id, display_name, role, active, created_at, "
            "created_by) VALUES (?, ?, ?, ?, 1, ?, ?)",
            (username, slot_id, display_name, role.value, to_iso(self.clock()), created_by),
        )
        return Account(username, display_name, role, True, slot_id)

    def get(self, username: str) -> Account | None:
        row = self.db.execute(
            "SELECT username, display_name, role, active, slot_id FROM accounts WHERE username = ?",
            (username,),
        ).fetchone()
        return Account(row[0], row[1], Role(row[2]), bool(row[3]), row[4]) if row else None

    def by_slot(self, slot_id: str) -> Account | None:
        row = self.db.execute(
            "SELECT username FROM accounts WHERE slot_id = ?", (slot_id,)
        ).fetchone()
        return self.get(row[0]) if row else None

    def all(self) -> list[Account]:
        rows = self.db.execute("SELECT username FROM accounts ORDER BY username").fetchall()
        return [account for row in rows if (account := self.get(row[0])) is not None]

    def set_slot(self, username: str, slot_id: str | None, active: bool) -> None:
        self.db.execute(
            "UPDATE accounts SET slot_id = ?, active = ? WHERE username = ?",
            (slot_id, int(active), username),
        )

    def set_role(self, username: str, role: Role) -> None:
        self.db.execute("UPDATE accounts SET role = ? WHERE username = ?", (role.value, username))

    def active_supervisors(self) -> int:
        row = self.db.execute(
            "SELECT count(*) FROM accounts WHERE role = ? AND active = 1", (Role.SUPERVISOR.value,)
        ).fetchone()
        return int(row[0])
