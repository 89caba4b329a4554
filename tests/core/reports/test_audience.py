"""The audience table on its own: every decision a field, and what each copy may carry."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from csec_desktop.core.errors import UsageError
from csec_desktop.core.instruments import Item, ItemKind, Sensitivity, Text, shipped_registry
from csec_desktop.core.records.case_items import MdtMember, Note, ShareWith
from csec_desktop.core.reports import audience as audience_module
from csec_desktop.core.reports.audience import DOMAIN_TAGS, RULES, SHARING_AUDIENCES, Audience
from csec_desktop.core.reports.audience_fields import AudienceRules, RoleKind
from csec_desktop.core.reports.audience_visibility import (
    member_visible,
    note_visible,
    referral_visible,
    role_kinds,
    visible,
)

A = Audience


def item(kind: ItemKind = ItemKind.CONCERN, *tags: str, item_id: str = "x") -> Item:
    return Item(id=item_id, kind=kind, label=Text(en="x"), sensitivity=list(tags))


def test_every_audience_has_a_record_and_no_field_has_a_default():
    assert set(RULES) == set(Audience)
    for field in dataclasses.fields(AudienceRules):
        assert field.default is dataclasses.MISSING, field.name
        assert field.default_factory is dataclasses.MISSING, field.name


def test_an_audience_added_without_deciding_every_field_fails_at_import():
    # A copy of the module with one more audience whose record leaves a field out.
    source = RULES_SOURCE.replace(
        "class Audience(StrEnum):", 'class Audience(StrEnum):\n    COURT = "court"', 1
    ).replace(
        "RULES: dict[Audience, AudienceRules] = {",
        "RULES: dict[Audience, AudienceRules] = {\n    Audience.COURT: AudienceRules("
        'label="Court", layout=Layout.PROFESSIONAL),',
        1,
    )
    run = subprocess.run([sys.executable, "-c", source], capture_output=True, text=True)
    assert run.returncode != 0 and "missing" in run.stderr and "required" in run.stderr
    undecided = RULES_SOURCE.replace(
        "class Audience(StrEnum):", 'class Audience(StrEnum):\n    COURT = "court"', 1
    )
    run = subprocess.run([sys.executable, "-c", undecided], capture_output=True, text=True)
    assert run.returncode != 0 and "audience rules missing for: ['court']" in run.stderr


RULES_SOURCE = Path(audience_module.__file__ or "").read_text(encoding="utf-8")


def test_every_decision_in_the_table_is_read_by_the_copies():
    # A field nobody reads is a decision nobody applies (the copies, and the print preview
    # that says what the chosen copy shows).
    folder = Path(audience_module.__file__ or "").parent
    preview = sorted((folder.parents[1] / "gui" / "printing").glob("*.py"))
    sources = [p for p in folder.glob("*.py") if p.name != "audience.py"] + preview
    readers = "".join(p.read_text(encoding="utf-8") for p in sources)
    readers += "".join(  # the table's own helpers (visible, note_visible…) read some fields
        line
        for line in RULES_SOURCE.splitlines(keepends=True)
        if "rules." in line or "RULES[audience]." in line
    )
    unread = [f.name for f in dataclasses.fields(AudienceRules) if f".{f.name}" not in readers]
    assert unread == []


def test_the_sharing_choices_of_notes_and_members_are_the_audiences_a_worker_shares_with():
    assert set(ShareWith.__args__) == {a.value for a in SHARING_AUDIENCES}  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        ((), {A.CASE, A.MDT, A.CAREGIVER, A.YOUTH}),
        (("minor_consent",), {A.CASE, A.MDT}),
        (("part2",), {A.CASE}),
        (("part2", "minor_consent", "health"), {A.CASE}),
        (("health",), {A.CASE, A.MDT}),
        (("safety",), {A.CASE, A.MDT}),
        (("justice",), {A.CASE, A.MDT}),
        (("sogie",), {A.CASE, A.MDT}),
    ],
)
def test_sensitivity_tags_decide_who_sees_an_answer(tags, expected):
    assert {a for a in Audience if visible(item(ItemKind.CONCERN, *tags), a)} == expected


def test_sogie_reaches_the_youth_copy_only_when_the_youth_opted_in():
    strengths = item(ItemKind.LONG_TEXT, "sogie")
    assert not visible(strengths, A.YOUTH, {})
    assert not visible(strengths, A.YOUTH, {"identity_on_youth_copy": "no"})
    assert visible(strengths, A.YOUTH, {"identity_on_youth_copy": "yes"})
    assert not visible(strengths, A.CAREGIVER, {"identity_on_youth_copy": "yes"})


def test_identity_answers_of_records_made_before_the_sogie_tag_are_held_back_too():
    old = item(ItemKind.LONG_TEXT, item_id="identity_strengths")  # 1.0.0 had no tag
    assert not visible(old, A.YOUTH) and not visible(old, A.CAREGIVER) and visible(old, A.MDT)


@pytest.mark.parametrize("kind", [ItemKind.LONG_TEXT, ItemKind.SHORT_TEXT])
def test_caregiver_never_sees_free_text_even_untagged(kind):
    assert not visible(item(kind), A.CAREGIVER)
    assert visible(item(kind), A.CASE) and visible(item(kind), A.MDT)


def test_part2_now_marks_only_information_from_a_program_in_the_shipped_needs_assessment():
    needs = shipped_registry().get("holistic_needs")
    part2 = {i.id for i in needs.items() if Sensitivity.PART2 in i.sensitivity}
    assert part2 == {"substance_use_program_info"}
    assert visible(needs.item("substance_use_goals"), A.MDT)
    assert not visible(needs.item("substance_use_goals"), A.CAREGIVER)
    sogie = {i.id for i in needs.items() if Sensitivity.SOGIE in i.sensitivity}
    assert {"identity_strengths", "identity_goals", "pronouns_name"} <= sogie


def test_referral_domain_tags_match_the_needs_instrument_plus_part2_for_programs():
    needs = shipped_registry().get("holistic_needs")
    for sec in needs.definition.sections:
        tags = {t for i in sec.items for t in i.sensitivity if i.id != f"{sec.id}_program_info"}
        if any(i.id == f"{sec.id}_need" for i in sec.items):
            expected = tags | ({Sensitivity.PART2} if sec.id == "substance_use" else set())
            assert DOMAIN_TAGS.get(sec.id, frozenset()) == expected, sec.id
    assert not referral_visible("substance_use", A.MDT)
    assert referral_visible("mental_health", A.MDT)
    assert not referral_visible("mental_health", A.CAREGIVER)
    assert not referral_visible("identity", A.CAREGIVER)
    assert referral_visible("housing", A.CAREGIVER) and not referral_visible("housing", A.YOUTH)
    # by title too, and text that names no domain stays in the case file
    assert not referral_visible("Sexual and reproductive health", A.CAREGIVER)
    assert {a for a in Audience if referral_visible("Tattoo removal", a)} == {A.CASE}


def test_notes_are_private_unless_shared_with_that_audience_and_part2_stays_home():
    assert note_visible(A.CASE, (), False)
    assert {a for a in Audience if note_visible(a, ("caregiver",), False)} == {A.CASE, A.CAREGIVER}
    assert {a for a in Audience if note_visible(a, ("mdt", "youth"), False)} == {
        A.CASE, A.MDT, A.YOUTH,
    }  # fmt: skip
    assert {a for a in Audience if note_visible(a, ("mdt", "caregiver"), True)} == {A.CASE}
    assert Note(text="x", shareable=True).shared_with == ("mdt",)  # the old flag: MDT only


def test_team_lines_by_sharing_choice_youth_choice_and_role():
    def seen(member: MdtMember) -> set[Audience]:
        return {
            a
            for a in Audience
            if member_visible(
                a, member.shared_with, member.youth_chosen, member.role, member.agency, member.name
            )
        }

    every = ("mdt", "caregiver", "youth")
    detective = MdtMember(name="D", agency="Sheriff", role="Detective", shared_with=every)
    assert seen(detective) == {A.CASE, A.MDT}  # not the caregiver; the youth did not choose
    aunt = MdtMember(name="Aunt", agency="Family", role="Relative", youth_chosen=True,
                     shared_with=every)  # fmt: skip
    assert seen(aunt) == set(Audience)
    mentor = MdtMember(name="M", agency="Partner", role="Survivor mentor", youth_chosen=True,
                       shared_with=every)  # fmt: skip
    assert seen(mentor) == {A.CASE, A.MDT, A.YOUTH}
    assert seen(MdtMember(name="N", agency="School", role="Counselor")) == {A.CASE}
    # A law-enforcement contact never prints on a paper the youth carries, chosen or not; the
    # title may be typed into the name, and a police department may be written "PD".
    chosen_detective = MdtMember(name="D", agency="Sheriff", role="Detective", youth_chosen=True,
                                 shared_with=every)  # fmt: skip
    assert seen(chosen_detective) == {A.CASE, A.MDT}
    liaison = MdtMember(name="Officer Pat Lee", agency="Anytown PD", role="Youth liaison",
                        youth_chosen=True, shared_with=every)  # fmt: skip
    assert seen(liaison) == {A.CASE, A.MDT}
    titled = MdtMember(name="Detective Sam Vice", agency="County", role="Helper",
                       youth_chosen=True, shared_with=every)  # fmt: skip
    assert seen(titled) == {A.CASE, A.MDT}
    assert role_kinds("Det.", "Sheriff Human Trafficking Unit") == {
        RoleKind.LAW_ENFORCEMENT, RoleKind.ADVOCATE,
    }  # fmt: skip
    assert role_kinds("Youth services coordinator", "County") == frozenset()
    assert role_kinds("Sgt. Diaz", "CHP") == {RoleKind.LAW_ENFORCEMENT}
    assert role_kinds("Deputy DA", "County") == {RoleKind.LAW_ENFORCEMENT}
    assert role_kinds("Dad", "Family") == frozenset()  # whole words only


def test_what_each_copy_decides_about_names_duties_and_outcome():
    assert not RULES[A.CAREGIVER].outcome and not RULES[A.CAREGIVER].duties
    assert RULES[A.CASE].duties and RULES[A.MDT].duties and not RULES[A.YOUTH].duties
    assert not RULES[A.YOUTH].legal_name and RULES[A.CAREGIVER].legal_name
    assert "18961.7" in RULES[A.MDT].notice
    assert "for the youth's care only" in RULES[A.CAREGIVER].notice
    assert RULES[A.YOUTH].notice == ""


def test_unknown_audience_is_one_clear_message():
    with pytest.raises(UsageError, match=r"unknown audience 'parent'.*case, mdt, caregiver"):
        Audience.parse("parent")
