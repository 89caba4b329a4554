"""Finding 3 of the security review: the audit chain anchored nothing.

Anyone with the data key can drop the append-only triggers, edit or truncate the audit log and
re-hash the chain so the laptop's own check says "intact". The county now holds every entry it
received and the head named in each signed manifest, and flags what no longer fits.
"""

from __future__ import annotations

import pytest

from csec_desktop.core.county.audit_chain import AUDIT_FLAG, KEY_FILE_FLAG
from csec_desktop.core.vault.audit import GENESIS, row_hash

from .world import Laptop, World, make_world, profile

_TRIGGERS = """
CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
"""


@pytest.fixture
def world(tmp_path):
    made = make_world(tmp_path)
    yield made
    made.close()


def _tamper(laptop: Laptop, edit: str, params: tuple[object, ...]) -> None:
    """What a worker with file access does: drop the triggers, edit, re-hash, put them back."""
    conn = laptop.session.db.conn
    conn.execute("DROP TRIGGER audit_append_only_update")
    conn.execute("DROP TRIGGER audit_append_only_delete")
    conn.execute(edit, params)
    prev = GENESIS
    rows = conn.execute(
        "SELECT seq, at, actor, event, subject, detail FROM audit ORDER BY seq"
    ).fetchall()
    for seq, at, actor, event, subject, detail in rows:
        digest = row_hash(seq, at, actor, event, subject, detail, prev)
        conn.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE seq = ?", (prev, digest, seq))
        prev = digest
    conn.executescript(_TRIGGERS)
    assert laptop.session.audit.verify().ok  # the laptop's own check is fooled


def _flags(world: World) -> list[str]:
    rows = world.county_session.db.execute(
        "SELECT detail FROM county_flags WHERE flag = ?", (AUDIT_FLAG,)
    ).fetchall()
    return [r[0] for r in rows]


def test_a_rewritten_audit_log_is_flagged_at_the_county(world: World) -> None:
    """Attack: after a bundle went to the county, erase the record of viewing a youth (edit
    the entry into something harmless) and re-hash the chain. The next bundle's entries do not
    follow the entry the county holds: flagged, with the entry number."""
    a = world.laptop("a")
    youth = a.caseload.add(profile())
    a.caseload.open(youth.id)  # a "record_viewed" entry
    assert world.import_(a.sync.export(a.out).path).note == ""
    assert _flags(world) == []
    viewed = a.session.db.execute(
        "SELECT min(seq) FROM audit WHERE event = 'record_viewed'"
    ).fetchone()[0]
    _tamper(a, "UPDATE audit SET event = 'sign_in', subject = NULL WHERE seq = ?", (viewed,))
    a.caseload.add(profile(first="Avery"))
    result = world.import_(a.sync.export(a.out).path)
    assert "does not follow entry" in result.note
    assert any("does not follow" in f for f in _flags(world))


def test_a_truncated_audit_log_is_flagged_as_shorter_than_the_county_saw(world: World) -> None:
    """Attack: cut the tail of the audit log after an export (the entries of viewing and
    printing since), re-hash, and send again. The signed head is lower than the head the county
    already saw: flagged as a truncated log or a vault copied back."""
    a = world.laptop("a")
    a.caseload.add(profile())
    world.import_(a.sync.export(a.out).path)
    seen = world.county_session.db.execute("SELECT audit_seq FROM county_devices").fetchone()[0]
    assert seen > 3
    _tamper(a, "DELETE FROM audit WHERE seq > ?", (2,))
    a.caseload.add(profile(first="Avery"))
    world.import_(a.sync.export(a.out).path)
    assert any("ends at entry" in f and f"saw entry {seen}" in f for f in _flags(world))


def test_an_untampered_laptop_raises_no_flag_over_several_bundles(world: World) -> None:
    a = world.laptop("a")
    for name in ("Avery", "Blake", "Casey"):
        youth = a.caseload.add(profile(first=name))
        a.caseload.open(youth.id)
        result = world.import_(a.sync.export(a.out).path)
        a.sync.apply_receipt(result.receipt)
    assert _flags(world) == []
    head = world.county_session.db.execute("SELECT audit_seq FROM county_devices").fetchone()[0]
    assert head > 10


def test_a_lower_key_file_generation_is_flagged_at_the_county(world: World) -> None:
    """Attack (finding 2): bring the vault's key file generation back down, as a `vault.db`
    copied back carries, or as a worker with the data key sets it so that an older
    `vault.keys` passes the laptop's own check, then send a bundle. Each signed manifest
    names the generation and the county keeps the highest it saw: a lower one is flagged as
    a restored key file (the import still goes ahead, so no record is lost)."""
    a = world.laptop("a")
    a.session.save_keys()  # as every lock, sign-out and account change does
    a.caseload.add(profile())
    world.import_(a.sync.export(a.out).path)
    seen = world.county_session.db.execute("SELECT key_generation FROM county_devices").fetchone()
    assert seen[0] > 1
    a.session.db.execute("UPDATE meta SET value = '1' WHERE key = 'key_generation'")
    a.caseload.add(profile(first="Avery"))
    result = world.import_(a.sync.export(a.out).path)
    assert result.status == "imported" and result.counts.get("accepted")
    flags = world.county_session.db.execute(
        "SELECT detail FROM county_flags WHERE flag = ?", (KEY_FILE_FLAG,)
    ).fetchall()
    assert [f[0] for f in flags] == [
        f"key file generation 1 is lower than {seen[0]}, seen before (an old key file was restored)"
    ]
