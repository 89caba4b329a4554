"""Roles and accounts as the rest of the app sees them: plain values, no database.

Kept apart from ``accounts`` (which reads and writes the vault) so the sign-in window and the
main window can name roles without loading SQLCipher before they first appear.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    FIELD_WORKER = "field_worker"
    PROBATION_OFFICER = "probation_officer"
    SUPERVISOR = "supervisor"
    COUNTY_ADMIN = "county_admin"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.FIELD_WORKER: "Social worker",
    Role.PROBATION_OFFICER: "Probation officer",
    Role.SUPERVISOR: "Supervisor",
    Role.COUNTY_ADMIN: "County administrator",
}


@dataclass(frozen=True)
class Account:
    username: str
    display_name: str
    role: Role
    active: bool
    slot_id: str | None
