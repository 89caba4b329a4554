"""A youth added as "Dependent (WIC 300), resource family home" (the in-care box left unticked,
as the profile form allows) is in care at the time of a screening: the encounter records it,
and the case-file copy prints it. A screening about a time before the youth left care keeps
"in care"; one after it does not."""

from __future__ import annotations

from datetime import UTC, date, timedelta
from pathlib import Path

from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.records.youth import Agency, LegalStatus, PlacementType, YouthProfile
from csec_desktop.core.reports.service import SummaryService
from csec_desktop.core.screening_policy import default_screening_policy
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from tests.core.reports.conftest import fill
from tests.core.reports.helpers import flat, text_of
from tests.core.vault.conftest import FakeClock


def test_a_dependent_is_in_care_at_the_time_on_the_record_and_the_case_copy(
    tmp_path: Path,
) -> None:
    clock = FakeClock()
    vault = DeviceVault(tmp_path / "data", clock=clock, kdf_params=MINIMUM_PARAMS)
    session, _ = vault.initialize("kim.lee", "Kim Lee", "morning fog over the bay")
    try:
        ctx = RecordContext(session.db, session.audit, clock, Actor("kim.lee", "Kim Lee"))
        caseload = Caseload(ctx)
        youth = caseload.add(
            YouthProfile(
                legal_first_name="Rosa", legal_last_name="Vega", birth_date=date(2011, 5, 4),
                agency=Agency.CHILD_WELFARE, legal_status=LegalStatus.DEPENDENT,
                placement_type=PlacementType.RESOURCE_FAMILY,
            )
        )  # fmt: skip
        assert youth.profile.in_care is False  # the box the form leaves unticked
        screens = ScreeningService(ctx, shipped_registry(), default_screening_policy())

        def screen(hours_ago: int) -> str:
            run = screens.start(
                caseload.open(youth.id), "case_opening", "csec_identification",
                clock.now - timedelta(hours=hours_ago),
            )  # fmt: skip
            fill(run, {})
            return run.complete().encounter.id

        first = screen(2)
        assert screens.encounters.get(first).in_care is True
        copy = flat(text_of(SummaryService(ctx, vault.policy, tz=UTC).render(first, "case")))
        assert "At the time In care" in copy and "Not in care" not in copy

        # She leaves care; a screening about the day before still finds her in care then.
        clock.now += timedelta(days=3)
        left = caseload.open(youth.id).profile.model_copy(
            update={"legal_status": LegalStatus.NOT_IN_CARE}
        )
        caseload.change(youth.id, left)
        clock.now += timedelta(hours=2)
        before, after = screen(24), screen(1)
        assert screens.encounters.get(before).in_care is True
        assert screens.encounters.get(after).in_care is False
        copy = flat(text_of(SummaryService(ctx, vault.policy, tz=UTC).render(after, "case")))
        assert "At the time Not in care" in copy
    finally:
        session.sign_out()
