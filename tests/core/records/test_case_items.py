from __future__ import annotations

from datetime import date

import pytest
from pydantic import ValidationError

from csec_desktop.core.records.case_items import CaseItems, MdtMeeting, MdtMember, Note, Referral
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.youth import Agency, YouthProfile


@pytest.fixture
def youth_id(ctx) -> str:
    profile = YouthProfile(legal_first_name="Rosa", legal_last_name="Diaz", agency=Agency.PROBATION)
    return Caseload(ctx).add(profile).id


def test_the_service_plan_and_mdt_are_kept_per_youth(ctx, youth_id) -> None:
    items = CaseItems(ctx)
    items.add(youth_id, MdtMember(name="Dr. Ruiz", agency="County health", role="Nurse"))
    items.add(
        youth_id,
        MdtMember(name="T. Brooks", agency="Survivor advocacy", role="Mentor", youth_chosen=True),
    )
    referral = items.add(youth_id, Referral(domain="health_sexual", agency="Teen clinic"))
    items.add(
        youth_id,
        MdtMeeting(
            held_on=date(2026, 3, 4),
            attendees=("Dr. Ruiz", "T. Brooks"),
            youth_attended=True,
            decisions="Placement with kin; weekly check-ins",
        ),
    )
    members = items.for_youth(youth_id, "mdt_member")
    assert [m.item.agency for m in members] == ["County health", "Survivor advocacy"]
    updated = items.change(referral.id, referral.item.model_copy(update={"status": "connected"}))
    assert updated.version == 2 and updated.item.status == "connected"
    meeting = items.for_youth(youth_id, "mdt_meeting")[0].item
    assert meeting.sharing_basis == "wic_18961_7" and meeting.basis_words.startswith("WIC 18961.7")
    assert len(items.for_youth(youth_id)) == 4


def test_notes_are_private_unless_shared_and_an_old_shareable_flag_means_mdt_only(
    ctx, youth_id
) -> None:
    note = CaseItems(ctx).add(youth_id, Note(text="Met at school; calm and engaged."))
    assert note.item.shared_with == () and note.item.from_sud_program is False
    old = Note.model_validate_json('{"kind": "note", "text": "x", "shareable": true}')
    assert old.shared_with == ("mdt",)
    assert Note(text="x", shared_with=("youth", "mdt", "youth")).shared_with == ("mdt", "youth")


def test_a_referral_needs_an_agency() -> None:
    with pytest.raises(ValidationError):
        Referral(domain="housing", agency="")
