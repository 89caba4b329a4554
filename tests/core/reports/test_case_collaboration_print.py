"""The safety plan, referrals and MDT meetings on every printed copy, read back with pypdf.

Exploiter details and the code word reach the case file only; the caregiver's sheet carries
the caregiver version of the plan; a meeting that leans on WIC 18961.7 past its 30 days prints
the warning on the copies that carry meetings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from csec_desktop.core.records.case_items import (
    Authorization,
    CaseItems,
    EngagementAttempt,
    MdtMeeting,
    Referral,
    SafetyPlan,
    StageOfChange,
)
from csec_desktop.core.records.mdt_meeting import ActionItem
from csec_desktop.core.records.safety_plan import ExploiterIdentifier
from csec_desktop.core.reports.audience import Audience

from .conftest import build
from .helpers import flat, text_of

EXPLOITER = (
    "CANARY-EXPL-NAME-Dre",
    "CANARY-EXPL-PHONE-5550142",
    "CANARY-EXPL-CAR-gray-sedan",
    "CANARY-EXPL-HANDLE-@dre",
)
CODE_WORD = "CANARY-CODEWORD-bluekite"
RETURN_PLAN = "Welcome her back warmly; call the worker within the hour."
SAFE_ADULT = "Aunt Rosa Mendez"


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory):
    fixture = build(tmp_path_factory.mktemp("collab"))
    items = CaseItems(fixture.ctx)
    kinds = ("name", "phone", "vehicle", "handle")
    plan = items.add(
        fixture.youth_id,
        SafetyPlan(
            exploiter_identifiers=tuple(
                ExploiterIdentifier(kind=k, value=v) for k, v in zip(kinds, EXPLOITER, strict=True)
            ),
            code_word=CODE_WORD,
            safe_adults=(SAFE_ADULT,),
            return_plan=RETURN_PLAN,
            supervision_plan="Drop-off and pick-up at school by the caregiver.",
            youth_participated=True,
        ),
    )
    items.sign_safety_plan(plan.id)
    items.add(
        fixture.youth_id,
        Referral(
            domain="housing",
            agency="Host homes",
            owner="Kim Lee",
            follow_up_on=date(2026, 3, 16),
            outcome="declined",
            status="declined",
            reoffer_on=date(2026, 4, 13),
        ),
    )
    items.add(
        fixture.youth_id,
        MdtMeeting(
            held_on=date(2026, 4, 2),  # 31 days after the report
            report_on=date(2026, 3, 2),
            meeting_type="cft_combined",
            youth_asked_for="To keep her phone",
            action_items=(
                ActionItem(text="Find a tutor", owner="Ed liaison", due_on=date(2026, 4, 9)),
            ),
        ),
    )
    items.add(
        fixture.youth_id,
        StageOfChange(stage="contemplation", noted_on=date(2026, 3, 3), note="Asked about school"),
    )
    items.add(
        fixture.youth_id,
        EngagementAttempt(tried_on=date(2026, 3, 5), method="text", reached=False),
    )
    yield fixture
    fixture.session.sign_out()


@pytest.fixture(scope="module")
def copies(printed) -> dict[Audience, str]:
    return {a: flat(text_of(printed.service.render(printed.screening_id, a))) for a in Audience}


def test_exploiter_details_and_the_code_word_print_on_the_case_file_only(copies) -> None:
    case = copies[Audience.CASE]
    for canary in (*EXPLOITER, CODE_WORD):
        assert canary in case
        for audience in (Audience.MDT, Audience.CAREGIVER, Audience.YOUTH):
            assert canary not in copies[audience], (audience, canary)
    assert "Version 1, signed by" in case and "The youth took part in making it" in case


def test_the_caregiver_version_carries_the_plan_without_exploiter_details(copies) -> None:
    caregiver = copies[Audience.CAREGIVER]
    assert "Safety plan" in caregiver and RETURN_PLAN in caregiver and SAFE_ADULT in caregiver
    assert "Who and what to watch for" not in caregiver and "Code word" not in caregiver
    mdt = copies[Audience.MDT]
    assert RETURN_PLAN in mdt and "Who and what to watch for" not in mdt
    assert RETURN_PLAN not in copies[Audience.YOUTH]  # the worker goes over it with the youth


def test_referral_follow_up_and_a_late_18961_7_meeting_print_on_professional_copies(
    copies,
) -> None:
    for audience in (Audience.CASE, Audience.MDT):
        text = copies[audience]
        assert "declined by the youth" in text and "offer again April 13, 2026" in text
        assert "follow up March 16, 2026 by Kim Lee" in text
        assert "Combined with a Child and Family Team (CFT) meeting" in text
        assert "The youth asked for: To keep her phone" in text
        assert "Action: Find a tutor — Ed liaison, by April 9, 2026" in text
        assert "WARNING: This meeting is 31 days after the report" in text
    assert "WARNING" not in copies[Audience.CAREGIVER]


def test_a_removed_plan_prints_nowhere(tmp_path: Path, printed) -> None:
    items = CaseItems(printed.ctx)
    extra = items.add(printed.youth_id, SafetyPlan(code_word="CANARY-REMOVED-word"))
    assert "CANARY-REMOVED-word" in flat(
        text_of(printed.service.render(printed.screening_id, "case"))
    )
    items.remove(extra.id, "Duplicate plan")
    assert "CANARY-REMOVED-word" not in flat(
        text_of(printed.service.render(printed.screening_id, "case"))
    )


def test_the_mdt_copy_warns_when_information_exceeds_a_current_authorization(
    copies, printed
) -> None:
    gap = (
        "On this copy, not covered by a current authorization: Minor-consent services "
        "(Fam. Code 6924-6929)."
    )
    assert "Check before sharing" in copies[Audience.MDT] and gap in copies[Audience.MDT]
    assert "Check before sharing" not in copies[Audience.CASE]
    items = CaseItems(printed.ctx)

    def mdt() -> str:
        return flat(text_of(printed.service.render(printed.screening_id, "mdt")))

    release = items.add(
        printed.youth_id,
        Authorization(
            auth_type="youth_release",
            agencies=("County behavioral health",),
            information=("general", "minor_consent"),
            starts_on=date(2026, 3, 1),
            signed_by="the youth",
            signed_on=date(2026, 3, 1),
        ),
    )
    assert "Check before sharing" not in mdt()
    meeting = items.add(
        printed.youth_id,
        MdtMeeting(held_on=date(2026, 4, 3), sharing_basis="authorization"),
    )
    text = mdt()  # now everything on the copy must be covered: health is not
    assert "On this copy, not covered by a current authorization: Health information." in text
    assert gap not in text
    items.change(release.id, release.item.model_copy(update={"revoked_on": date(2026, 3, 2)}))
    text = mdt()
    assert "shares under an authorization on file, but none is current today" in text
    assert gap in text
    for stored in (release, meeting):
        items.remove(stored.id, "Test over")


def test_readiness_and_engagement_print_for_professionals_only(copies) -> None:
    stage = "March 3, 2026: stage of change: Thinking about change — Asked about school"
    attempt = "March 5, 2026: Text message, not reached"
    for audience in (Audience.CASE, Audience.MDT):
        assert stage in copies[audience] and attempt in copies[audience]
    for audience in (Audience.CAREGIVER, Audience.YOUTH):
        assert "Thinking about change" not in copies[audience]
        assert "Readiness and engagement" not in copies[audience]


def test_the_copies_keep_their_own_words_while_the_screen_speaks_another_language(
    printed, copies
) -> None:
    """The GUI installs the worker's language for core's label tables; printing picks its
    own, so every copy (and the case-file timeline) reads the same under that hook."""
    from csec_desktop.core import i18n
    from csec_desktop.core.records.youth import LegalStatus, PlacementType
    from csec_desktop.core.records.youth_store import YouthStore
    from csec_desktop.core.reports.timeline_copy import TimelinePrinter
    from csec_desktop.core.worker_language import set_worker_language

    profiles = YouthStore(printed.ctx)
    profile = profiles.get(printed.youth_id).profile
    profiles.update(  # status and placement episodes, so the timeline has their titles
        printed.youth_id,
        profile.model_copy(
            update={"legal_status": LegalStatus.WARD, "placement_type": PlacementType.STRTP}
        ),
    )
    timeline = TimelinePrinter(printed.ctx)
    english = flat(text_of(timeline.render(printed.youth_id, Audience.CASE)))
    i18n.install(lambda context, source, disambiguation=None, n=-1: f"«{source}»")
    set_worker_language("es")
    try:
        for audience in Audience:
            marked = flat(text_of(printed.service.render(printed.screening_id, audience)))
            assert marked == copies[audience], audience
        assert flat(text_of(timeline.render(printed.youth_id, Audience.CASE))) == english
    finally:
        i18n.reset()
        set_worker_language("en")
    assert "«" not in english and "Ward (WIC 602)" in english
