"""``csec vault check``: the encryption's own page check, SQLite's, and the audit chain."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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


def check_vault(session: Session) -> VaultReport:
    db = session.db
    self_test(db.conn, db.path)
    cipher = [str(row[0]) for row in db.execute("PRAGMA cipher_integrity_check").fetchall()]
    integrity = [str(row[0]) for row in db.execute("PRAGMA integrity_check").fetchall()]
    integrity = [line for line in integrity if line != "ok"]
    chain = session.audit.verify()
    return VaultReport(cipher, integrity, chain.count, "" if chain.ok else chain.reason)
