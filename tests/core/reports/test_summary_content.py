"""What each printed copy says, read back from the real PDF with pypdf."""

from __future__ import annotations

import dataclasses
import io

import pytest
from pypdf import PdfReader

from csec_desktop.core.errors import CsecError
from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.core.reports.summary_data import fingerprint
from tests.core.reports.conftest import (
    CANARY_MINOR_CONSENT,
    CANARY_PART2,
    CANARY_PRIVATE_NOTE,
    CANARY_PROGRAM_INFO,
    CANARY_SAFETY,
    HOUSING_STRENGTH,
    SEXUAL_HEALTH_LABEL,
    SHAREABLE_NOTE,
)
from tests.core.reports.helpers import flat, text_of

AUDIENCES = ("case", "mdt", "caregiver", "youth")


@pytest.fixture(scope="module")
def copies(printed):
    return {
        (kind, audience): flat(text_of(printed.service.render(eid, audience)))
        for kind, eid in (("screen", printed.screening_id), ("needs", printed.needs_id))
        for audience in AUDIENCES
    }


def carriers(copies, needle):
    return {key for key, text in copies.items() if needle in text}


def test_minor_consent_answers_only_on_case_file_and_mdt(copies):
    assert carriers(copies, CANARY_MINOR_CONSENT) == {("needs", "case"), ("needs", "mdt")}
    assert carriers(copies, SEXUAL_HEALTH_LABEL) == {("screen", "case"), ("screen", "mdt")}


def test_part2_information_and_program_referrals_only_on_case_file(copies):
    assert carriers(copies, CANARY_PROGRAM_INFO) == {("needs", "case")}
    assert carriers(copies, "CANARY-P2-program") == {("screen", "case"), ("needs", "case")}


def test_the_workers_own_substance_use_assessment_reaches_the_mdt_not_the_caregiver(copies):
    assert carriers(copies, CANARY_PART2) == {("needs", "case"), ("needs", "mdt")}


def test_youths_own_words_and_private_notes_stay_with_professionals(copies):
    assert carriers(copies, CANARY_SAFETY) == {("screen", "case"), ("screen", "mdt")}
    # Every case note is on the case file; a note once marked "shareable" (one flag for MDT
    # and caregiver) is now shared with the MDT only.
    assert carriers(copies, CANARY_PRIVATE_NOTE) == {("screen", "case"), ("needs", "case")}
    assert carriers(copies, SHAREABLE_NOTE) == {
        ("screen", "case"),
        ("screen", "mdt"),
        ("needs", "case"),
        ("needs", "mdt"),
    }


def test_strengths_come_first_and_reach_the_youth_but_no_free_text_reaches_caregiver(copies):
    case = copies[("needs", "case")]
    assert case.index("Strengths") < case.index("Needs by domain")
    assert HOUSING_STRENGTH in copies[("needs", "youth")]
    caregiver = copies[("needs", "caregiver")]
    assert HOUSING_STRENGTH not in caregiver and "Significant need" not in caregiver
    assert "Housing and placement Transitional housing program" in caregiver


def test_names_legal_name_for_caregiver_chosen_name_for_youth(copies):
    case, caregiver, youth = (copies[("screen", a)] for a in ("case", "caregiver", "youth"))
    assert "Sol (she/they)" in case and "Sofía Peña" in case
    assert "Sofía Peña" in caregiver and "Sol" not in caregiver.replace("Sola", "")
    assert "Para Sol (she/they)" in youth and "Peña" not in youth


def test_outcome_explained_with_rule_and_indicators(copies):
    case = copies[("screen", "case")]
    assert "Identified" in case
    assert "Why: Disclosure or evidence of an exchange" in case
    assert "The youth has said they traded" in case
    assert "Points by group:" in case
    assert "Case opening or entry to care" in case
    assert "Information received March 2, 2026, 4:00 AM UTC" in case


