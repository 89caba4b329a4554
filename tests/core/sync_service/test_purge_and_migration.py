"""Retention purge after verified delivery, and the schema-2 fixture vault upgrading to 3."""

from __future__ import annotations

import shutil
from pathlib import Path

from csec_desktop.core.records.youth_store import YouthStore
from csec_desktop.core.sync_service.service import SyncService
from csec_desktop.core.vault import schema
from csec_desktop.core.vault.audit import AuditEvent
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.integrity import check_vault

from .world import World, profile


def test_delivered_youth_are_purged_after_the_retention_period_only(world: World) -> None:
    a = world.laptop("a")
    a.seed(6)
    done = [a.caseload.add(profile(first=name)) for name in ("Avery", "Blake")]
    kept = a.caseload.add(profile(first="Casey"))
    result = world.import_(a.sync.export(a.out).path)
    a.caseload.change(kept.id, profile(first="Cass"))  # changed after the export: not covered
    unsent = a.caseload.add(profile(first="Riley"))  # never exported
    a.sync.apply_receipt(result.receipt)
    world.clock.advance(days=29)
    assert a.sync.purge_due().youth == 0
    world.clock.advance(days=2)
    report = a.sync.purge_due()
    left = {r.id for r in YouthStore(a.ctx).all()}
    assert kept.id in left and unsent.id in left
    assert not {y.id for y in done} & left
    purged = a.session.db.execute(
        "SELECT id, data, birth_date FROM youth WHERE purged_at IS NOT NULL"
    ).fetchall()
    assert len(purged) == report.youth >= 2
    assert all(r[1] == '{"purged": true}' and r[2] is None for r in purged)
    ids = {r[0] for r in purged}
    tombstones = a.session.db.execute("SELECT count(*) FROM sync_tombstones").fetchone()[0]
    assert tombstones == report.youth + report.records
    children = a.session.db.execute("SELECT youth_id FROM encounters").fetchall()
    assert not ids & {r[0] for r in children}
    # Open work stays: every youth with a draft or an open duty is still on the laptop.
    busy = a.session.db.execute(
        "SELECT youth_id FROM encounters WHERE status = 'draft' "
        "UNION SELECT youth_id FROM duties WHERE status = 'open'"
    ).fetchall()
    assert {r[0] for r in busy} <= left
    events = [e for e in a.session.audit.entries(500) if e.event == AuditEvent.RECORD_PURGED]
    assert {e.subject for e in events} == ids
    assert a.session.audit.verify().ok


def test_purged_rows_do_not_wait_in_the_write_ahead_log(world: World) -> None:
    """Attack (finding 8): copy `vault.db-wal` right after a purge; it held the purged rows'
    pages until the next checkpoint. The purge now ends with wal_checkpoint(TRUNCATE), which
    moves them into the secure-delete database and leaves the WAL file empty."""
    a = world.laptop("a")
    a.caseload.add(profile(first="Avery"))
    result = world.import_(a.sync.export(a.out).path)
    a.sync.apply_receipt(result.receipt)
    world.clock.advance(days=31)
    wal = a.session.vault.db_path.with_name("vault.db-wal")
    a.caseload.add(profile(first="Blake"))  # something in the WAL before the purge
    assert wal.stat().st_size > 0
    assert a.sync.purge_due().youth == 1
    assert wal.stat().st_size == 0


def test_nothing_is_purged_without_a_receipt(world: World) -> None:
    a = world.laptop("a")
    a.caseload.add(profile())
    world.import_(a.sync.export(a.out).path)  # the county has it, the laptop has no receipt
    world.clock.advance(days=400)
    assert a.sync.purge_due().youth == 0


def test_the_schema_2_fixture_vault_upgrades_and_its_records_can_be_sent(tmp_path: Path) -> None:
    fixture = Path(__file__).parents[2] / "fixtures" / "vaults" / "v2"
    data = tmp_path / "v2"
    shutil.copytree(fixture, data)
    session = DeviceVault(data).sign_in("fixture.worker", "fixture vault passphrase two")
    try:
        assert schema.current_version(session.db.conn) == schema.LATEST
        # Version 9 (county instruments) ran on the old vault: the table is there, empty.
        assert session.db.execute("SELECT count(*) FROM county_instruments").fetchone()[0] == 0
        assert check_vault(session).ok
        status = SyncService(session).status()
        assert status.pending["youth"] == 3 and status.pending["encounter"] >= 3
        assert status.device_fingerprint is None and status.county_name is None
    finally:
        session.sign_out()
    assert not (data / "vault.db.v2.bak").exists()
