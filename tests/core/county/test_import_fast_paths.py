"""The county import's fast paths compute what the plain paths computed (issue 24): each
record's canonical text encoded once for its hash and its stored copy, the NFC pass skipped
when the bundle's whole text is already NFC, and the nesting check walking containers only."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

from csec_desktop.core.county.importer import (
    CURRENT_SQL,
    HELD_KINDS_SQL,
    SEEN_SQL,
    record_texts,
)
from csec_desktop.core.county.possible_duplicates import ACCEPTED_SQL
from csec_desktop.core.county.records_check import SYNCED_KINDS, normalized
from csec_desktop.core.nfc import nfc_all
from csec_desktop.core.sync.bundle import open_bundle
from csec_desktop.core.sync.canonical import _depth, canonical_json, strings_are_nfc
from csec_desktop.core.vault.bound_list import bound_list
from tests.core.sync_service.world import World

# Text with the characters that compose or reorder: combining marks, Hangul jamo, and the
# ASCII bases some of them compose with.
_TEXT = st.text(
    alphabet=st.sampled_from([*'ae<=>"\\/n ', "\u0301", "\u0338", "\u0327", "\u00e9",
                              "\u1100", "\u1161", "\u11a8", "\u0000"]),
    max_size=8,
)  # fmt: skip
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**40), 2**40) | _TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4),
    max_leaves=20,
)
_KEYS = st.sampled_from(["answers", "a", "base_versio", "base_version0", "id", "kind", "é", ""])


def _plain_texts(record: dict[str, Any]) -> tuple[str, str]:
    body = {k: v for k, v in record.items() if k != "base_version"}
    digest = hashlib.sha256(canonical_json(body, "record")).hexdigest()
    return digest, canonical_json(record, "record").decode("utf-8")


@given(
    st.dictionaries(_KEYS | _TEXT, _JSON, max_size=6),
    st.none() | st.integers(1, 10**6) | st.just("absent"),
)
@settings(max_examples=150, deadline=None)
def test_record_texts_equal_canonical_json_of_each(record: dict[str, Any], base: object) -> None:
    if base != "absent":
        record["base_version"] = base
    else:
        record.pop("base_version", None)
    assert record_texts(record) == _plain_texts(record)


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in [k, *_strings(v)]]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


@given(_JSON, st.booleans())
@example({"name": "e\u0301"}, False)
@example(["a", "\u0338"], False)
@settings(max_examples=200, deadline=None)
def test_a_text_judged_nfc_holds_only_nfc_strings(value: object, escaped: bool) -> None:
    text = json.dumps(value, ensure_ascii=escaped, sort_keys=True)
    if strings_are_nfc(text):
        assert all(unicodedata.is_normalized("NFC", s) for s in _strings(json.loads(text)))
        assert nfc_all(json.loads(text)) == json.loads(text)


def test_escapes_that_compose_once_parsed_send_the_text_to_the_slow_path() -> None:
    # "\u0065" is an "e", and the acute after it composes with it once parsed.
    assert not strings_are_nfc('{"name":"\\u0065\u0301"}')
    assert not strings_are_nfc('{"name":"\\u003d\u0338"}')  # "=" and the long solidus
    assert strings_are_nfc('{"name":"Sof\u00eda","note":"tab\\u0009"}')
    assert not strings_are_nfc('{"name":"Sofi\u0301a"}')


def _reference_depth(value: object, limit: int) -> int:
    """The walk as it was before (every value on a stack), kept here to compare with."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict | list):
            deepest = max(deepest, level)
            if deepest > limit:
                return deepest
            children = item.values() if isinstance(item, dict) else item
            stack.extend((child, level + 1) for child in children)
    return deepest


@given(_JSON, st.integers(0, 6))
@settings(max_examples=150, deadline=None)
def test_depth_agrees_with_the_reference_walk(value: object, limit: int) -> None:
    new, old = _depth(value, limit), _reference_depth(value, limit)
    assert (new > limit) == (old > limit)
    if old <= limit:
        assert new == old


