"""The yes-tags a draft's provisional duties read are kept between answers (an answer to an
item without tags cannot change them): whatever answers arrive, in whatever order, the kept
tags equal a fresh reading of every answer, on a real vault through ``ScreeningRun``."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.outcome_record import tags_answered_yes
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.screening_policy import default_screening_policy
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from tests.core.instruments.test_navigator_properties import answers_for
from tests.core.vault.conftest import FakeClock

RECEIVED = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)
TAGGED = ["csec_identification", "csec_identification_brief"]  # the shipped ones with tags


@pytest.fixture(scope="module")
def screening(tmp_path_factory: pytest.TempPathFactory) -> Any:
    clock = FakeClock()
    data: Path = tmp_path_factory.mktemp("tags") / "data"
    vault = DeviceVault(data, clock=clock, kdf_params=MINIMUM_PARAMS)
    session, _ = vault.initialize("kim.lee", "Kim Lee", "morning fog over the bay")
    ctx = RecordContext(session.db, session.audit, clock, Actor("kim.lee", "Kim Lee"))
    youth = Caseload(ctx).add(
        YouthProfile(legal_first_name="Ana", legal_last_name="Cruz", agency=Agency.CHILD_WELFARE)
    )
    yield ScreeningService(ctx, shipped_registry(), default_screening_policy()), youth
    session.sign_out()


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_kept_yes_tags_equal_a_fresh_reading_after_every_answer(
    screening: Any, data: Any
) -> None:
    service, youth = screening
    run = service.start(youth, "placement_change", data.draw(st.sampled_from(TAGGED)), RECEIVED)
    items = run.navigator.instrument.items()
    tagged = [item for item in items if item.tags]

    def answer_to(choices: list[Any]) -> st.SearchStrategy[tuple[str, Any]]:
        return st.sampled_from(choices).flatmap(
            lambda item: answers_for(item).map(lambda value: (item.id, value))
        )

    # Half the answers to an item with tags, so yes, no and cleared follow other answers.
    answer = st.one_of(answer_to(tagged), answer_to(items))
    for item_id, value in data.draw(st.lists(answer, min_size=2, max_size=12)):
        run.set_answer(item_id, value)
        assert run.yes_tags() == tags_answered_yes(run.navigator)
