"""A vault with one Spanish-speaking youth, a completed identification screen and a completed
holistic needs assessment, answered with canaries on sensitive items so a test can see exactly
which copy carries what."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from csec_desktop.core.instruments import Item, ItemKind, shipped_registry
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.case_items import CaseItems, MdtMember, Note, Referral
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.records.screening_run import ScreeningRun
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.reports.service import SummaryService
from csec_desktop.core.screening_policy import default_screening_policy
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from tests.core.vault.conftest import FakeClock

CANARY_MINOR_CONSENT = "CANARY-MC-sexual-health-7731"
CANARY_PART2 = "CANARY-P2-substance-4410"  # the worker's own substance-use notes (not Part 2)
CANARY_PROGRAM_INFO = "CANARY-P2-program-info-8812"  # received from a program: Part 2
CANARY_SAFETY = "CANARY-SAFE-own-words-2290"
CANARY_PRIVATE_NOTE = "CANARY-PRIVATE-note-5521"
SHAREABLE_NOTE = "Youth asked that the caregiver be told about the Tuesday art group."
HOUSING_STRENGTH = "Keeps a tidy room & looks after a younger cousin"
SEXUAL_HEALTH_LABEL = "Repeated sexually transmitted infections"


@dataclass
class Fixture:
    service: SummaryService
    ctx: RecordContext
    screening_id: str
    needs_id: str
    youth_id: str
    session: Any
    clock: FakeClock


def _default(item: Item) -> Any:
    if item.kind is ItemKind.YES_NO_UNKNOWN:
        return "no"
    if item.kind is ItemKind.CONCERN:
        return 0
    if item.kind in (ItemKind.SINGLE, ItemKind.MULTIPLE):
        first = (item.choices or [])[0].id
        return first if item.kind is ItemKind.SINGLE else [first]
    if item.kind is ItemKind.DATE:
        return "2026-03-01"
    if item.kind is ItemKind.NUMBER:
        return 1
    return f"Notes for {item.id}"


def fill(run: ScreeningRun, answers: dict[str, Any]) -> None:
    """Give ``answers``, then a neutral answer to every other relevant item, until complete."""
    run.set_answers(answers)
    for _ in range(4):
        nav = run.navigator
        todo = {
            item_id: _default(nav.instrument.item(item_id))
            for item_id in nav.relevant_ids()
            if item_id not in nav.answers
        }
        if not todo:
            break
        run.set_answers(todo)


def build(tmp_path: Path) -> Fixture:
    clock = FakeClock()
    vault = DeviceVault(tmp_path / "data", clock=clock, kdf_params=MINIMUM_PARAMS)
    session, _ = vault.initialize("kim.lee", "Kim Lee", "morning fog over the bay")
    ctx = RecordContext(session.db, session.audit, clock, Actor("kim.lee", "Kim Lee"))
    youth = Caseload(ctx).add(
        YouthProfile(
            legal_first_name="Sofía",
            legal_last_name="Peña",
            chosen_name="Sol",
            pronouns="she/they",
            birth_date=date(2011, 5, 4),
            preferred_language="es",
            agency=Agency.CHILD_WELFARE,
            case_numbers=("CW-2026-00042",),
            in_care=True,
        )
    )
    screening = ScreeningService(ctx, shipped_registry(), default_screening_policy())
    received = clock.now - timedelta(hours=5)
    run = screening.start(youth, "case_opening", "csec_identification", received)
    fill(
        run,
        {
            "ph_sexual_health": 2,
            "ex_disclosed": 2,
            "on_contact": 1,
            "youth_words": CANARY_SAFETY,
            "worker_notes": "Ratings from a conversation at the placement.",
        },
    )
    done = run.complete(final_band="identified", override_reason=None).encounter
    needs = screening.start(youth, "case_opening", "holistic_needs", received)
    fill(
        needs,
        {
            "sexual_health_strengths": CANARY_MINOR_CONSENT,
            "substance_use_need": "some",
            "substance_use_words": CANARY_PART2,
            "substance_use_program_info": CANARY_PROGRAM_INFO,
            "housing_strengths": HOUSING_STRENGTH,
            "housing_need": "significant",
            "housing_goals": "A stable place close to school",
            "youth_priorities": "Seeing my little brother on weekends",
        },
    )
    needs_done = needs.complete().encounter
    items = CaseItems(ctx)
    items.add(
        youth.id,
        MdtMember(
            name="Ana Ruiz", agency="Advocacy partner", role="Survivor mentor", youth_chosen=True
        ),
    )
    items.add(
        youth.id, Referral(domain="substance_use", agency="CANARY-P2-program", status="referred")
    )
    items.add(youth.id, Referral(domain="housing", agency="Transitional housing program"))
    items.add(youth.id, Note(text=CANARY_PRIVATE_NOTE, encounter_id=done.id))
    items.add(youth.id, Note(text=SHAREABLE_NOTE, shareable=True, encounter_id=done.id))
    service = SummaryService(ctx, vault.policy, tz=UTC)
    return Fixture(service, ctx, done.id, needs_done.id, youth.id, session, clock)


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory):
    # One vault per test module: building it (Argon2, two completed instruments) is the slow part.
    fixture = build(tmp_path_factory.mktemp("printed"))
    yield fixture
    fixture.session.sign_out()


def when(hours: int = 0) -> datetime:
    return datetime(2026, 3, 2, 9, 0, tzinfo=UTC) + timedelta(hours=hours)
