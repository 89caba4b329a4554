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


def test_a_remembered_head_never_forks_or_gaps_the_chain(setup_vault) -> None:
    """Each audit log remembers the chain's last entry and checks it inside its insert: an
    entry written meanwhile by another program on the same vault (a second log object here),
    and an entry of this one rolled back with its transaction, cost a re-read, never a
    broken chain, a reused number or a gap."""
    from csec_desktop.core.vault.audit import AuditLog

    vault, _ = setup_vault
    session = vault.sign_in(SUPERVISOR, SUPERVISOR_PASS)
    ours, other = session.audit, AuditLog(session.db, vault.clock)
    first = ours.append("record_changed", "a", "r1")
    assert other.append("record_changed", "b", "r2") == first + 1  # our head is stale now
    assert ours.append("record_changed", "a", "r3") == first + 2
    with pytest.raises(RuntimeError), session.db.transaction():
        ours.append("record_changed", "a", "r4")  # remembered, then rolled back
        raise RuntimeError("the save failed after its audit entry")
    assert ours.append("record_changed", "a", "r5") == first + 3  # no gap where r4 was
    assert other.append("record_changed", "b", "r6") == first + 4
    subjects = [e.subject for e in ours.entries(4)]
    assert subjects == ["r6", "r5", "r3", "r2"]
    report = check_vault(session)
    assert report.ok, report.problem
    session.sign_out()
