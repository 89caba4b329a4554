"""Interpreter used, the way it travels: chosen by keyboard in the start dialog (the youth's
preferred language offered first) → stored on the encounter → printed on the case file and
MDT copies, never on the youth's or caregiver's → exported in a real bundle → imported at the
county and counted by language in the period report."""

from __future__ import annotations

import io
import json
from datetime import date, timedelta
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from csec_desktop.core.clock import utc_now
from csec_desktop.core.county.period_report import ReportSettings, build_period_report
from csec_desktop.core.county.report_period import Period
from csec_desktop.core.county.report_text import rows as report_rows
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.gui.caseload.encounters_tab import EncountersTab
from csec_desktop.gui.caseload.services import WorkspaceServices
from csec_desktop.gui.wizard import EncounterWizard
from tests.core.sync_service.world import make_world
from tests.gui.wizard_keys import alt, focused

LINE = "Interpreter Interpreter by phone — Vietnamese"


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def test_an_interpreter_chosen_at_start_prints_on_the_case_file_and_reaches_the_county(
    qtbot, tmp_path: Path
) -> None:
    world = make_world(tmp_path)
    world.clock.now = utc_now().replace(microsecond=0)
    try:
        laptop = world.laptop("field")
        services = WorkspaceServices.build(laptop.session, clock=world.clock)
        youth = laptop.caseload.add(
            YouthProfile(
                legal_first_name="Bao", legal_last_name="Tran", birth_date=date(2011, 6, 2),
                agency=Agency.CHILD_WELFARE, in_care=True, preferred_language="Tiếng Việt",
            )
        )  # fmt: skip
        tab = EncountersTab(services)
        qtbot.addWidget(tab)
        tab.show()
        tab.show_youth(youth)

        # The worker starts a screening: no interpreter is the default; Alt+I, Down twice.
        dialog = tab.start(needs=False)
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        fields = dialog.interpreter_fields
        assert fields.mode.currentData() == "none" and not fields.language.isEnabled()
        assert fields.language.currentData() == "vi"  # the youth's language, ready
        assert fields.mode.accessibleName() == "Interpreter used"
        alt(qtbot, "i")
        assert focused() is fields.mode
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
        qtbot.keyClick(focused(), Qt.Key.Key_Down)
        assert fields.mode.currentData() == "phone" and fields.language.isEnabled()
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bool(tab.findChildren(EncounterWizard)))
        wizard = tab.findChildren(EncounterWizard)[-1]
        run = wizard.run
        assert run.encounter.interpreter.describe() == "Interpreter by phone — Vietnamese"

        while (item := run.navigator.current) is not None:  # answered here; the wizard's
            if item.kind == "concern_rating":  # own keys are tested elsewhere
                run.answer(0)
            elif item.kind == "yes_no_unknown":
                run.answer("no")
            elif item.kind == "multiple_choice":
                run.answer([item.choices[0].id])
            run.next()
        run.complete()
        wizard.reject()

        case = pdf_text(services.summaries.render(run.encounter_id, "case"))
        assert LINE in case
        assert LINE in pdf_text(services.summaries.render(run.encounter_id, "mdt"))
        for audience in ("youth", "caregiver"):
            assert "Interpreter" not in pdf_text(
                services.summaries.render(run.encounter_id, audience)
            )

        bundle = laptop.sync.export(laptop.out)
        result = world.import_(bundle.path)
        assert result.status == "imported" and set(result.counts) == {"accepted"}
        stored = world.county_db.execute(
            "SELECT data FROM county_records WHERE record_id = ?", (run.encounter_id,)
        ).fetchone()
        assert json.loads(stored[0])["interpreter"] == {"mode": "phone", "language": "vi"}
        today = world.clock.now.date()
        period = Period.of(today - timedelta(days=31), today + timedelta(days=1))
        report = build_period_report(world.county_db, period, ReportSettings())
        coverage = report["screening_coverage"]
        assert coverage["screens_with_interpreter_by_language"] == {"vi": 1}
        shown = [r for r in report_rows(report) if "interpreter" in r[1]]
        assert shown == [
            ("Screening coverage", "screens with interpreter by language: Vietnamese", "", "",
             "1")
        ]  # fmt: skip
    finally:
        world.close()
