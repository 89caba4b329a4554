"""Bundle deliveries (folder, HTTPS outbox) behind one interface, and the one bundle-state enum."""

from __future__ import annotations

import re

import pytest

from csec_desktop.core.sync_service.bundle_state import STORED_STATES, BundleState
from csec_desktop.core.sync_service.delivery import FolderDelivery, OutboxDelivery, delivery_for
from csec_desktop.core.vault.migrations import MIGRATIONS

from .world import World, profile


class Interrupted(Exception):
    pass


def test_the_stored_states_are_exactly_the_schema_check() -> None:
    schema = "\n".join(sql for _, _, sql in MIGRATIONS if isinstance(sql, str))
    check = re.search(r"sync_bundles \([^;]*?CHECK \(status IN \(([^)]*)\)\)", schema)
    assert check is not None
    assert {v.strip(" '") for v in check.group(1).split(",")} == {str(s) for s in STORED_STATES}
    assert BundleState.of("written", "2026-01-01T00:00:00Z") is BundleState.ANSWERED
    assert BundleState.of("written", None) is BundleState.WRITTEN


def test_the_outbox_keeps_the_bundle_and_recovery_asks_it(world: World) -> None:
    laptop = world.laptop("a")
    laptop.caseload.add(profile())
    outbox = laptop.sync.outbox()

    def stop(step: str) -> None:
        if step == "published":
            raise Interrupted(step)

    with pytest.raises(Interrupted):
        laptop.sync.export_to(outbox, on_step=stop)
    row = laptop.session.db.execute("SELECT status, file_path FROM sync_bundles").fetchone()
    assert row[0] == BundleState.BUILT and row[1].startswith("outbox:")
    assert isinstance(delivery_for(row[1], laptop.session.vault.data_dir), OutboxDelivery)
    assert laptop.sync.settle() == []  # the outbox holds it: written after all
    assert laptop.session.db.execute("SELECT status FROM sync_bundles").fetchone()[0] == "written"
    (kept,) = outbox.folder.iterdir()
    assert world.import_(kept, receipt_dir=world.root).status == "imported"


def test_a_bundle_the_delivery_does_not_hold_is_abandoned(world: World) -> None:
    laptop = world.laptop("a")
    laptop.caseload.add(profile())

    def stop(step: str) -> None:
        if step == "recorded":
            raise Interrupted(step)

    with pytest.raises(Interrupted):
        laptop.sync.export_to(FolderDelivery(laptop.out), on_step=stop)
    assert laptop.sync.settle() == [1]
    again = laptop.sync.export_to(laptop.sync.outbox())
    assert again.delivery == "https" and again.skipped == (1,)
    assert again.path.parent.name == "outbox"


def test_an_outbox_locator_cannot_leave_the_outbox(world: World) -> None:
    laptop = world.laptop("a")
    with pytest.raises(Exception, match="not a bundle name"):
        laptop.sync.outbox().path("outbox:../county/county.db")
