from __future__ import annotations

from datetime import UTC, datetime

import pytest

from csec_desktop.core.errors import AuthError, CsecError
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.encounter_record import PinnedDefinition
from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.core.records.youth import Agency, YouthProfile

DEFINITION = PinnedDefinition("test-screen", "1.0.0", "ab" * 32, '{"id": "test-screen"}')
RECEIVED = datetime(2026, 3, 2, 8, 30, tzinfo=UTC)


@pytest.fixture
def youth_id(ctx) -> str:
    profile = YouthProfile(
        legal_first_name="Nia", legal_last_name="Brooks", agency=Agency.CHILD_WELFARE
    )
    return Caseload(ctx).add(profile).id


def test_answers_autosave_and_reopen_in_a_new_session(ctx, session, youth_id, clock) -> None:
    store = EncounterStore(ctx)
    encounter = store.start(youth_id, "placement_change", DEFINITION, RECEIVED, True, False)
    store.save_answer(encounter.id, "q1", 2, "q2")
    store.save_answer(encounter.id, "q2", "yes", "q3")
    store.save_answer(encounter.id, "q1", 1, "q3")
    store.save_answer(encounter.id, "q2", None, "q2")
    session.lock()
    session.unlock("morning fog over the bay")
    fresh = EncounterStore(
        RecordContext(session.db, session.audit, clock, Actor("kim.lee", "Kim Lee"))
    )
    again = fresh.get(encounter.id)
    assert again.answers == {"q1": 1}
    assert again.position == "q2"
    assert again.is_draft and again.in_care and not again.missing
    assert again.definition == DEFINITION
    assert again.info_received_at == "2026-03-02T08:30:00.000000Z"
    assert fresh.drafts()[0].id == encounter.id


def test_an_override_needs_a_reason_and_is_audited(ctx, youth_id) -> None:
    store = EncounterStore(ctx)
    encounter = store.start(youth_id, "case_opening", DEFINITION, RECEIVED, False, False)
    with pytest.raises(CsecError, match="written reason"):
        store.complete(encounter.id, "at_risk", "identified", "  ", {"drivers": []})
    done = store.complete(encounter.id, "at_risk", "identified", "Youth disclosed to nurse", {})
    assert done.final_band == "identified" and done.override_reason == "Youth disclosed to nurse"
    events = [e.event for e in ctx.audit.entries(3)]
    assert events[:2] == ["record_completed", "record_overridden"]


def test_a_completed_screening_cannot_be_changed(ctx, youth_id) -> None:
    store = EncounterStore(ctx)
    encounter = store.start(youth_id, "case_opening", DEFINITION, RECEIVED, False, False)
    store.complete(encounter.id, "no_current_concern", "no_current_concern", None, {})
    with pytest.raises(CsecError, match="completed"):
        store.save_answer(encounter.id, "q1", 0, None)
    assert store.drafts() == []


def test_a_refused_answer_writes_nothing(ctx, session, youth_id, clock) -> None:
    """The draft and access checks ride on the answer's own write: a discarded draft and a
    youth not shared with the worker are refused with their reason, and nothing of the
    answer is stored (no answer row, no new version, no audit entry)."""
    store = EncounterStore(ctx)
    kept = store.start(youth_id, "case_opening", DEFINITION, RECEIVED, False, False)
    dropped = store.start(youth_id, "case_opening", DEFINITION, RECEIVED, False, False)
    store.discard(dropped.id, "started for the wrong youth")
    stranger = EncounterStore(
        RecordContext(session.db, session.audit, clock, Actor("sam.ortiz", "Sam Ortiz"))
    )

    def state() -> tuple[object, ...]:
        count = ctx.db.execute("SELECT count(*) FROM answers").fetchone()[0]
        versions = ctx.db.execute("SELECT id, version FROM encounters ORDER BY id").fetchall()
        return count, tuple(versions), ctx.audit.entries(1)[0].seq

    before = state()
    with pytest.raises(CsecError, match="discarded"):
        store.save_answer(dropped.id, "q1", 0, "q2")
    with pytest.raises(AuthError, match="not shared"):
        stranger.save_answer(kept.id, "q1", 0, "q2")
    with pytest.raises(AuthError, match="not shared"):
        stranger.save_answers(kept.id, {"q1": 0}, "q2")
    with pytest.raises(CsecError, match="not on this laptop"):
        store.save_answer("no-such-encounter", "q1", 0, "q2")
    assert state() == before
    store.save_answer(kept.id, "q1", 0, "q2")  # the worker who added the youth may
    assert store.get(kept.id).answers == {"q1": 0}


