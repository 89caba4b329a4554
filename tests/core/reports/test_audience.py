"""The audience rules on their own: which tagged answers each printed copy may carry."""

from __future__ import annotations

import pytest

from csec_desktop.core.errors import UsageError
from csec_desktop.core.instruments import Item, ItemKind, Sensitivity, Text, shipped_registry
from csec_desktop.core.reports.audience import (
    DOMAIN_TAGS,
    Audience,
    note_visible,
    referral_visible,
    shows_chosen_name,
    shows_duties,
    visible,
)

A = Audience


def item(kind: ItemKind = ItemKind.CONCERN, *tags: str) -> Item:
    return Item(id="x", kind=kind, label=Text(en="x"), sensitivity=list(tags))


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
    ],
)
def test_sensitivity_tags_decide_who_sees_an_answer(tags, expected):
    assert {a for a in Audience if visible(item(ItemKind.CONCERN, *tags), a)} == expected


@pytest.mark.parametrize("kind", [ItemKind.LONG_TEXT, ItemKind.SHORT_TEXT])
def test_caregiver_never_sees_free_text_even_untagged(kind):
    assert not visible(item(kind), A.CAREGIVER)
    assert visible(item(kind), A.CASE) and visible(item(kind), A.MDT)


def test_no_shipped_minor_consent_or_part2_item_reaches_caregiver_or_youth():
    registry = shipped_registry()
    tagged = [
        i
        for inst in registry.all()
        for i in inst.items()
        if {Sensitivity.MINOR_CONSENT, Sensitivity.PART2} & set(i.sensitivity)
    ]
    assert len(tagged) > 10
    for it in tagged:
        assert visible(it, A.CASE)
        assert not visible(it, A.CAREGIVER) and not visible(it, A.YOUTH)
        assert visible(it, A.MDT) == (Sensitivity.PART2 not in it.sensitivity)


def test_referral_domain_tags_match_the_needs_instrument():
    needs = shipped_registry().get("holistic_needs")
    for sec in needs.definition.sections:
        tags = {t for i in sec.items for t in i.sensitivity}
        if any(i.id == f"{sec.id}_need" for i in sec.items):
            assert DOMAIN_TAGS.get(sec.id, frozenset()) == tags, sec.id
    assert not referral_visible("substance_use", A.MDT)
    assert referral_visible("mental_health", A.MDT)
    assert not referral_visible("mental_health", A.CAREGIVER)
    assert referral_visible("housing", A.CAREGIVER)


def test_notes_private_unless_shareable_and_never_on_youth_copy():
    assert note_visible(False, A.CASE)
    assert not note_visible(False, A.MDT) and not note_visible(False, A.CAREGIVER)
    assert note_visible(True, A.MDT) and note_visible(True, A.CAREGIVER)
    assert not note_visible(True, A.YOUTH)


def test_names_and_duties_per_audience():
    assert not shows_chosen_name(A.CAREGIVER) and shows_chosen_name(A.YOUTH)
    assert shows_duties(A.CASE) and not shows_duties(A.CAREGIVER) and not shows_duties(A.YOUTH)


def test_unknown_audience_is_one_clear_message():
    with pytest.raises(UsageError, match=r"unknown audience 'parent'.*case, mdt, caregiver"):
        Audience.parse("parent")
