"""Roles and accounts as the rest of the app sees them: plain values, no database.

Kept apart from ``accounts`` (which reads and writes the vault) so the sign-in window and the
main window can name roles without loading SQLCipher before they first appear.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP


class Role(StrEnum):
    FIELD_WORKER = "field_worker"
    PROBATION_OFFICER = "probation_officer"
    SUPERVISOR = "supervisor"
    COUNTY_ADMIN = "county_admin"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.FIELD_WORKER: QT_TRANSLATE_NOOP("Role", "Social worker"),
    Role.PROBATION_OFFICER: QT_TRANSLATE_NOOP("Role", "Probation officer"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Role", "Supervisor"),
    Role.COUNTY_ADMIN: QT_TRANSLATE_NOOP("Role", "County administrator"),
}


@dataclass(frozen=True)
class Account:
    username: str
    display_name: str
    role: Role
    active: bool
    slot_id: str | None
