"""The nickname list: shipped groups, a county's additions, and a clear refusal of bad lines."""

from __future__ import annotations

import pytest

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.names.nicknames import (
    NameMatchingPolicy,
    NicknameTable,
    county_nicknames,
    parse_nicknames,
    shipped_nicknames,
)
from csec_desktop.core.policy import load_policy, parse_policy


def test_the_shipped_list_holds_spanish_and_english_familiar_forms() -> None:
    table = shipped_nicknames()
    assert table.same("lupe", "guadalupe")
    assert table.same("chuy", "jesus")
    assert table.same("bobby", "robert")
    assert table.same("majo", "mariajose")  # a two-word name, folded without its space


def test_a_shared_short_form_does_not_make_two_full_names_the_same() -> None:
    table = shipped_nicknames()
    assert table.same("alex", "alejandro") and table.same("alex", "alexander")
    assert not table.same("alejandro", "alexander")


def test_a_county_adds_its_own_groups_from_the_policy() -> None:
    base = load_policy().model_dump(mode="json")
    policy = parse_policy({**base, "name_matching": {"nicknames": [["Temoc", "Cuauhtémoc"]]}})
    table = county_nicknames(policy)
    assert table.same("temoc", "cuauhtemoc")
    assert table.same("lupe", "guadalupe")  # the shipped list still applies
    # The county authority keeps the policy as its JSON object: the same table from it.
    assert county_nicknames({"name_matching": {"nicknames": [["Temoc", "Cuauhtémoc"]]}}).same(
        "temoc", "cuauhtemoc"
    )
    assert not county_nicknames(load_policy()).same("temoc", "cuauhtemoc")


def test_a_policy_group_of_one_name_is_refused_with_its_place() -> None:
    base = load_policy().model_dump(mode="json")
    with pytest.raises(ValidationError, match=r"name_matching\.nicknames"):
        parse_policy({**base, "name_matching": {"nicknames": [["Temoc"]]}})
    with pytest.raises(ValueError, match="extra"):
        NameMatchingPolicy.model_validate({"nickname": []})


def test_a_malformed_list_line_is_named() -> None:
    assert parse_nicknames("# comment\nguadalupe: lupe, lupita\n") == [
        ["guadalupe", "lupe", "lupita"]
    ]
    with pytest.raises(ValidationError, match=r"county\.txt:2: write a full name, a colon"):
        parse_nicknames("jesus: chuy\nguadalupe lupe\n", "county.txt")


def test_variants_list_the_group_and_a_table_is_extended_without_change() -> None:
    table = NicknameTable([["Guadalupe", "Lupe", "Lupita"]])
    assert table.variants("lupe") == {"guadalupe", "lupita"}
    wider = table.with_groups([["Jesús", "Chuy"]])
    assert wider.same("chuy", "jesus") and not table.same("chuy", "jesus")
    assert len(table) == 1 and len(wider) == 2
