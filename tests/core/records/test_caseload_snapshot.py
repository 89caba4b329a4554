"""The caseload index kept in the vault between sign-ins (decision 70): read back it equals a
fresh build from the profiles, and every change to youth or their sharing, whoever writes it,
makes the next sign-in build again. Real SQLCipher vaults throughout."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from csec_desktop.core.clock import utc_now
from csec_desktop.core.demo_seed import fictional_profile, seed_caseload
from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.records import caseload_snapshot
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.caseload_index import CaseloadEntry, CaseloadIndex
from csec_desktop.core.records.caseload_snapshot import (
    change_counter,
    read_snapshot,
    write_snapshot,
)
from csec_desktop.core.records.missing import MissingEpisodes
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.records.youth_store import YouthStore
from csec_desktop.core.screening_policy import default_screening_policy
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from tests.core.sync_service.world import make_world, profile


@pytest.fixture(autouse=True)
def _keep_small_caseloads(monkeypatch: pytest.MonkeyPatch) -> None:
    """Test vaults hold a few dozen youth; the product keeps snapshots from a thousand, in
    parts of a thousand."""
    monkeypatch.setattr(caseload_snapshot, "KEPT_FROM", 1)
    monkeypatch.setattr(caseload_snapshot, "PART", 4)


def _fresh(ctx: RecordContext) -> CaseloadIndex:
    """The index built from validated profiles, never from a snapshot."""
    return CaseloadIndex([CaseloadEntry.of(r.id, r.profile) for r in YouthStore(ctx).all()])


def _queries(index: CaseloadIndex) -> list[str]:
    made = ["", "PR", "ma", "garcia", "de la", "lupe"]
    for entry in index.entries()[:40]:
        first, *_, last = entry.legal_name.split()
        made += [f"{first} {last}", f"{last} {first}", f"{first[:-1]}x {last}", first[:2]]
        if entry.birth_date:
            made.append(entry.birth_date.isoformat())
        made += [number[-4:] for number in entry.case_numbers]
    return made


def _assert_same_index(kept: CaseloadIndex, fresh: CaseloadIndex) -> None:
    assert kept.entries() == fresh.entries()
    for query in _queries(fresh):
        assert kept.search(query) == fresh.search(query), query


def _read_back(ctx: RecordContext) -> Caseload:
    """The next sign-in's caseload, which must come from the snapshot."""
    assert read_snapshot(ctx) is not None
    return Caseload(ctx)


def test_the_kept_index_equals_a_fresh_build_over_demo_and_generated_youth(ctx) -> None:
    seed_caseload(ctx, shipped_registry(), default_screening_policy(), 40, seed=5)
    rng = random.Random(3)
    store = YouthStore(ctx)
    for n in range(40):  # generated youth: accents, particles, CJK, aliases, no birth date
        made = fictional_profile(rng, ctx.clock().date())
        store.create(
            made.model_copy(
                update={
                    "legal_first_name": rng.choice(["Đỗ Minh", "José-María", "王", "Ana Sofía"]),
                    "legal_last_name": rng.choice(["de la Cruz", "Nguyễn", "小明", "O'Brien"]),
                    "legal_middle_name": rng.choice(["", "Guadalupe"]),
                    "aliases": tuple(rng.sample(["Majo Smith", "La Flaca", "Lupe"], n % 3)),
                    "birth_date": None if n % 4 == 0 else made.birth_date,
                }
            )
        )
    Caseload(ctx)  # builds and keeps
    kept = _read_back(ctx)
    _assert_same_index(kept.index, _fresh(ctx))
    # A second read gives the same again (the snapshot is not rewritten by reading it).
    _assert_same_index(_read_back(ctx).index, kept.index)


def test_the_snapshot_survives_sign_out_and_is_read_at_the_next_sign_in(tmp_path: Path) -> None:
    vault = DeviceVault(tmp_path / "data", kdf_params=MINIMUM_PARAMS)
    session, _ = vault.initialize("kim.lee", "Kim Lee", "morning fog over the bay")
    ctx = RecordContext(session.db, session.audit, utc_now, Actor("kim.lee", "Kim Lee"))
    seed_caseload(ctx, shipped_registry(), default_screening_policy(), 12, seed=9)
    built = Caseload(ctx).index.entries()
    session.sign_out()
    session = vault.sign_in("kim.lee", "morning fog over the bay")
    try:
        ctx = RecordContext(session.db, session.audit, utc_now, Actor("kim.lee", "K"))
        assert _read_back(ctx).index.entries() == built
    finally:
        session.sign_out()


def _ana() -> YouthProfile:
    return YouthProfile(legal_first_name="Ana", legal_last_name="Ruiz", agency=Agency.PROBATION)


