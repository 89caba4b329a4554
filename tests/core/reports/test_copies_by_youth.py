"""Copies that depend on who the youth is: age, whether the worker met them, in care or not,
what they agreed to show (the chosen name on the caregiver's sheet, identity on their own)."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.screening_policy import default_screening_policy
from tests.core.reports.conftest import fill
from tests.core.reports.helpers import flat, text_of

OMBUDSPERSON = "1-877-846-1602"


def _youth(printed: Any, **changes: Any) -> Any:
    base: dict[str, Any] = {
        "legal_first_name": "Alexis",
        "legal_last_name": "Moreno",
        "chosen_name": "Lex",
        "pronouns": "he/him",
        "birth_date": date(2007, 1, 9),  # 19 on the fixture's clock (March 2026)
        "agency": Agency.CHILD_WELFARE,
        "in_care": False,
    }
    return Caseload(printed.ctx).add(YouthProfile(**{**base, **changes}))


def _completed(printed: Any, youth: Any, point: str, instrument: str, answers: dict) -> str:
    service = ScreeningService(printed.ctx, shipped_registry(), default_screening_policy())
    run = service.start(youth, point, instrument, printed.clock.now - timedelta(hours=1))
    fill(run, answers)
    return run.complete().encounter.id


def _text(printed: Any, encounter_id: str, audience: str) -> str:
    return flat(text_of(printed.service.render(encounter_id, audience)))


def test_an_adult_youth_met_by_the_worker_gets_adult_rights_and_no_ombudsperson(printed):
    youth = _youth(printed)
    needs = _completed(printed, youth, "case_opening", "holistic_needs", {})
    text = _text(printed, needs, "youth")
    assert "For Lex (he/him)" in text and "Moreno" not in text
    assert "you will not be arrested" not in text
    assert "there is help, including help with records connected to it" in text
    assert "You can agree to your own health care and counseling" in text
    assert "except in the few cases where the law says they must report" in text
    assert "Thank you for the time you spent with us" in text
    assert OMBUDSPERSON not in text  # not in care


def test_a_minor_in_care_from_a_hotline_report_is_not_thanked_and_gets_the_ombudsperson(
    printed,
):
    youth = _youth(printed, birth_date=date(2012, 2, 2), in_care=True)
    brief = _completed(printed, youth, "hotline_intake", "csec_identification_brief", {})
    text = _text(printed, brief, "youth")
    assert "Thank you for the time" not in text
    assert "would like to meet you and hear what would help you" in text
    assert "you will not be arrested for it" in text
    assert "Depending on your age, you can agree to some health care" in text
    assert "California Foster Care Ombudsperson" in text and OMBUDSPERSON in text


@pytest.mark.parametrize(("opted_in", "shown"), [("yes", True), ("no", False)])
def test_identity_strengths_reach_the_youths_copy_only_if_the_youth_asked(printed, opted_in, shown):
    youth = _youth(printed)
    needs = _completed(
        printed,
        youth,
        "case_opening",
        "holistic_needs",
        {"identity_strengths": "CnyProudOfWho", "identity_on_youth_copy": opted_in},
    )
    assert ("CnyProudOfWho" in _text(printed, needs, "youth")) is shown
    assert "CnyProudOfWho" not in _text(printed, needs, "caregiver")
    assert "CnyProudOfWho" in _text(printed, needs, "mdt")


def test_the_caregiver_sheet_uses_the_chosen_name_only_when_the_youth_agreed(printed):
    agreed = _youth(printed, caregiver_may_know_name=True)
    record = _completed(printed, agreed, "case_opening", "holistic_needs", {})
    text = _text(printed, record, "caregiver")
    assert "Caring for Lex" in text and "Lex (he/him)" in text
    not_agreed = _youth(printed, legal_first_name="Alexandra")
    record = _completed(printed, not_agreed, "case_opening", "holistic_needs", {})
    text = _text(printed, record, "caregiver")
    assert "Caring for Alexandra" in text and "Lex" not in text and "he/him" not in text


def test_the_caregiver_sheet_fits_on_one_page_and_never_names_the_screen(printed):
    import io

    from pypdf import PdfReader

    pdf = printed.service.render(printed.screening_id, "caregiver")
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = flat(reader.pages[0].extract_text())
    assert "Caregiver handover sheet" in text and "CSEC" not in text and "screen" not in text
