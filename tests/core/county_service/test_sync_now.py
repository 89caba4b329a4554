"""Sync now: laptops send bundles over HTTPS, get receipts, and purge after retention."""

from __future__ import annotations

import pytest

from csec_desktop.core.sync_service.county_client import CountyClient
from csec_desktop.core.sync_service.online_sync import last_synced, service_answers, sync_now
from tests.core.sync_service.world import profile

from .online import OnlineCounty


def test_a_laptop_syncs_and_the_county_answers_at_once(county: OnlineCounty) -> None:
    laptop = county.laptop("a")
    laptop.caseload.add(profile())
    assert service_answers(laptop.sync)  # the probe automatic sync makes first
    steps: list[tuple[str, float]] = []
    report = sync_now(laptop.sync, lambda text, done: steps.append((text, done)))
    assert (report.uploaded, report.receipts_applied, report.exported) == (1, 1, 1)
    status = laptop.sync.status()
    assert status.pending_total == 0 and status.awaiting_receipt == 0
    assert last_synced(laptop.sync) is not None
    assert county.count("SELECT count(*) FROM county_records WHERE kind = 'youth'") == 1
    assert steps[-1] == ("Done.", 1.0) and all(0 <= d <= 1 for _, d in steps)
    assert [p.name for p in laptop.sync.outbox().folder.iterdir()] == []  # answered: removed
    again = sync_now(laptop.sync)
    assert (again.uploaded, again.exported) == (0, None)
    (line,) = [x for x in county.log_lines() if x["endpoint"] == "upload"]
    assert line["status"] == 200 and line["outcome"] == "imported" and line["records"] >= 1
    assert "Jordan" not in county.log_stream.getvalue()


def test_a_bundle_carried_on_a_stick_gets_its_receipt_online(county: OnlineCounty) -> None:
    laptop = county.laptop("a")
    laptop.caseload.add(profile())
    on_stick = laptop.sync.export(laptop.out)
    county.world.import_(on_stick.path)
    laptop.caseload.add(profile(first="Casey"))
    report = sync_now(laptop.sync)
    # The stick's file is still at hand: sent again, answered as a duplicate, then bundle 2.
    assert (report.uploaded, report.exported) == (2, 2)
    assert laptop.sync.status().awaiting_receipt == 0


def test_a_bundle_the_county_imported_from_a_stick_gets_its_receipt_online(
    county: OnlineCounty,
) -> None:
    laptop = county.laptop("a")
    laptop.caseload.add(profile())
    on_stick = laptop.sync.export(laptop.out)
    county.world.import_(on_stick.path)
    on_stick.path.unlink()  # the stick went to the county and stayed there
    report = sync_now(laptop.sync)
    assert (report.uploaded, report.receipts_applied, report.exported) == (0, 1, None)
    assert laptop.sync.status().awaiting_receipt == 0


def test_a_published_package_arrives_online_and_a_tampered_one_is_refused(
    embedded_county: OnlineCounty, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sync now fetches the trust update the county published: the laptop installs its
    instruments and policy; a tampered update on the service is refused in one line and the
    laptop keeps what it had."""
    from csec_desktop.core.county.instrument_publish import publish_instruments
    from csec_desktop.core.errors import CsecError
    from csec_desktop.core.records.county_instruments import laptop_registry
    from tests.core.sync_service.test_package_in_trust import tampered
    from tests.county_example import (
        DECISION_POINT,
        EXAMPLE_ID,
        county_policy_data,
        example_instrument,
    )

    world = embedded_county.world
    laptop = embedded_county.laptop("a")
    screening = county_policy_data()["screening"]
    done = publish_instruments(world.authority, [example_instrument()], screening, world.clock())
    report = sync_now(laptop.sync)
    assert report.trust_version == done.trust_version
    assert laptop_registry(laptop.session.db).get(EXAMPLE_ID).version == "1.0.0"
    assert laptop.session.policy.screening.instruments_for(DECISION_POINT)[0] == EXAMPLE_ID

    second = publish_instruments(world.authority, [example_instrument()], None, world.clock())
    real = CountyClient.trust
    monkeypatch.setattr(  # altered on its way to the laptop
        CountyClient, "trust", lambda self, have: tampered(real(self, have))
    )
    with pytest.raises(CsecError, match="does not verify") as caught:
        sync_now(laptop.sync)
    assert "\n" not in caught.value.message
    assert laptop.sync.trust().version == done.trust_version < second.trust_version
    assert laptop.sync.trust().county_package == done.package