def test_a_move_stores_nothing_where_an_answer_is_refused(ctx, session, youth_id, clock) -> None:
    """A move (Next, Back, a jump) carries the answer's checks: on a signed record, a
    discarded draft, a youth not shared with the worker or a record not here it stores
    nothing (the next answer there is refused with its reason, as before)."""
    store = EncounterStore(ctx)
    kept = store.start(youth_id, "case_opening", DEFINITION, RECEIVED, False, False)
    signed = store.start(youth_id, "case_opening", DEFINITION, RECEIVED, False, False)
    assert store.set_position(signed.id, "q1")
    store.complete(signed.id, "no_current_concern", "no_current_concern", None, {})
    dropped = store.start(youth_id, "case_opening", DEFINITION, RECEIVED, False, False)
    store.discard(dropped.id, "started for the wrong youth")
    stranger = EncounterStore(
        RecordContext(session.db, session.audit, clock, Actor("sam.ortiz", "Sam Ortiz"))
    )

    def positions() -> list[tuple[str, str | None]]:
        return ctx.db.execute("SELECT id, position FROM encounters ORDER BY id").fetchall()

    before = positions()
    assert not store.set_position(signed.id, "q2")
    assert not store.set_position(dropped.id, "q2")
    assert not stranger.set_position(kept.id, "q2")
    assert not store.set_position("no-such-encounter", "q2")
    assert positions() == before
    assert ctx.db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL after each
    assert store.set_position(kept.id, "q3")  # the worker who added the youth may
    assert store.get(kept.id).position == "q3"


def test_an_answer_and_its_audit_entry_carry_one_time(ctx, youth_id, clock) -> None:
    store = EncounterStore(ctx)
    encounter = store.start(youth_id, "case_opening", DEFINITION, RECEIVED, False, False)
    stamp = store.save_answer(encounter.id, "q1", 2, "q2")
    entry = ctx.audit.entries(1)[0]
    assert (entry.event, entry.subject, entry.at) == ("record_changed", encounter.id, stamp)
    assert entry.detail == {"kind": "encounter", "item": "q1"}
    assert store.answer_times(encounter.id) == {"q1": stamp}
    assert ctx.audit.verify().ok


def test_the_definition_is_stored_once_per_content_hash(ctx, youth_id) -> None:
    store = EncounterStore(ctx)
    for _ in range(3):
        store.start(youth_id, "case_opening", DEFINITION, RECEIVED, False, False)
    count = ctx.db.execute("SELECT count(*) FROM instrument_definitions").fetchone()[0]
    assert count == 1
    assert len(store.for_youth(youth_id)) == 3


def test_a_position_move_is_committed_and_leaves_every_later_commit_fsynced(ctx) -> None:
    """The position is saved without its own fsync (docs/decisions.md): it is committed at
    once, it never leaves the connection at synchronous=NORMAL for the answers that follow,
    and inside a transaction it joins that transaction's FULL commit."""
    db = ctx.db
    db.execute("CREATE TABLE moves (n INTEGER)")
    db.execute_without_fsync("INSERT INTO moves VALUES (1)")
    assert not db.conn.in_transaction
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL again
    with db.transaction():
        db.execute_without_fsync("INSERT INTO moves VALUES (2)")
        assert db.conn.in_transaction
        assert db.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert [n for (n,) in db.execute("SELECT n FROM moves ORDER BY n")] == [1, 2]
