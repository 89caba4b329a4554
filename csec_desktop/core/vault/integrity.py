"""``csec vault check``: the encryption's own page check, SQLite's, and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlcipher3

from csec_desktop.core.vault.database import self_test
from csec_desktop.core.vault.session import Session


@dataclass(frozen=True)
class VaultReport:
    cipher_problems: list[str]
    integrity_problems: list[str]
    audit_entries: int
    audit_problem: str

    @property
    def ok(self) -> bool:
        return not (self.cipher_problems or self.integrity_problems or self.audit_problem)

    @property
    def problem(self) -> str:
        if self.cipher_problems:
            return f"encrypted pages failed their check: {self.cipher_problems[0]}"
        if self.integrity_problems:
            return f"database integrity check failed: {self.integrity_problems[0]}"
        return f"audit log chain is broken: {self.audit_problem}"

    def summary(self) -> str:
        return (
            "Vault OK: encryption check passed, database integrity passed, "
            f"audit chain of {self.audit_entries} entries intact."
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "cipher_integrity": self.cipher_problems,
            "integrity": self.integrity_problems,
            "audit_entries": self.audit_entries,
            "audit_problem": self.audit_problem or None,
        }


def _rows(session: Session, pragma: str) -> list[str]:
    """A check's problem lines; a damaged page can make the check itself fail, which is a
    finding to report, not a crash (this is the command people run on a damaged vault)."""
    try:
        return [str(row[0]) for row in session.db.execute(pragma).fetchall()]
    except sqlcipher3.DatabaseError as exc:
        return [f"the database cannot be read ({exc})"]


def check_vault(session: Session) -> VaultReport:
    db = session.db
    self_test(db.conn, db.path)
    cipher = _rows(session, "PRAGMA cipher_integrity_check")
    integrity = [line for line in _rows(session, "PRAGMA integrity_check") if line != "ok"]
    if integrity:
        return VaultReport(cipher, integrity, 0, "not checked: the database cannot be read")
    chain = session.audit.verify()
    return VaultReport(cipher, integrity, chain.count, "" if chain.ok else chain.reason)
