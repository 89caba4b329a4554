from __future__ import annotations

from datetime import date

import pytest

from csec_desktop.core.records.caseload_index import CaseloadEntry, CaseloadIndex
from csec_desktop.core.records.duplicates import find_possible_duplicates
from csec_desktop.core.records.youth import Agency, YouthProfile


def youth(first: str, last: str, born: date | None = None, **extra: object) -> YouthProfile:
    return YouthProfile(
        legal_first_name=first,
        legal_last_name=last,
        birth_date=born,
        agency=extra.pop("agency", Agency.CHILD_WELFARE),
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture
def caseload() -> tuple[CaseloadIndex, dict[str, YouthProfile]]:
    people = {
        "a": youth("Jonathan", "García", date(2010, 4, 5), case_numbers=("CW-2024-0113",)),
        "b": youth("Destiny", "Nguyen", date(2009, 1, 20), chosen_name="Dez", pronouns="they/them"),
        "c": youth("María José", "Hernández", date(2011, 7, 1), aliases=("Majo Smith",)),
        "d": youth(
            "Jon",
            "Garrison",
            date(2008, 2, 2),
            agency=Agency.PROBATION,
            case_numbers=("PR-88-771",),
        ),
    }
    index = CaseloadIndex([CaseloadEntry.of(k, v) for k, v in people.items()])
    return index, people


def ids(hits) -> list[str]:
    return [hit.entry.youth_id for hit in hits]


def test_misspelled_names_in_either_order_are_found(caseload) -> None:
    index, _ = caseload
    assert ids(index.search("Jonathon Garsia"))[0] == "a"
    assert ids(index.search("garcia jonathan"))[0] == "a"


def test_accents_do_not_matter(caseload) -> None:
    index, _ = caseload
    assert ids(index.search("maria jose hernandez")) == ["c"]


def test_chosen_name_and_alias_find_the_youth(caseload) -> None:
    index, _ = caseload
    assert ids(index.search("Dez")) == ["b"]
    assert ids(index.search("majo smith")) == ["c"]


def test_prefixes_narrow_as_the_worker_types(caseload) -> None:
    index, _ = caseload
    assert set(ids(index.search("gar"))) == {"a", "d"}
    assert ids(index.search("garri")) == ["d"]


def test_birth_date_and_case_number(caseload) -> None:
    index, _ = caseload
    assert ids(index.search("2009-01-20")) == ["b"]
    assert ids(index.search("01/20/2009")) == ["b"]
    assert ids(index.search("0113")) == ["a"]
    assert ids(index.search("PR88")) == ["d"]
    assert ids(index.search("jon 2008-02-02")) == ["d"]


def test_nothing_matches_unrelated_text(caseload) -> None:
    index, _people = caseload
    assert index.search("Zebulon") == []


def test_an_empty_query_lists_everyone_by_last_name(caseload) -> None:
    index, _ = caseload
    assert [h.entry.display_name for h in index.search("")] == [
        "Jonathan García",
        "Jon Garrison",
        "María José Hernández",
        "Dez Nguyen",
    ]


def test_changes_and_removals_update_the_index(caseload) -> None:
    index, _people = caseload
    index.put(CaseloadEntry.of("a", youth("Jonathan", "Ramírez", date(2010, 4, 5))))
    assert ids(index.search("garcia")) == []
    assert ids(index.search("ramirez")) == ["a"]
    index.remove("a")
    assert ids(index.search("ramirez")) == []
    # "Jon" is a familiar form of "Jonathan": with Jonathan García gone, only Jon Garrison.
    assert ids(index.search("jonathan")) == ["d"]


def known_list(index: CaseloadIndex, people: dict[str, YouthProfile]):
    return [(index.get(k), v) for k, v in people.items()]


def test_an_alias_match_is_a_possible_duplicate(caseload) -> None:
    index, people = caseload
    new = youth("Majo", "Smith", date(2011, 7, 1))
    found = find_possible_duplicates(new, known_list(index, people))
    assert [(d.entry.youth_id, d.reason) for d in found] == [
        ("c", "name matches an alias, same birth date")
    ]


def test_swapped_first_and_last_names_with_the_same_birth_date(caseload) -> None:
    index, people = caseload
    new = youth("Garcia", "Jonathan", date(2010, 4, 5))
    found = find_possible_duplicates(new, known_list(index, people))
    assert [(d.entry.youth_id, d.reason) for d in found] == [
        ("a", "first and last names swapped, same birth date")
    ]


def test_a_different_birth_date_is_not_a_duplicate(caseload) -> None:
    index, people = caseload
    new = youth("Jonathan", "Garcia", date(2012, 4, 5))
    assert find_possible_duplicates(new, known_list(index, people)) == []


def test_a_missing_birth_date_still_flags_a_same_name(caseload) -> None:
    index, people = caseload
    new = youth("Destiny", "Nguyen")
    found = find_possible_duplicates(new, known_list(index, people))
    assert [(d.entry.youth_id, d.reason) for d in found] == [
        ("b", "same name, birth date not recorded on one of them")
    ]


def test_a_one_letter_slip_in_a_short_name_is_a_possible_duplicate(caseload) -> None:
    """One wrong letter in a six-letter name ("Destini", "Nguyan") is the commonest typing slip;
    with the same birth date it must be flagged, not missed."""
    index, people = caseload
    new = youth("Destini", "Nguyan", date(2009, 1, 20))
    found = find_possible_duplicates(new, known_list(index, people))
    assert [(d.entry.youth_id, d.reason) for d in found] == [("b", "same name, same birth date")]
    # Names that differ by more than a slip are not flagged, even with the same birth date.
    other = youth("Dana", "Nolan", date(2009, 1, 20))
    assert find_possible_duplicates(other, known_list(index, people)) == []


def test_a_name_that_matches_no_one_finds_no_one_even_with_a_birth_date(caseload) -> None:
    index, _ = caseload
    assert ids(index.search("Zebulon 2009-01-20")) == []
    assert ids(index.search("Zebulon 0113")) == []
