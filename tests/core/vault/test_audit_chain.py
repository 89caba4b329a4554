from __future__ import annotations

import pytest

from csec_desktop.core.vault.integrity import check_vault

from .conftest import SUPERVISOR, SUPERVISOR_PASS


def test_the_audit_log_refuses_updates_and_deletes(setup_vault) -> None:
    vault, _ = setup_vault
    session = vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)
    with pytest.raises(Exception, match="append-only"):
        session.db.execute("UPDATE audit SET actor = 'someone' WHERE seq = 1")
    with pytest.raises(Exception, match="append-only"):
        session.db.execute("DELETE FROM audit WHERE seq = 1")
    session.sign_out()


def test_an_intact_vault_checks_clean(setup_vault) -> None:
    vault, _ = setup_vault
    session = vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)
    report = check_vault(session)
    assert report.ok, report.problem
    assert report.audit_entries >= 4
    session.sign_out()


@pytest.mark.parametrize("column", ["hash", "actor", "at"])
def test_one_changed_byte_breaks_the_chain_at_that_entry(setup_vault, column: str) -> None:
    vault, _ = setup_vault
    session = vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)
    conn = session.db.conn
    conn.execute("DROP TRIGGER audit_append_only_update")  # someone holding the key
    value = conn.execute(f"SELECT {column} FROM audit WHERE seq = 3").fetchone()[0]
    flipped = value[:-1] + ("0" if value[-1] != "0" else "1")
    conn.execute(f"UPDATE audit SET {column} = ? WHERE seq = 3", (flipped,))
    report = check_vault(session)
    assert not report.ok
    assert report.problem.startswith("audit log chain is broken: audit entry")
    assert "entry 3" in report.problem or "entry 4" in report.problem
    session.sign_out()
