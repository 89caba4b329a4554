"""The desk: a signed-in session's stores and services over one context, clock and policy."""

from __future__ import annotations

import inspect
import json
import shutil
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from csec_desktop.core.clock import to_iso
from csec_desktop.core.demo import seed_demo_caseload
from csec_desktop.core.demo_logins import FIELD_WORKER
from csec_desktop.core.desk import NEEDS_INSTRUMENT, Desk
from csec_desktop.core.records.county_instruments import POLICY_KEY
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.sync_service.export import export_bundle
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from csec_desktop.core.vault.roles import Role
from tests.core.vault.conftest import FakeClock

PASS = "morning fog over the bay"
WORKER, WORKER_PASS = FIELD_WORKER.username, FIELD_WORKER.passphrase
FIXED = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)


def profile(first: str) -> YouthProfile:
    return YouthProfile(
        legal_first_name=first,
        legal_last_name="Walker",
        birth_date=date(2011, 5, 9),
        agency=Agency.CHILD_WELFARE,
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A supervisor (kim.lee) and a social worker (the demo's); copied per test."""
    folder = tmp_path_factory.mktemp("desk") / "data"
    session, _ = DeviceVault(folder, kdf_params=MINIMUM_PARAMS).initialize("kim.lee", "Kim", PASS)
    session.add_account(WORKER, "Sam Ortiz", Role.FIELD_WORKER, WORKER_PASS)
    session.sign_out()
    return folder


@pytest.fixture
def vault(template: Path, tmp_path: Path, clock: FakeClock) -> DeviceVault:
    shutil.copytree(template, tmp_path / "data")
    return DeviceVault(tmp_path / "data", clock=clock, kdf_params=MINIMUM_PARAMS)


@pytest.fixture
def desk(vault: DeviceVault) -> Iterator[Desk]:
    session = vault.sign_in("kim.lee", PASS)
    yield Desk(session)
    session.sign_out()


@pytest.fixture(scope="module")
def reading_desk(template: Path) -> Iterator[Desk]:
    """For tests that only read the policy: the template itself, signed in once."""
    session = DeviceVault(template, kdf_params=MINIMUM_PARAMS).sign_in("kim.lee", PASS)
    yield Desk(session)
    session.sign_out()


def created(desk: Desk, youth_id: str) -> tuple[str, str]:
    row = desk.db.execute("SELECT created_at, created_by FROM youth WHERE id = ?", (youth_id,))
    at, by = row.fetchone()
    return str(at), str(by)


def test_every_store_and_service_works_on_the_sessions_clock_unless_given_one(
    desk: Desk, clock: FakeClock
) -> None:
    assert desk.clock is clock  # the vault's: the app, every csec command and demo seeding
    youth = desk.open_caseload().add(profile("Imani"))
    assert created(desk, youth.id) == (to_iso(clock.now), "kim.lee")
    clock.advance(hours=3)
    assert desk.sync.clock() == clock.now and desk.ctx.now() == to_iso(clock.now)
    for service in (desk.screening, desk.summaries, desk.duties, desk.missing):
        assert service.ctx is desk.ctx
    fixed = Desk(desk.session, clock=lambda: FIXED)  # what a test injects
    youth = fixed.open_caseload().add(profile("Bea"))
    assert created(fixed, youth.id)[0] == to_iso(FIXED)
    assert fixed.sync.clock() == FIXED and fixed.screening.ctx.clock() == FIXED


def test_a_supervisor_desk_sees_every_youth_a_workers_desk_only_its_own(
    vault: DeviceVault,
) -> None:
    session = vault.sign_in("kim.lee", PASS)
    kims = Desk(session).youth.create(profile("Ana")).id
    session.sign_out()
    session = vault.sign_in(WORKER, WORKER_PASS)
    sams = Desk(session).youth.create(profile("Bea")).id
    assert {y.id for y in Desk(session).youth.all()} == {sams}
    session.sign_out()
    session = vault.sign_in("kim.lee", PASS)
    assert {y.id for y in Desk(session).youth.all()} == {kims, sams}
    session.sign_out()


def test_after_an_unlock_every_store_uses_the_new_connection(desk: Desk) -> None:
    youth, duties = desk.youth, desk.duties  # made before the lock, kept by the screens
    youth_id = youth.create(profile("Imani")).id
    desk.session.lock()
    desk.session.unlock(PASS)
    assert desk.db is not desk.session.db  # still the closed connection until rebound
    desk.rebind()
    assert desk.db is desk.session.db and desk.audit is desk.session.audit
    assert [y.id for y in youth.all()] == [youth_id] and duties.open_duties() == []


def test_reload_instruments_takes_the_county_policy_in_force_again(desk: Desk) -> None:
    point = desk.policy.screening.decision_points[0].id
    before = desk.screening
    data = desk.policy.screening.model_dump(mode="json")
    data["decision_points"][0]["label"]["en"] = "Front-door intake"
    desk.db.execute("INSERT INTO meta VALUES (?, ?)", (POLICY_KEY, json.dumps(data)))
    desk.session.refresh_policy()  # what installing a county package does
    assert before.policy.decision_point(point).label.en != "Front-door intake"
    desk.reload_instruments()
    assert desk.decision_point_label(point) == "Front-door intake"
    assert desk.screening is not before
    assert desk.screening.policy.decision_point(point).label.en == "Front-door intake"
    assert desk.summaries.policy is desk.policy


def test_the_needs_button_offers_only_the_needs_assessment(reading_desk: Desk) -> None:
    desk = reading_desk
    points = desk.needs_service().policy.decision_points
    assert points and all(p.instruments == [NEEDS_INSTRUMENT] for p in points)
    offering = [
        p.id for p in desk.policy.screening.decision_points if NEEDS_INSTRUMENT in p.instruments
    ]
    assert [p.id for p in points] == offering


def test_a_removed_decision_point_still_shows_by_its_id(reading_desk: Desk) -> None:
    assert reading_desk.decision_point_label("old_court_review") == "Old court review"


def test_demo_seeding_records_on_the_desks_clock_and_shares_half_with_the_demo_worker(
    desk: Desk,
) -> None:
    fixed = Desk(desk.session, clock=lambda: FIXED)
    report = seed_demo_caseload(fixed, 2, seed=5)
    youth = fixed.youth.all()
    assert report.youth == len(youth) == 2
    assert {created(fixed, y.id)[0] for y in youth} == {to_iso(FIXED)}
    shared = fixed.db.execute("SELECT count(*) FROM youth_access WHERE username = ?", (WORKER,))
    assert shared.fetchone()[0] == 1


def test_export_bundle_takes_keywords_only() -> None:
    parameters = inspect.signature(export_bundle).parameters.values()
    assert {p.kind for p in parameters} == {inspect.Parameter.KEYWORD_ONLY}
