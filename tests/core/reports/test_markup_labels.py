"""Markup characters in every label a county writes print as typed, in every audience.

Instrument titles, section, item, choice, group and band labels, rule reasons, decision points,
duty labels and citations, and the youth's resource lines all get ``& < > "`` appended; the
printed copies must carry each label exactly, and never a half-read entity ("CFT&MDT;").
"""

from __future__ import annotations

from datetime import date

import pytest
from reportlab.platypus import Paragraph

from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.reports.blocks import para, rich
from csec_desktop.core.reports.markup import Markup, bold, join, text
from tests.core.reports.helpers import flat, text_of
from tests.core.reports.printing_case import build_case

MARK = ' CFT&MDT <review> "now" &amp; </b>'
AUDIENCES = ("case", "mdt", "caregiver", "youth")


def mark(label: str) -> str:
    return label + MARK


@pytest.fixture(scope="module")
def marked(tmp_path_factory):
    case = build_case(
        tmp_path_factory.mktemp("marked"),
        YouthProfile(
            legal_first_name="Ana",
            legal_last_name="O'Neil & <Ruiz>",
            chosen_name='"Ani"',
            birth_date=date(2011, 5, 4),
            agency=Agency.CHILD_WELFARE,
        ),
        relabel=mark,
    )
    copies = {
        (kind, audience): flat(text_of(case.service.render(eid, audience)))
        for kind, eid in case.ids().items()
        for audience in AUDIENCES
    }
    yield copies
    case.session.sign_out()


@pytest.mark.parametrize(
    ("label", "where"),
    [
        # instrument title (page title and running header)
        ("CSEC identification screen", {"case", "mdt", "caregiver"}),
        # band label, band description and the rule reason (instrument)
        ("Identified", {"case", "mdt", "caregiver"}),
        ("At risk", {"case", "mdt"}),  # what the rules gave, before the worker's review
        ("respond as to any victim of abuse.", {"case", "mdt", "caregiver"}),
        ("controlling or profiting.", {"case", "mdt", "caregiver"}),
        # item label, group label (instrument) in the contributions table
        ("gifts or anything else of value.", {"case", "mdt", "caregiver"}),
        ("Exchange of sex for something of value", {"case", "mdt", "caregiver"}),
        # decision point (policy)
        ("Case opening or entry to care", {"case", "mdt", "caregiver"}),
        # duty label and citation (policy)
        ("Phone report to the child abuse hotline", {"case", "mdt"}),
        ("PC 11166(a)", {"case", "mdt"}),
    ],
)
def test_screen_labels_print_as_typed(marked, label, where):
    for audience in AUDIENCES:
        copy = marked[("screen", audience)]
        assert (mark(label) in copy) == (audience in where), (audience, label)


def test_needs_and_youth_labels_print_as_typed(marked):
    needs_case, youth = marked[("needs", "case")], marked[("needs", "youth")]
    assert mark("Housing and placement") in needs_case  # section title (instrument)
    assert mark("Significant need") in needs_case  # choice label
    assert mark("Bay Area crisis line") in youth  # county resource line (policy)
    assert mark("Any time") in youth
    assert "O'Neil & <Ruiz>" in needs_case and '"Ani"' in needs_case


def test_no_label_is_read_as_markup(marked):
    for copy in marked.values():
        assert "CFT&MDT;" not in copy
        assert "&lt;" not in copy and "&quot;" not in copy


@pytest.mark.parametrize(
    "value",
    ["CFT&MDT review", "a < b > c", 'say "hi"', "&amp; &lt; &#39;", "<b>x</b><br/>", "]]>", "é\n"],
)
def test_text_prints_exactly_what_was_given(value):
    paragraph = para(value)
    assert isinstance(paragraph, Paragraph)
    assert paragraph.getPlainText().replace("\n", "") == value.replace("\n", "")


def test_rich_takes_only_markup():
    with pytest.raises(TypeError):
        rich("<b>raw</b>")  # type: ignore[arg-type]
    built = join([bold("A & B"), text(" < C")], Markup(" "))
    assert rich(built).getPlainText() == "A & B < C"  # ReportLab folds repeated spaces