def test_each_change_to_youth_or_sharing_is_seen_at_the_next_sign_in(ctx, clock) -> None:
    seed_caseload(ctx, shipped_registry(), default_screening_policy(), 8, seed=2)
    store = YouthStore(ctx)
    some = store.all()[0]

    def save() -> None:
        Caseload(ctx).change(some.id, some.profile.model_copy(update={"chosen_name": "Dez"}))

    def new_youth() -> None:
        Caseload(ctx).add(_ana())

    def missing_episode() -> None:
        MissingEpisodes(ctx, default_screening_policy()).report_missing(
            store.all()[1].id, clock(), "Kim Lee"
        )

    def written_elsewhere() -> None:  # not through a Caseload: its index never saw it
        store.update(some.id, some.profile.model_copy(update={"legal_last_name": "Soto"}))

    for change in (save, new_youth, missing_episode, written_elsewhere):
        Caseload(ctx)  # kept
        assert read_snapshot(ctx) is not None
        before = change_counter(ctx)
        change()
        assert change_counter(ctx) > before, change.__name__
        assert read_snapshot(ctx) is None, change.__name__
        _assert_same_index(Caseload(ctx).index, _fresh(ctx))
    seen = Caseload(ctx).index.get(some.id)
    assert seen is not None and seen.legal_name.endswith(" Soto")
    assert "ana" in Caseload(ctx).index.token_matches("ana")


def test_sharing_a_youth_is_seen_at_the_next_sign_in(ctx, clock) -> None:
    theirs = RecordContext(ctx.db, ctx.audit, clock, Actor("sam.roe", "Sam Roe"))
    youth = YouthStore(theirs).create(_ana())
    YouthStore(ctx).create(_ana().model_copy(update={"legal_first_name": "Kim"}))
    assert youth.id not in {e.youth_id for e in Caseload(ctx).index.entries()}
    assert read_snapshot(ctx) is not None
    with ctx.db.transaction():  # as YouthAccess.share writes it
        ctx.db.execute(
            "INSERT INTO youth_access VALUES (?, 'kim.lee', 'sam.roe', ?)", (youth.id, ctx.now())
        )
    assert read_snapshot(ctx) is None
    assert youth.id in {e.youth_id for e in Caseload(ctx).index.entries()}
    # Another worker never reads this worker's snapshot (each worker's own row and role).
    assert read_snapshot(theirs) is None
    supervisor = RecordContext(ctx.db, ctx.audit, clock, Actor("kim.lee", "K", sees_all=True))
    assert read_snapshot(supervisor) is None


def test_a_change_while_the_index_is_built_is_never_kept(ctx) -> None:
    record = YouthStore(ctx).create(_ana())
    counter = change_counter(ctx)
    entries = [CaseloadEntry.of(record.id, record.profile)]
    YouthStore(ctx).update(record.id, _ana().model_copy(update={"legal_first_name": "Eva"}))
    write_snapshot(ctx, entries, counter)  # built from rows older than the change
    assert ctx.db.execute("SELECT count(*) FROM caseload_snapshot").fetchone()[0] == 0
    assert Caseload(ctx).index.entries()[0].display_name == "Eva Ruiz"


@pytest.mark.parametrize(
    "spoil",
    [
        "UPDATE caseload_snapshot SET data = x'00ff' WHERE part = 1",
        "UPDATE caseload_snapshot SET data = x''",
        "UPDATE caseload_snapshot SET data = '[[1, 2]]'",
        """UPDATE caseload_snapshot SET data =
        '[["y", "A B", "A B", "", null, "police", [], false, [], [], []]]' WHERE part = 0""",
        "UPDATE caseload_snapshot SET format = 'older rules'",
        "DELETE FROM caseload_snapshot WHERE part = 1",
        "DELETE FROM caseload_snapshot WHERE part = (SELECT max(part) FROM caseload_snapshot)",
        "UPDATE caseload_snapshot SET counter = counter - 1 WHERE part = 0",
    ],
)
def test_an_unreadable_or_older_snapshot_is_rebuilt_not_trusted(ctx, spoil) -> None:
    seed_caseload(ctx, shipped_registry(), default_screening_policy(), 10, seed=4)
    Caseload(ctx)
    assert ctx.db.execute("SELECT count(*) FROM caseload_snapshot").fetchone()[0] == 3
    with ctx.db.transaction():
        ctx.db.execute(spoil)
    assert read_snapshot(ctx) is None
    _assert_same_index(Caseload(ctx).index, _fresh(ctx))
    assert read_snapshot(ctx) is not None  # and kept again


def test_a_receipt_and_a_purge_reach_the_snapshot_in_their_own_transaction(
    tmp_path: Path,
) -> None:
    world = make_world(tmp_path)
    try:
        a = world.laptop("a")
        gone = a.caseload.add(profile(first="Avery"))
        stays = a.caseload.add(profile(first="Blake"))
        result = world.import_(a.sync.export(a.out).path)
        a.caseload.change(stays.id, profile(first="Blakely"))  # after the export: kept
        Caseload(a.ctx)
        assert read_snapshot(a.ctx) is not None
        a.sync.apply_receipt(result.receipt)  # a sync writes youth rows (delivered)
        assert read_snapshot(a.ctx) is None
        Caseload(a.ctx)
        assert read_snapshot(a.ctx) is not None
        world.clock.advance(days=31)
        assert a.sync.purge_due().youth == 1
        # Deleted with the purge, not merely out of date: no purged name waits in the vault.
        rows = a.session.db.execute("SELECT count(*) FROM caseload_snapshot").fetchone()[0]
        assert rows == 0
        names = {e.display_name for e in Caseload(a.ctx).index.entries()}
        assert names == {"Blakely Alvarez"} and gone.id not in names
    finally:
        world.close()


