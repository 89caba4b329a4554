"""Conflicts are kept for a person, never overwritten; forged receipts change nothing."""

from __future__ import annotations

import pytest

from csec_desktop.core.errors import CsecError
from csec_desktop.core.sync.bundle import BundleHeader, build_bundle
from csec_desktop.core.sync.keys import CountyKeys
from csec_desktop.core.sync.receipt import RecordFate, make_receipt
from csec_desktop.core.sync.trust import verify_trust
from csec_desktop.core.sync_service import records_codec
from tests.core.sync.helpers import tamper_envelope

from .world import World, digest, profile


def _county_copy(world: World, record_id: str) -> tuple[int, str]:
    row = world.county_db.execute(
        "SELECT version, data FROM county_records WHERE record_id = ?", (record_id,)
    ).fetchone()
    return int(row[0]), row[1]


def test_an_edit_that_does_not_build_on_the_county_version_is_a_conflict(world: World) -> None:
    a, b = world.laptop("a"), world.laptop("b")
    youth = a.caseload.add(profile())
    world.import_(a.sync.export(a.out).path)
    held = _county_copy(world, youth.id)
    records, _ = records_codec.collect(a.session.db)
    mine = next(r for r in records if r.get("id") == youth.id)
    # Laptop B sends two versions of that youth that do not build on the county's version 1.
    stale = {**mine, "version": 2, "base_version": None, "profile": {**mine["profile"],
             "legal_first_name": "Jordana"}}  # fmt: skip
    skipped = {**mine, "version": 5, "base_version": 3}
    data, _ = build_bundle(
        BundleHeader(1), [stale], b.sync.identity(), world.authority.keys.encryption_public
    )
    path = b.out / "crafted.csb"
    path.write_bytes(data)
    result = world.import_(path)
    assert result.counts == {"conflict": 1}
    assert _county_copy(world, youth.id) == held  # never overwritten
    conflict = world.county_db.execute(
        "SELECT incoming_version, county_version, reason, status FROM county_conflicts"
    ).fetchone()
    assert tuple(conflict) == (2, 1, "another device delivered this record first; a person "
                               "decides which stands", "open")  # fmt: skip
    data, _ = build_bundle(
        BundleHeader(2, result.bundle_hash), [skipped], b.sync.identity(),
        world.authority.keys.encryption_public,
    )  # fmt: skip
    path2 = b.out / "crafted2.csb"
    path2.write_bytes(data)
    assert world.import_(path2).counts == {"conflict": 1}
    assert _county_copy(world, youth.id) == held


def test_a_conflict_answer_keeps_the_record_on_the_laptop_and_is_not_resent(
    world: World,
) -> None:
    a = world.laptop("a")
    youth = a.caseload.add(profile())
    sent = a.sync.export(a.out)
    # The county already holds a different version 1 of this id (e.g. a restored laptop).
    db = world.county_db
    db.execute(
        "INSERT INTO county_records (record_id, kind, youth_id, version, content_hash, data, "
        "device_id, bundle_hash, updated_at) VALUES (?, 'youth', ?, 1, 'x', '{}', ?, 'h', 'now')",
        (youth.id, youth.id, a.session.device_id),
    )
    db.execute(
        "INSERT INTO county_record_versions (record_id, version, content_hash, bundle_hash) "
        "VALUES (?, 1, 'x', 'h')",
        (youth.id,),
    )
    result = world.import_(sent.path)
    assert result.counts == {"conflict": 1}
    outcome, _ = a.sync.apply_receipt(result.receipt)
    (problem,) = outcome.problems
    assert problem.fate == "conflict" and "different version 1" in problem.reason
    assert a.row("youth", youth.id) == (1, None, 1)  # not delivered
    status = a.sync.status()
    assert status.conflicts == 1 and status.pending_total == 0  # answered; not sent again
    a.caseload.change(youth.id, profile(first="Jordy"))
    assert a.sync.status().pending_total == 1  # a new edit goes out (and conflicts again)


@pytest.fixture
def answered(world: World):  # type: ignore[no-untyped-def]
    a = world.laptop("a")
    a.caseload.add(profile())
    sent = a.sync.export(a.out)
    result = world.import_(sent.path)
    return world, a, sent, result


def _manifest(world: World, result):  # type: ignore[no-untyped-def]
    from csec_desktop.core.sync.bundle import inspect_bundle

    return inspect_bundle(result.path).manifest


def test_forged_receipts_are_refused_and_change_nothing(answered) -> None:  # type: ignore[no-untyped-def]
    world, a, sent, result = answered
    manifest = _manifest(world, result)
    fates = [RecordFate(r[1], "youth", 1, "accepted") for r in a.session.db.execute(
        "SELECT 'youth', id FROM youth").fetchall()]  # fmt: skip
    keys = world.authority.keys

    def signed(key, records=fates, bundle_hash=sent.bundle_hash):  # type: ignore[no-untyped-def]
        return make_receipt(key, county_id="alameda", manifest=manifest, bundle_hash=bundle_hash,
                            records=records, received_at=world.clock())  # fmt: skip

    forged = {
        "another key": (signed(CountyKeys.generate().receipt), "signature|signed by"),
        "the root key": (signed(keys.root), "signature|signed by"),
        "altered": (
            tamper_envelope(result.receipt, lambda d: d.update(received_at="2020-01-01T00:00:00Z")),
            "signature",
        ),
        "another bundle": (signed(keys.receipt, bundle_hash="ab" * 32), "did not send"),
        "a record not sent": (
            signed(keys.receipt, [RecordFate("00000000-0000-4000-8000-00000000000f", "youth", 1,
                                             "accepted")]),
            "did not carry",
        ),
    }  # fmt: skip
    before = digest(a.session.db)
    for name, (data, match) in forged.items():
        with pytest.raises(CsecError, match=match):
            a.sync.apply_receipt(data)
        assert digest(a.session.db) == before, name


def test_a_trust_file_with_a_lower_version_or_another_root_is_refused(world: World) -> None:
    a = world.laptop("a")
    older = world.authority.current_trust_file()
    world.laptop("b")  # enrolling b issues a newer trust file
    newer = world.authority.current_trust_file()
    installed = a.sync.install_trust(newer)
    assert installed.changed and installed.previous_version == 2 and installed.trust.version == 3
    before = digest(a.session.db)
    with pytest.raises(CsecError, match="version 2 is older than the installed version 3"):
        a.sync.install_trust(older)
    other = make_other_county_trust(world)
    with pytest.raises(CsecError, match="not the pinned county root"):
        a.sync.install_trust(other)
    assert digest(a.session.db) == before
    assert not a.sync.install_trust(newer).changed


def make_other_county_trust(world: World) -> bytes:
    from csec_desktop.core.sync.trust import make_trust

    now = world.clock().replace(microsecond=0)
    from datetime import timedelta

    data = make_trust(CountyKeys.generate(), county_id="alameda", county_name="Alameda County",
                      devices=[], policy={}, version=9, issued_at=now,
                      expires=now + timedelta(days=30))  # fmt: skip
    verify_trust(data, None, None, now)
    return data
