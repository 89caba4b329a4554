from __future__ import annotations

from datetime import date

import pytest

from csec_desktop.core.errors import CsecError
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.youth import Agency, YouthProfile


def profile(**changes: object) -> YouthProfile:
    base = dict(
        legal_first_name="Alejandra",
        legal_last_name="Torres",
        chosen_name="Ale",
        pronouns="she/her",
        birth_date=date(2010, 9, 14),
        agency=Agency.CHILD_WELFARE,
        aliases=("Lexi",),
        preferred_language="es",
        in_care=True,
    )
    return YouthProfile(**{**base, **changes})  # type: ignore[arg-type]


def test_a_youth_is_saved_versioned_and_audited(ctx) -> None:
    caseload = Caseload(ctx)
    record = caseload.add(profile())
    assert record.version == 1 and record.base_version is None
    changed = caseload.change(record.id, profile(placement="Resource family home"))
    assert changed.version == 2
    assert changed.profile.placement == "Resource family home"
    opened = caseload.open(record.id)
    assert opened.profile.name_with_pronouns == "Ale Torres (she/her)"
    events = [(e.event, e.subject, e.detail) for e in ctx.audit.entries(5)]
    assert events[:3] == [
        ("record_viewed", record.id, {"kind": "youth"}),
        ("record_changed", record.id, {"kind": "youth"}),
        ("record_created", record.id, {"kind": "youth"}),
    ]


def test_the_audit_log_holds_no_youth_data(ctx) -> None:
    Caseload(ctx).add(profile(legal_first_name="Canaryfirst"))
    dump = repr([(e.actor, e.subject, e.detail) for e in ctx.audit.entries()])
    assert "Canaryfirst" not in dump and "Torres" not in dump


def test_the_caseload_survives_a_new_session(ctx) -> None:
    Caseload(ctx).add(profile())
    again = Caseload(ctx)
    assert [hit.entry.display_name for hit in again.search("torres")] == ["Ale Torres"]


def test_possible_duplicates_on_an_alias_before_adding(ctx) -> None:
    caseload = Caseload(ctx)
    first = caseload.add(profile())
    found = caseload.possible_duplicates(
        profile(legal_first_name="Lexi", chosen_name="", aliases=())
    )
    assert [d.entry.youth_id for d in found] == [first.id]
    assert caseload.possible_duplicates(profile(), ignore=first.id) == []


def test_an_unknown_record_gives_a_clear_message(ctx) -> None:
    with pytest.raises(CsecError, match="not on this laptop"):
        Caseload(ctx).open("00000000-0000-0000-0000-000000000000")


def test_age_and_display_names() -> None:
    youth = profile(chosen_name="")
    assert youth.display_name == "Alejandra Torres"
    assert youth.age_on(date(2026, 9, 13)) == 15
    assert youth.age_on(date(2026, 9, 14)) == 16
