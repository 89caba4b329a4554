"""The caseload index read at sign-in from stored rows (no model validation) must equal the
index built from validated profiles, through a real vault; the status column's shortcuts must
agree with the rules they replace."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from csec_desktop.core.clock import to_iso
from csec_desktop.core.demo_seed import seed_caseload
from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.localtime import local_date
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.caseload_index import CaseloadEntry, CaseloadIndex
from csec_desktop.core.records.caseload_status import _ScreeningDue
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.records.youth_store import STORED_PROFILES_SQL, YouthStore
from csec_desktop.core.screening_policy import default_screening_policy


def _validated_entries(ctx: RecordContext) -> dict[str, CaseloadEntry]:
    return {r.id: CaseloadEntry.of(r.id, r.profile) for r in YouthStore(ctx).all()}


def _loaded_entries(ctx: RecordContext) -> dict[str, CaseloadEntry]:
    return {e.youth_id: e for e in Caseload(ctx).index.entries()}


def test_the_index_read_from_stored_rows_equals_the_validated_one(ctx) -> None:
    seed_caseload(ctx, shipped_registry(), default_screening_policy(), 30, seed=11)
    caseload = Caseload(ctx)
    ids = [e.youth_id for e in caseload.index.entries()]
    edits = [  # every kind of edit a worker makes to the names the index reads
        {"chosen_name": "Dez", "pronouns": "they/them"},
        {"aliases": ("Majo Smith", "La Flaca")},
        {"legal_middle_name": "Guadalupe"},
        {"legal_last_name": "de la Cruz"},
        {"legal_first_name": "Đỗ Minh", "legal_last_name": "王"},
        {"birth_date": None, "case_numbers": ("PR-88-771", "CW-1")},
        {"in_care": True, "agency": Agency.PROBATION},
        {"chosen_name": "", "aliases": (), "legal_middle_name": ""},
    ]
    for youth_id, change in zip(ids, edits, strict=False):
        before = caseload.open(youth_id).profile
        caseload.change(youth_id, before.model_copy(update=change))
    assert _loaded_entries(ctx) == _validated_entries(ctx)
    # And the in-session index (kept by each save) is the one a new sign-in reads.
    assert {e.youth_id: e for e in caseload.index.entries()} == _validated_entries(ctx)


def test_a_row_stored_before_newer_fields_reads_with_the_models_defaults(ctx) -> None:
    record = YouthStore(ctx).create(
        YouthProfile(legal_first_name="Ana", legal_last_name="Ruiz", agency=Agency.CHILD_WELFARE)
    )
    old = {  # as an early version wrote it: no chosen name, aliases, race or gender category
        "legal_first_name": "Ana",
        "legal_last_name": "Ruiz",
        "agency": "child_welfare",
        "birth_date": "2011-05-06",
    }
    with ctx.db.transaction():
        ctx.db.execute("UPDATE youth SET data = ? WHERE id = ?", (json.dumps(old), record.id))
    loaded = _loaded_entries(ctx)[record.id]
    assert loaded == _validated_entries(ctx)[record.id]
    assert loaded.birth_date == date(2011, 5, 6) and loaded.case_numbers == ()


_names = st.text(alphabet=st.sampled_from("abcdeñéÁ Đỗ王-'lLmMzZ"), min_size=1, max_size=14).filter(
    lambda text: text.strip() != ""
)


@settings(max_examples=25, deadline=None)
@given(
    first=_names,
    middle=st.one_of(st.just(""), _names),
    last=_names,
    chosen=st.one_of(st.just(""), _names),
    aliases=st.lists(_names, max_size=3),
    born=st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2026, 1, 1))),
    cases=st.lists(st.from_regex(r"[A-Z]{2}-[0-9]{2,5}", fullmatch=True), max_size=2),
    in_care=st.booleans(),
)
def test_stored_and_validated_entries_agree_for_any_profile(
    first, middle, last, chosen, aliases, born, cases, in_care
) -> None:
    profile = YouthProfile(
        legal_first_name=first,
        legal_middle_name=middle,
        legal_last_name=last,
        chosen_name=chosen,
        aliases=tuple(aliases),
        birth_date=born,
        agency=Agency.PROBATION,
        case_numbers=tuple(cases),
        in_care=in_care,
    )
    stored = json.dumps(profile.model_dump(mode="json"), sort_keys=True)  # as YouthStore writes
    assert CaseloadEntry.of_stored("y", stored) == CaseloadEntry.of("y", profile)


def test_a_worker_indexes_only_the_youth_they_may_see(ctx, clock) -> None:
    mine = YouthStore(ctx).create(
        YouthProfile(legal_first_name="Kim", legal_last_name="Soto", agency=Agency.PROBATION)
    )
    other_ctx = RecordContext(ctx.db, ctx.audit, clock, Actor("sam.roe", "Sam Roe"))
    theirs = YouthStore(other_ctx).create(
        YouthProfile(legal_first_name="Sam", legal_last_name="Vega", agency=Agency.PROBATION)
    )
    shared = YouthStore(other_ctx).create(
        YouthProfile(legal_first_name="Lee", legal_last_name="Park", agency=Agency.PROBATION)
    )
    with ctx.db.transaction():
        ctx.db.execute(
            "INSERT INTO youth_access VALUES (?, 'kim.lee', 'sam.roe', ?)",
            (shared.id, to_iso(clock())),
        )
    indexed = {youth_id for youth_id, _ in YouthStore(ctx).stored_profiles()}
    assert indexed == {r.id for r in YouthStore(ctx).all()} == {mine.id, shared.id}
    assert theirs.id not in _loaded_entries(ctx)
    supervisor = RecordContext(ctx.db, ctx.audit, clock, Actor("pat", "Pat", sees_all=True))
    assert len(list(YouthStore(supervisor).stored_profiles())) == 3


def test_possible_duplicates_read_the_current_profiles_from_the_vault(ctx) -> None:
    caseload = Caseload(ctx)
    born = date(2010, 4, 5)
    first = caseload.add(
        YouthProfile(
            legal_first_name="Jonathan",
            legal_last_name="Garcia",
            birth_date=born,
            agency=Agency.CHILD_WELFARE,
        )
    )
    caseload.change(first.id, first.profile.model_copy(update={"legal_last_name": "Ramirez"}))
    again = first.profile.model_copy(update={"legal_last_name": "Ramírez"})
    assert [d.entry.youth_id for d in caseload.possible_duplicates(again)] == [first.id]
    assert caseload.possible_duplicates(first.profile) == []  # the old surname is gone
    assert caseload.possible_duplicates(again, ignore=first.id) == []
    cache = ctx.db.execute("PRAGMA cache_size").fetchone()[0]
    Caseload(ctx)
    assert ctx.db.execute("PRAGMA cache_size").fetchone()[0] == cache  # given back after load


@settings(max_examples=80, deadline=None)
@given(
    hours=st.integers(min_value=-60, max_value=60),
    today=st.dates(date(2025, 1, 1), date(2027, 12, 31)),
)
def test_due_for_screening_by_cutoff_matches_the_local_calendar(hours, today) -> None:
    """``_ScreeningDue`` compares a screening's instant with one cut-off instead of converting
    each one to the local calendar; both must say the same for every instant and day."""
    policy = default_screening_policy()
    assert policy.rescreen_days is not None
    noon = datetime(today.year, today.month, today.day, 12, tzinfo=UTC)
    last = to_iso(noon - timedelta(days=policy.rescreen_days, hours=hours))  # near the line
    plain = (today - local_date(last)).days >= policy.rescreen_days
    assert _ScreeningDue(policy, today).due(True, None, None, last) == plain


def test_the_sign_in_scan_reads_the_youth_table_in_its_own_order(ctx) -> None:
    """The profiles for the index are read by one pass over the table, not row by row through
    the ``youth_caseload`` index: under the scan's small page cache the latter read and
    decrypted each page several times (decision 67 (g): 0.20 s against 0.05 s)."""
    seed_caseload(ctx, shipped_registry(), default_screening_policy(), 12)
    plan = " ".join(
        str(row[-1]) for row in ctx.db.execute("EXPLAIN QUERY PLAN " + STORED_PROFILES_SQL)
    )
    assert plan == "SCAN youth", plan
    stored = dict(YouthStore(ctx).stored_profiles())
    assert set(stored) == {record.id for record in YouthStore(ctx).all()}


def test_the_index_loaded_in_one_pass_equals_one_put_per_youth(ctx) -> None:
    seed_caseload(ctx, shipped_registry(), default_screening_policy(), 40, seed=13)
    entries = list(_validated_entries(ctx).values())
    loaded = CaseloadIndex(entries)
    one_by_one = CaseloadIndex()
    for entry in entries:
        one_by_one.put(entry)
    one_by_one._words.prepare()
    one_by_one._wholes.prepare()
    for kept in ("_entries", "_order", "_born", "_cases"):
        assert getattr(loaded, kept) == getattr(one_by_one, kept), kept
    for vocabulary in ("_words", "_wholes"):
        a, b = getattr(loaded, vocabulary), getattr(one_by_one, vocabulary)
        assert (a.ids, dict(a.by_sound), a.sorted) == (b.ids, dict(b.by_sound), b.sorted)
    assert loaded.entries() == one_by_one.entries()
