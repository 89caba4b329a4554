"""Export → county import → receipt → delivered, on the real vault, county store and files."""

from __future__ import annotations

import json

import pytest

from csec_desktop.core.errors import CsecError
from csec_desktop.core.sync.bundle import inspect_bundle
from csec_desktop.core.sync_service import records_codec

from .world import World, digest, profile


def test_a_round_trip_delivers_every_record_and_the_next_export_has_nothing(world: World) -> None:
    laptop = world.laptop("a")
    laptop.seed(8)
    youth = laptop.caseload.add(profile())
    status = laptop.sync.status()
    assert status.enrolled and status.pending_total > 8
    exported = laptop.sync.export(laptop.out)
    assert exported.path.exists() and exported.sequence == 1
    assert exported.records == status.pending_total
    assert exported.counts["instrument_definition"] >= 1 and exported.counts["audit_event"] >= 1
    assert inspect_bundle(exported.path).bundle_hash == exported.bundle_hash

    result = world.import_(exported.path)
    assert result.status == "imported" and result.counts == {"accepted": exported.records}
    assert result.receipt_path.read_bytes() == result.receipt

    outcome, purged = laptop.sync.apply_receipt(result.receipt)
    assert outcome.counts == {"accepted": exported.records} and not outcome.already_applied
    assert purged.youth == 0  # delivered today; the county keeps 30 days
    assert laptop.row("youth", youth.id) == (1, 1, 0)
    after = laptop.sync.status()
    assert after.pending_total == 0 and after.awaiting_receipt == 0 and after.last_receipt_at
    with pytest.raises(CsecError, match="Nothing to send"):
        laptop.sync.export(laptop.out)
    again, _ = laptop.sync.apply_receipt(result.receipt)
    assert again.already_applied


def test_importing_the_same_bundle_twice_equals_importing_it_once(world: World) -> None:
    laptop = world.laptop("a")
    laptop.seed(5)
    exported = laptop.sync.export(laptop.out)
    first = world.import_(exported.path)
    before = digest(world.county_db)
    first.receipt_path.unlink()
    second = world.import_(exported.path)
    assert second.status == "duplicate"
    assert second.receipt == first.receipt and second.receipt_path.read_bytes() == first.receipt
    assert digest(world.county_db) == before


def test_an_edit_after_export_builds_on_the_version_sent_and_is_accepted_in_order(
    world: World,
) -> None:
    laptop = world.laptop("a")
    youth = laptop.caseload.add(profile())
    one = laptop.sync.export(laptop.out)
    laptop.caseload.change(youth.id, profile(first="Jordy"))  # before any receipt came back
    two = laptop.sync.export(laptop.out)
    assert two.sequence == 2
    first, second = world.import_(one.path), world.import_(two.path)
    assert first.counts == {"accepted": 1} and second.counts == {"accepted": 1}
    county = world.county_db.execute(
        "SELECT version FROM county_records WHERE record_id = ?", (youth.id,)
    ).fetchone()
    assert county[0] == 2
    # Receipts applied out of order still leave the record delivered at version 2.
    laptop.sync.apply_receipt(second.receipt)
    laptop.sync.apply_receipt(first.receipt)
    assert laptop.row("youth", youth.id) == (2, 2, 0)


def test_an_unacknowledged_record_is_sent_again_and_answered_as_a_duplicate(
    world: World,
) -> None:
    laptop = world.laptop("a")
    laptop.caseload.add(profile())
    one = laptop.sync.export(laptop.out)
    world.import_(one.path)  # the receipt never makes it back to the laptop
    laptop.caseload.add(profile(first="Casey", last="Nguyen"))
    two = laptop.sync.export(laptop.out)
    assert two.records == 2
    result = world.import_(two.path)
    assert result.counts == {"accepted": 1, "duplicate": 1}
    outcome, _ = laptop.sync.apply_receipt(result.receipt)
    assert outcome.counts == {"accepted": 1, "duplicate": 1}
    assert laptop.sync.status().pending_total == 0


def test_answer_keys_are_json_strings_whatever_the_item_id() -> None:
    """Answers are joined into one JSON object per encounter: a plain item id is quoted as is,
    anything else escaped, so the object parses to the very keys stored."""
    for item_id in ("ex_disclosed", 'odd "id"\\ with ñ'):
        assert json.loads("{" + records_codec._json_key(item_id) + ":1}") == {item_id: 1}