def test_every_imported_row_equals_the_plain_path(world: World) -> None:
    """A real bundle of a seeded caseload, imported into a real store: every stored text and
    content hash is what the plain path (NFC of each string, two canonical encodings) gives."""
    laptop = world.laptop("a")
    laptop.seed(3)
    exported = laptop.sync.export(laptop.out)
    trust = world.authority.current_trust()
    opened = open_bundle(exported.path, trust.device_public_key, world.authority.keys.encryption)
    assert opened.strings_nfc  # a current laptop writes NFC: the fast path is the one taken
    assert set(world.import_(exported.path).counts) == {"accepted"}
    stored = {
        row[0]: (row[1], row[2])
        for row in world.county_db.execute(
            "SELECT record_id, content_hash, data FROM county_records"
        ).fetchall()
    }
    synced = [nfc_all(r) for r in opened.records if r["kind"] in SYNCED_KINDS]
    assert len(stored) == len(synced) > 3
    for record in synced:
        digest, _ = _plain_texts(record)
        text = canonical_json(normalized(record), "record").decode("utf-8")
        assert stored[record["id"]] == (digest, text)


class _Recording:
    """The store's real connection, recording how many values each ``execute`` binds."""

    def __init__(self, real: Any) -> None:
        self._real, self.bound = real, []

    def __getattr__(self, name: str) -> Any:
        return getattr(self._real, name)

    def execute(self, sql: str, params: Any = ()) -> Any:
        self.bound.append(len(params))
        return self._real.execute(sql, params)


def test_an_import_binds_its_id_lists_as_one_value_each(world: World) -> None:
    """The look-ups bind each list of ids as one JSON array (core/vault/bound_list.py): a
    statement cached with hundreds of bound ids held the connection's lookaside slots, and the
    import's inserts after it ran four times slower (decision 67)."""
    laptop = world.laptop("a")
    laptop.seed(5)
    exported = laptop.sync.export(laptop.out)
    recording = _Recording(world.county_db._conn)
    world.county_db._conn = recording
    try:
        result = world.import_(exported.path)
    finally:
        world.county_db._conn = recording._real
    assert sum(result.counts.values()) > 12
    assert recording.bound and max(recording.bound) <= 10  # the widest row written is 10


def test_an_imports_look_ups_go_by_record_id_whatever_the_countys_size(world: World) -> None:
    """Each look-up of what the county holds for a bundle's ids goes by the record id's
    primary key, on both stores, in a county of 20,000 youth: none walks the county's youth,
    so a bundle's import costs the same in a small county and a large one (issue 24's growth
    check; ``kind = 'youth'`` in the youth look-ups had SQLite walk every youth by kind)."""
    conn = world.county_db.conn
    postgres = hasattr(conn, "raw")
    with world.county_db.transaction():
        conn.executemany(
            "INSERT INTO county_records (record_id, kind, youth_id, version, content_hash, "
            "data, device_id, bundle_hash, updated_at) VALUES (?, 'youth', ?, 1, 'h', ?, 'd', "
            "'b', 'now')",
            [(f"y{n}", f"y{n}", '{"profile": {"birth_date": "2010-01-01"}}')
             for n in range(20_000)],
        )  # fmt: skip
        conn.executemany(
            "INSERT INTO county_record_versions (record_id, version, content_hash, bundle_hash, "
            "device_id, data) VALUES (?, 1, 'h', 'b', 'd', '{}')",
            [(f"y{n}",) for n in range(20_000)],
        )
    if postgres:
        conn.raw.execute("ANALYZE county_records")
        conn.raw.execute("ANALYZE county_record_versions")
    ids = bound_list(["y17", "y4242", "not-held"])
    for sql in (CURRENT_SQL, SEEN_SQL, HELD_KINDS_SQL, ACCEPTED_SQL):
        plan = " | ".join(
            str(row[0] if postgres else row[-1])
            for row in conn.execute(("EXPLAIN " if postgres else "EXPLAIN QUERY PLAN ") + sql,
                                    (ids,))
        )  # fmt: skip
        if postgres:
            assert "Index" in plan and "Seq Scan" not in plan, plan
        else:
            assert "(record_id=?)" in plan and "kind=?" not in plan, plan
    held = {rid for rid, kind in conn.execute(HELD_KINDS_SQL, (ids,)) if kind == "youth"}
    assert held == {"y17", "y4242"}
