"""County-signed instrument packages on an enrolled laptop: a package signed by the county
root installs its instruments; a tampered, foreign or older package is refused with one line
and the laptop keeps what it had."""

from __future__ import annotations

import base64
import json

import pytest

from csec_desktop.core.errors import CsecError
from csec_desktop.core.instruments import load_instrument
from csec_desktop.core.records.county_instruments import (
    available_instruments,
    install_county_package,
    laptop_registry,
)
from csec_desktop.core.sync.county_package import make_county_package
from csec_desktop.core.sync.keys import CountyKeys
from tests.county_example import EXAMPLE_ID, example_instrument

from .world import digest


def second_version():
    data = json.loads(example_instrument().definition_json())
    data["version"] = "1.1.0"
    return load_instrument(data, "v2.json")


def package(world, version: int, instruments, key=None) -> bytes:
    root = key or world.authority.keys.root
    return make_county_package("alameda", version, world.clock(), instruments, root)


def test_a_signed_package_installs_and_a_newer_one_adds_versions(world) -> None:
    laptop = world.laptop("a")
    done = install_county_package(laptop.session, package(world, 1, [example_instrument()]))
    assert done.installed == (f"{EXAMPLE_ID} 1.0.0",) and done.version == 1
    rows = {
        (a.instrument.id, a.instrument.version): a.source
        for a in available_instruments(laptop.session.db)
    }
    assert rows[(EXAMPLE_ID, "1.0.0")] == "county"
    again = install_county_package(
        laptop.session, package(world, 2, [example_instrument(), second_version()])
    )
    assert again.installed == (f"{EXAMPLE_ID} 1.1.0",)
    assert again.already == (f"{EXAMPLE_ID} 1.0.0",)
    assert laptop_registry(laptop.session.db).get(EXAMPLE_ID).version == "1.1.0"


def tamper(data: bytes) -> bytes:
    envelope = json.loads(data)
    payload = json.loads(base64.b64decode(envelope["payload"]))
    payload["instruments"][0]["definition"] = payload["instruments"][0]["definition"].replace(
        "Follow up this week", "Nothing to do"
    )
    envelope["payload"] = base64.b64encode(
        json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
    ).decode()
    return json.dumps(envelope, sort_keys=True, separators=(",", ":")).encode()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda w: tamper(package(w, 2, [second_version()])),
            "county package signature does not verify",
        ),
        (
            lambda w: package(w, 2, [second_version()], CountyKeys.generate().root),
            "county package is signed by key",
        ),
        (lambda w: package(w, 1, [second_version()]), "older than the installed version 2"),
        (lambda w: package(w, 1, [second_version()])[:-9], "county package envelope"),
    ],
    ids=["tampered", "other key", "older", "truncated"],
)
def test_a_bad_package_is_refused_and_the_laptop_keeps_the_previous_one(
    world, make, message
) -> None:
    laptop = world.laptop("a")
    install_county_package(laptop.session, package(world, 2, [example_instrument()]))
    before = digest(laptop.session.db)
    with pytest.raises(CsecError, match=message) as caught:
        install_county_package(laptop.session, make(world))
    assert "\n" not in str(caught.value)
    assert digest(laptop.session.db) == before
    assert laptop_registry(laptop.session.db).get(EXAMPLE_ID).version == "1.0.0"


def test_a_laptop_without_a_trust_file_installs_no_package(world) -> None:
    laptop = world.laptop("b", enroll=False)
    with pytest.raises(CsecError, match="no county trust file"):
        install_county_package(laptop.session, package(world, 1, [example_instrument()]))


def test_a_county_instrument_record_is_exported_and_counted_at_the_county(world) -> None:
    from datetime import date

    from csec_desktop.core.county.period_report import build_period_report
    from csec_desktop.core.county.report import build_report
    from csec_desktop.core.county.report_period import Period
    from csec_desktop.core.records.screening import ScreeningService
    from tests.core.sync_service.world import profile
    from tests.county_example import DECISION_POINT, county_policy

    laptop = world.laptop("a")
    install_county_package(laptop.session, package(world, 1, [example_instrument()]))
    service = ScreeningService(
        laptop.ctx, laptop_registry(laptop.session.db), county_policy().screening
    )
    youth = laptop.caseload.add(profile())
    run = service.start(youth, DECISION_POINT, EXAMPLE_ID, world.clock())
    run.set_answers(
        {"moved_on": "2026-03-01", "left_before": "no", "worry": 2, "contacts": ["family"]}
    )
    done = run.complete()
    assert done.encounter.final_band == "follow_up_now"
    exported = laptop.sync.export(laptop.out)
    assert exported.counts["instrument_definition"] == 1
    result = world.import_(exported.path)
    assert result.status == "imported" and set(result.counts) == {"accepted"}
    county = world.county_db
    stored = county.execute(
        "SELECT data FROM county_records WHERE kind = 'encounter' AND record_id = ?",
        (run.encounter_id,),
    ).fetchone()
    assert json.loads(stored[0])["final_band"] == "follow_up_now"
    report = build_report(county)
    assert report.encounters == 1 and report.youth == 1
    # A county check-in's band is no identification-screen level: it counts in no WIC table.
    period = Period.of(date(2000, 1, 1), date(2030, 12, 31))
    wic = build_period_report(county, period)["wic_16501_45"]
    assert all(
        split["total"] == 0
        for table in wic.values()
        for name, split in table["period"].items()
        if name != "youth"
    )