@pytest.mark.parametrize(
    ("refuse", "allow"),
    [
        ("PRAGMA query_only = ON", "PRAGMA query_only = OFF"),  # the transaction refused
        # The insert fails inside the transaction with SQLite's error, as on a full disk (the
        # transaction turns it into a VaultError).
        (
            "CREATE TEMP TRIGGER refused BEFORE INSERT ON caseload_snapshot "
            "BEGIN SELECT json('{'); END",
            "DROP TRIGGER temp.refused",
        ),
    ],
)
def test_a_vault_that_refuses_the_write_still_loads_and_keeps_nothing(ctx, refuse, allow) -> None:
    seed_caseload(ctx, shipped_registry(), default_screening_policy(), 6, seed=6)
    ctx.db.execute(refuse).fetchall()
    try:
        _assert_same_index(Caseload(ctx).index, _fresh(ctx))
    finally:
        ctx.db.execute(allow).fetchall()
    assert read_snapshot(ctx) is None
    assert ctx.db.execute("SELECT count(*) FROM caseload_snapshot").fetchone()[0] == 0


def _snapshot_text(ctx: RecordContext) -> str:
    return " ".join(
        bytes(row[0]).decode() if isinstance(row[0], bytes) else str(row[0])
        for row in ctx.db.execute("SELECT data FROM caseload_snapshot")
    )


def test_no_snapshot_outlives_a_change_whoever_made_it(ctx, clock) -> None:
    """A rename, a removed alias or an unshare deletes every worker's snapshot in the change's
    own transaction, so a superseded name or a youth no longer shared never waits in the vault
    for a worker who may not sign in again (decision 70)."""
    sam = RecordContext(ctx.db, ctx.audit, clock, Actor("sam.roe", "Sam Roe"))
    chief = RecordContext(ctx.db, ctx.audit, clock, Actor("kim.lee", "Kim Lee", sees_all=True))
    ana = YouthStore(sam).create(
        _ana().model_copy(update={"aliases": ("Lil Bit",), "legal_first_name": "Anabel"})
    )
    YouthStore(sam).create(_ana().model_copy(update={"legal_first_name": "Rosa"}))
    with ctx.db.transaction():  # shared with a third worker, as YouthAccess.share writes it
        ctx.db.execute(
            "INSERT INTO youth_access VALUES (?, 'lee.park', 'kim.lee', ?)", (ana.id, ctx.now())
        )
    lee = RecordContext(ctx.db, ctx.audit, clock, Actor("lee.park", "Lee Park"))
    for each in (sam, chief, lee):
        Caseload(each)
        assert read_snapshot(each) is not None
    assert "lilbit" in _snapshot_text(ctx)  # the alias, as the index folds it
    # A supervisor renames the youth and removes the alias; Sam and Lee never sign in again.
    YouthStore(chief).update(
        ana.id, ana.profile.model_copy(update={"legal_first_name": "Ana", "aliases": ()})
    )
    assert ctx.db.execute("SELECT count(*) FROM caseload_snapshot").fetchone()[0] == 0
    for each in (sam, chief, lee):
        Caseload(each)
    text = _snapshot_text(ctx)
    assert "lilbit" not in text and "anabel" not in text.lower() and "Ana Ruiz" in text
    # The youth is no longer shared with Lee: nobody's snapshot of it stays behind.
    with ctx.db.transaction():
        ctx.db.execute("DELETE FROM youth_access WHERE youth_id = ?", (ana.id,))
    assert ctx.db.execute("SELECT count(*) FROM caseload_snapshot").fetchone()[0] == 0
    assert ana.id not in {e.youth_id for e in Caseload(lee).index.entries()}


def test_a_worker_whose_caseload_is_no_longer_kept_loses_the_older_snapshot(
    ctx, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A snapshot built under another role (or when the caseload was larger) goes at the next
    load that keeps none, rather than waiting under the worker's name."""
    YouthStore(ctx).create(_ana())
    chief = RecordContext(ctx.db, ctx.audit, clock, Actor("kim.lee", "Kim Lee", sees_all=True))
    Caseload(chief)
    assert ctx.db.execute("SELECT count(*) FROM caseload_snapshot").fetchone()[0] > 0
    monkeypatch.setattr(caseload_snapshot, "KEPT_FROM", 1000)
    Caseload(ctx)  # the same worker, no longer a supervisor, with a caseload too small to keep
    assert ctx.db.execute("SELECT count(*) FROM caseload_snapshot").fetchone()[0] == 0