def test_the_caregiver_sheet_never_carries_the_screening(copies):
    # "two clear concerns" fired on the exchange disclosure *and* the sexual-health rating
    rule = "Clear concern on two or more indicators"
    assert rule in copies[("screen", "case")] and rule in copies[("screen", "mdt")]
    caregiver = copies[("screen", "caregiver")]
    for shown_to_professionals_only in (rule, "Why:", "Identified", "Clear concern", "Points"):
        assert shown_to_professionals_only not in caregiver
    assert "Caring for Sofía" in caregiver and "Whom to call" in caregiver


def test_duties_on_professional_copies_only(copies):
    assert "Phone report to the child abuse hotline" in copies[("screen", "case")]
    assert "Phone report to the child abuse hotline" in copies[("screen", "mdt")]
    assert "hotline (PC" not in copies[("screen", "caregiver")]


def test_youth_copy_is_in_spanish_with_rights_and_resources(copies):
    youth = copies[("needs", "youth")]
    for phrase in (
        "Lo que sigue",
        "Tus derechos",
        "Tienes derecho a que te llamen por el nombre y los pronombres que usas.",
        "¿Estás en peligro ahora? Llama al 911.",
        "Línea Nacional contra la Trata de Personas",
        "Llama al 1-888-373-7888",
        "mensaje de texto al 233733",
        "Educación",
        "Página 1 de",
    ):
        assert phrase in youth, phrase
    assert "Your rights" not in youth and "What happens next" not in youth
    assert "CONFIDENTIAL" not in youth
    assert "Identified" not in youth and "Identificado" not in youth


def test_every_page_carries_notice_printer_page_and_fingerprint(printed):
    pdf = printed.service.render(printed.screening_id, "case")
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 2
    stamp = fingerprint(EncounterStore(printed.ctx).get(printed.screening_id))
    for number, page in enumerate(pages, start=1):
        text = flat(page.extract_text())
        assert "CONFIDENTIAL — WIC 827 and 10850" in text
        assert "Printed by Kim Lee on March 2, 2026, 9:00 AM UTC" in text
        assert f"Page {number} of {len(pages)}" in text
        assert f"Record fingerprint {stamp}" in text


def test_same_record_twice_gives_same_text_and_bytes(printed):
    first = printed.service.render(printed.needs_id, "mdt")
    printed.clock.advance(seconds=0)
    assert printed.service.render(printed.needs_id, "mdt") == first
    printed.clock.advance(hours=1)
    later = printed.service.render(printed.needs_id, "mdt")
    printed.clock.advance(hours=-1)
    assert text_of(later) != text_of(first)  # the printed-at line moved, nothing else
    assert text_of(later).replace("10:00 AM", "9:00 AM") == text_of(first)


def test_fingerprint_changes_with_record_version(printed):
    record = EncounterStore(printed.ctx).get(printed.screening_id)
    assert len(fingerprint(record)) == 12
    assert fingerprint(dataclasses.replace(record, version=record.version + 1)) != fingerprint(
        record
    )


def test_pdf_metadata_never_names_the_youth(printed):
    reader = PdfReader(io.BytesIO(printed.service.render(printed.screening_id, "case")))
    meta = " ".join(str(v) for v in (reader.metadata or {}).values())
    assert "Assessment summary" in meta
    assert "Peña" not in meta and "Sol" not in meta


def test_a_draft_cannot_be_printed(printed):
    from csec_desktop.core.instruments import shipped_registry
    from csec_desktop.core.records.screening import ScreeningService
    from csec_desktop.core.records.youth_store import YouthStore
    from csec_desktop.core.screening_policy import default_screening_policy

    service = ScreeningService(printed.ctx, shipped_registry(), default_screening_policy())
    youth = YouthStore(printed.ctx).get(printed.youth_id)
    draft = service.start(youth, "case_opening", "csec_identification", printed.clock.now)
    with pytest.raises(CsecError, match="still a draft"):
        printed.service.render(draft.encounter_id, "case")
