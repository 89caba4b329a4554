"""Core's label tables on screen and on paper: a screen reads them in the worker's language,
while the accessors the printed copies use keep the English words (printing picks its own
language), whatever hook the GUI installed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date

import pytest

from csec_desktop.core import i18n
from csec_desktop.core.language_table import SHOWN_NAMES, language_name, language_words, taglines
from csec_desktop.core.paths import resource
from csec_desktop.core.records.authorization import Authorization
from csec_desktop.core.records.caseload_status import CaseloadFilter
from csec_desktop.core.records.engagement import EngagementAttempt, StageOfChange
from csec_desktop.core.records.exploitation_status import LEVEL_LABELS, level_words
from csec_desktop.core.records.mdt_meeting import MdtMeeting, sharing_warning
from csec_desktop.core.records.safety_plan import ExploiterIdentifier
from csec_desktop.core.records.timeline_entry import TimelineKind
from csec_desktop.core.records.urgency import DueLevel
from csec_desktop.core.records.youth import (
    Agency,
    LegalStatus,
    PlacementType,
    gender_words,
    icwa_words,
    race_words,
)


@pytest.fixture
def marked() -> Iterator[None]:
    """A hook that marks every translated text, so an untranslated one shows."""
    i18n.install(lambda context, source, disambiguation=None, n=-1: f"«{context}:{source}»")
    yield
    i18n.reset()


def test_screens_translate_and_printed_words_stay_english(marked):
    assert Agency.PROBATION.words == "«Agency:Probation»"
    assert Agency.PROBATION.label == "Probation"  # the professional copy's row
    assert LegalStatus.WARD.words == "«LegalStatus:Ward (WIC 602)»"
    assert LegalStatus.WARD.label == "Ward (WIC 602)"  # the printed timeline's title
    assert PlacementType.STRTP.words.startswith("«PlacementType:STRTP")
    assert not PlacementType.STRTP.label.startswith("«")
    assert TimelineKind.MISSING.words == "«Timeline:Missing episodes»"
    assert TimelineKind.MISSING.label == "Missing episodes"
    assert level_words("at_risk") == "«ExploitationStatus:At risk»"
    assert LEVEL_LABELS["at_risk"] == "At risk"
    assert gender_words("nonbinary") == "«Youth:Nonbinary»"
    assert race_words("asian") == "«Youth:Asian»"
    assert icwa_words("not_yet_asked") == "«Youth:Not yet asked»"
    assert CaseloadFilter.MISSING.label == "«CaseloadFilter:Missing now»"
    assert DueLevel.OVERDUE.words == "«DueLevel:Overdue»"

    late = MdtMeeting(held_on=date(2026, 5, 1), report_on=date(2026, 3, 1), basis_note="old")
    assert late.type_shown == "«MdtMeeting:Ongoing»" and late.type_words == "Ongoing"
    assert late.basis_words.startswith("WIC 18961.7 (within 30 days of a report) — as recorded")
    shown = "«MdtMeeting:«MdtMeeting:WIC 18961.7 (within 30 days of a report)» — as recorded: old»"
    assert late.basis_shown == shown
    assert sharing_warning(late).startswith("This meeting is 61 days after the report.")
    assert sharing_warning(late, i18n.translate).startswith("«MdtMeeting:This meeting is")

    stage = StageOfChange(stage="action", noted_on=date(2026, 5, 1))
    assert (stage.stage_words, stage.stage_shown) == (
        "Making changes",
        "«Engagement:Making changes»",
    )
    tried = EngagementAttempt(tried_on=date(2026, 5, 1), method="phone")
    assert (tried.method_words, tried.method_shown) == ("Phone call", "«Engagement:Phone call»")
    who = ExploiterIdentifier(kind="phone", value="555-0100")
    assert (who.words, who.shown) == (
        "Phone number: 555-0100",
        "«SafetyPlan:Phone number»: 555-0100",
    )
    release = Authorization(
        auth_type="youth_release", agencies=("Clinic",), information=("health",),
        starts_on=date(2026, 1, 1),
    )  # fmt: skip
    assert release.type_words == "«Authorization:Youth's release of information»"

    assert language_words("vi") == "«LanguageNames:Vietnamese»"
    assert language_name("vi") == "Vietnamese"  # the case file's words
    assert language_words("xx-custom") == "xx-custom"  # a county's own language, as stored


def test_every_language_of_the_table_is_marked_for_the_catalog():
    assert set(SHOWN_NAMES) == {tag.name for tag in taglines().values()}
    stored = json.loads(resource("language", "taglines.json").read_text(encoding="utf-8"))
    assert len(stored["languages"]) == len(SHOWN_NAMES)


def test_a_possible_duplicate_keeps_its_english_reason_and_says_it_in_the_workers_language(
    marked,
):
    from csec_desktop.core.names.match import SWAPPED
    from csec_desktop.core.records.duplicates import PossibleDuplicate

    found = PossibleDuplicate(None, f"{SWAPPED}, same birth date", SWAPPED, True)  # type: ignore[arg-type]
    assert found.reason == "first and last names swapped, same birth date"  # the county stores it
    assert found.words == (
        "«PossibleDuplicate:{names}, {birth}»".format(
            names="«PossibleDuplicate:first and last names swapped»",
            birth="«PossibleDuplicate:same birth date»",
        )
    )


def test_the_completed_pages_support_prompt_is_translated_whole(marked: None) -> None:
    """The prompt after an identification (secondary trauma, the county's EAP line) was English
    on a Spanish screen: each of its sentences now goes through the worker's language."""
    from csec_desktop.core.instruments.model import Text
    from csec_desktop.core.reports.resources_policy import ResourceLine
    from csec_desktop.core.worker_support import worker_support_words

    bare = worker_support_words("identified", None)
    assert bare.startswith("«WorkerSupport:You have just recorded")
    assert "«WorkerSupport:Your county's employee assistance program" in bare
    line = ResourceLine(name=Text(en="Staff line"), phone="555-0100")
    with_line = worker_support_words("identified", line)
    assert "«WorkerSupport:call 555-0100»" in with_line
    assert with_line.startswith("«WorkerSupport:«WorkerSupport:You have just recorded")
    assert with_line.endswith("— confidential.»")
