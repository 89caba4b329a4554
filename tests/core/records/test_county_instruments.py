"""County instruments installed in the vault, and the county policy checked against them."""

from __future__ import annotations

from pathlib import Path

import pytest

from csec_desktop.core.errors import AuthError, CsecError, ValidationError
from csec_desktop.core.records.county_instruments import (
    available_instruments,
    install_instrument,
    laptop_registry,
    policy_problems,
    require_policy_instruments,
)
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.vault.audit import AuditEvent
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from csec_desktop.core.vault.roles import Role
from tests.county_example import DECISION_POINT, EXAMPLE_ID, county_policy, example_instrument


@pytest.fixture
def county_session(tmp_path: Path, clock):
    vault = DeviceVault(
        tmp_path / "d", policy=county_policy(), clock=clock, kdf_params=MINIMUM_PARAMS
    )
    session, _ = vault.initialize("kim.lee", "Kim Lee", "morning fog over the bay")
    session.add_account("sam.ortiz", "Sam Ortiz", Role.FIELD_WORKER, "tall cedar under rain")
    yield session
    session.sign_out()


def test_a_policy_naming_a_missing_instrument_is_named_at_sign_in(county_session) -> None:
    problems = policy_problems(county_session.db, county_session.policy.screening)
    assert len(problems) == 1
    assert problems[0].startswith(f"county policy: decision point '{DECISION_POINT}' (")
    assert problems[0].endswith(
        f"offers instrument '{EXAMPLE_ID}', which is not available on this laptop "
        "(install it, or correct the policy)"
    )
    with pytest.raises(ValidationError, match=f"decision point '{DECISION_POINT}'.*'{EXAMPLE_ID}'"):
        require_policy_instruments(county_session.db, county_session.policy.screening)


def test_install_pins_the_definition_and_satisfies_the_policy(county_session, clock) -> None:
    instrument = example_instrument()
    installed = install_instrument(county_session, instrument)
    assert installed.source == "county"
    assert policy_problems(county_session.db, county_session.policy.screening) == []
    registry = require_policy_instruments(county_session.db, county_session.policy.screening)
    assert registry.resolve(instrument.pin).content_hash == instrument.content_hash
    rows = {(a.instrument.id, a.source) for a in available_instruments(county_session.db)}
    assert (EXAMPLE_ID, "county") in rows
    assert ("csec_identification", "shipped") in rows
    row = county_session.db.execute(
        "SELECT instrument_id, instrument_version, hash, installed_by FROM county_instruments"
    ).fetchone()
    assert tuple(row) == (EXAMPLE_ID, "1.0.0", instrument.content_hash, "kim.lee")
    events = [e.event for e in county_session.audit.entries()]
    assert AuditEvent.INSTRUMENT_INSTALLED.value in events
    service = ScreeningService(
        _ctx(county_session, clock), registry, county_session.policy.screening
    )
    assert service.offered(DECISION_POINT)[0].id == EXAMPLE_ID


def test_same_definition_twice_or_a_changed_one_under_the_same_version_is_refused(
    county_session,
) -> None:
    instrument = example_instrument()
    install_instrument(county_session, instrument)
    with pytest.raises(ValidationError, match="already available"):
        install_instrument(county_session, instrument)
    from csec_desktop.core.instruments import load_instrument

    data = json_of(instrument)
    data["title"]["en"] = "Changed title"
    with pytest.raises(ValidationError, match="new version number"):
        install_instrument(county_session, load_instrument(data, "changed.json"))
    data["version"] = "1.1.0"
    install_instrument(county_session, load_instrument(data, "changed.json"))
    registry = laptop_registry(county_session.db)
    assert registry.get(EXAMPLE_ID).version == "1.1.0"
    assert registry.get(EXAMPLE_ID, "1.0.0").content_hash == instrument.content_hash


def test_a_shipped_id_and_version_cannot_be_overwritten(county_session) -> None:
    shipped = laptop_registry(county_session.db).get("csec_identification")
    data = json_of(shipped)
    data["title"]["en"] = "Not the shipped one"
    from csec_desktop.core.instruments import load_instrument

    with pytest.raises(ValidationError, match="new version number"):
        install_instrument(county_session, load_instrument(data, "x.json"))


def test_only_a_supervisor_installs(county_session, tmp_path: Path) -> None:
    vault = county_session.vault
    county_session.sign_out()
    worker = vault.sign_in("sam.ortiz", "tall cedar under rain")
    try:
        with pytest.raises((AuthError, CsecError)):
            install_instrument(worker, example_instrument())
        assert worker.db.execute("SELECT count(*) FROM county_instruments").fetchone()[0] == 0
    finally:
        worker.sign_out()


def json_of(instrument):
    import json

    return json.loads(instrument.definition_json())


def _ctx(session, clock):
    from csec_desktop.core.records.base import Actor, RecordContext

    return RecordContext(session.db, session.audit, clock, Actor("kim.lee", "Kim Lee"))
