"""One in-care rule for the period, the "as of" view and the missing-from-care figures.

- Dora (CW), added on 7 Dec as a WIC 300 dependent (the in-care box unticked, as the form
  allows), was screened about information received on 2 Dec: before her legal-status history
  begins, the screening's own "in care at the time" speaks. A report for 1-6 Dec counts her in
  foster care in the period and as of 6 Dec alike.
- Eve (CW), added on 1 Dec not in care, becomes a dependent on 5 Dec; on 6 Dec her worker
  records she went missing, learned of on 4 Dec (before she entered care): not an episode of a
  youth in care, though the episode copied today's "in care".
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from csec_desktop.core.county.period_report import ReportSettings, build_period_report
from csec_desktop.core.county.report_period import Period
from csec_desktop.core.records.missing import MissingEpisodes
from csec_desktop.core.records.youth import LegalStatus
from tests.core.county.test_report_scenarios import POLICY, Worker, person
from tests.core.sync_service.world import make_world


def dec(day: int, hour: int = 9) -> datetime:
    return datetime(2026, 12, day, hour, tzinfo=UTC)


def test_period_as_of_and_missing_figures_share_one_in_care_rule(tmp_path: Path) -> None:
    world = make_world(tmp_path)
    try:
        worker = Worker(world, world.laptop("a"))
        world.clock.now = dec(1)
        eve = worker.add(person("Eve", status=LegalStatus.NOT_IN_CARE))
        world.clock.now = dec(5)
        caseload = worker.laptop.caseload
        entered = caseload.open(eve).profile.model_copy(
            update={"legal_status": LegalStatus.DEPENDENT}
        )
        caseload.change(eve, entered)
        world.clock.now = dec(6)
        episode = MissingEpisodes(worker.laptop.ctx, POLICY).report_missing(eve, dec(4), "Kim Lee")
        assert episode.episode.data["in_care"] is True  # what the episode copied on 6 Dec
        world.clock.now = dec(7)
        dora = worker.add(person("Dora").model_copy(update={"in_care": False}))
        assert worker.screen(dora, "case_opening", "csec_identification", dec(2)) == (
            "no_current_concern"
        )
        world.import_(worker.laptop.sync.export(worker.laptop.out).path)

        period = Period.of(date(2026, 12, 1), date(2026, 12, 6))
        report = build_period_report(world.county_db, period, ReportSettings())
        in_care = report["wic_16501_45"]["in_foster_care"]
        not_in_care = report["wic_16501_45"]["not_in_foster_care"]
        # Dora and Eve in care in the period, and both as of 6 Dec: the two views agree.
        assert in_care["period"]["youth"]["total"] == 2
        assert in_care["as_of"]["youth"]["total"] == 2
        assert not_in_care["period"]["youth"]["total"] == 0
        assert not_in_care["as_of"]["youth"]["total"] == 0
        assert report["missing_from_care"]["episodes"] == 0  # Eve was not in care on 4 Dec
        assert report["screening_coverage"]["eligible"]["total"] == 2
        # A period starting after Eve entered care: her episode is outside it, Dora before
        # her history began is still in care by her screening's flag.
        later = build_period_report(
            world.county_db, Period.of(date(2026, 12, 3), date(2026, 12, 4)), ReportSettings()
        )
        assert later["wic_16501_45"]["in_foster_care"]["period"]["youth"]["total"] == 1
        assert later["wic_16501_45"]["in_foster_care"]["as_of"]["youth"]["total"] == 1
        assert later["missing_from_care"]["episodes"] == 0
    finally:
        world.close()
