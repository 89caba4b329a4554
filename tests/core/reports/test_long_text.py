"""Every free text the product accepts prints at its maximum length, in every audience: notes
(20,000 characters), long-text answers such as needs-grid goals (20,000), MDT decisions
(4,000), referral notes (2,000), names and agencies (200), reasons. Long cells leave their
table and split across pages; nothing raises ReportLab's LayoutError."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from csec_desktop.core.instruments import ItemKind
from csec_desktop.core.records.case_items import Note
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.reports.audience import Audience
from tests.core.reports.printing_case import build_case, long_text


def squeeze(text: str) -> str:
    """Text without any whitespace: line wrapping and page breaks cannot hide a difference."""
    return "".join(text.split())


def opening(seed: str) -> str:
    """How each long text from ``long_text(…, seed)`` starts."""
    return squeeze(long_text(200, seed))[:40]


@pytest.fixture(scope="module")
def long_case(tmp_path_factory):
    case = build_case(
        tmp_path_factory.mktemp("long"),
        YouthProfile(
            legal_first_name="A" * 100,
            legal_middle_name="B" * 100,
            legal_last_name="C" * 100,
            chosen_name="D" * 100,
            pronouns="e" * 40,
            aliases=tuple(f"{n}" * 100 for n in range(10)),
            case_numbers=tuple(f"CW-{n}-" + "9" * 90 for n in range(5)),
            agency=Agency.PROBATION,
            placement="P" * 200,
        ),
        long=True,
    )
    pdfs = {
        (kind, audience): case.service.render(eid, audience)
        for kind, eid in case.ids().items()
        for audience in Audience
    }
    yield case, pdfs
    case.session.sign_out()


def text(pdfs, kind, audience) -> str:
    reader = PdfReader(io.BytesIO(pdfs[(kind, audience)]))
    return squeeze(" ".join(page.extract_text() for page in reader.pages))


@pytest.mark.parametrize("audience", list(Audience))
@pytest.mark.parametrize("kind", ["screen", "needs"])
def test_every_copy_prints(long_case, kind, audience):
    _case, pdfs = long_case
    reader = PdfReader(io.BytesIO(pdfs[(kind, audience)]))
    assert len(reader.pages) >= 2
    assert "Page1of" in squeeze(reader.pages[0].extract_text()) or audience is Audience.YOUTH


def test_the_whole_20000_character_note_prints_on_the_case_file(long_case):
    _case, pdfs = long_case
    note = long_text(20000, "note")
    assert len(note) == Note.model_fields["text"].metadata[-1].max_length
    printed = text(pdfs, "screen", Audience.CASE)
    for block in (b for b in note.split("\n\n") if b.strip()):
        words = squeeze(block)
        assert words[:80] in printed and words[-80:] in printed


def test_each_long_field_reaches_the_case_file(long_case):
    _case, pdfs = long_case
    screen = text(pdfs, "screen", Audience.CASE)
    for seed in (
        "override",  # the worker's reason for another outcome
        "member",
        "role",
        "contact",
        "referral",
        "decisions",
        "basis",
        "attendee7",
        "method",
        "reference",
        "notapplicable",
    ):
        assert opening(seed) in screen, seed
    assert "A" * 100 + "B" * 100 + "C" * 100 in screen
    assert "9" * 90 in screen and "P" * 200 not in screen  # placement is not on the summary


def test_long_answers_and_needs_grid_goals_print_in_full(long_case):
    case, pdfs = long_case
    instrument = case.service.data(case.needs_id).instrument
    needs = text(pdfs, "needs", Audience.CASE)
    for item in instrument.items():
        if item.kind in (ItemKind.LONG_TEXT, ItemKind.SHORT_TEXT) and item.id.endswith("_goals"):
            answer = squeeze(case.service.data(case.needs_id).encounter.answers[item.id])
            assert answer[:80] in needs and answer[-80:] in needs, item.id
    assert "Printedinfullbelowthetableas[1]." in needs
    youth = text(pdfs, "needs", Audience.YOUTH)
    assert opening("housing_goals") in youth
