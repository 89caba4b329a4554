"""Each name pattern of California's caseloads, through the functions the product calls: the
possible-duplicate check (laptop and county share it) and caseload search.

Every pair has the same birth date, as in the issue's trials: a "match" must be flagged (and
found by search), a "different" pair of siblings or namesakes must not be flagged.
"""

from __future__ import annotations

from datetime import date

import pytest

from csec_desktop.core.records.caseload_index import CaseloadEntry, CaseloadIndex
from csec_desktop.core.records.duplicates import find_possible_duplicates
from csec_desktop.core.records.youth import Agency, YouthProfile

BORN = date(2011, 3, 14)


def youth(first: str, last: str, middle: str = "", aliases: tuple[str, ...] = ()) -> YouthProfile:
    return YouthProfile(
        legal_first_name=first,
        legal_middle_name=middle,
        legal_last_name=last,
        aliases=aliases,
        birth_date=BORN,
        agency=Agency.CHILD_WELFARE,
    )


def flag(new: YouthProfile, known: YouthProfile) -> str | None:
    found = find_possible_duplicates(new, [(CaseloadEntry.of("known", known), known)])
    return found[0].reason if found else None


MATCHES = [
    # Vietnamese: Đ and tone marks typed or not, family name first or last.
    ("vietnamese", youth("Minh", "Đỗ"), youth("Minh", "Do"), "same name"),
    ("vietnamese", youth("Minh", "Đỗ"), youth("Do", "Minh"), "first and last names swapped"),
    ("vietnamese", youth("Lan", "Nguyễn", "Thị"), youth("Lan", "Nguyen"), "same name"),
    ("vietnamese", youth("Lan", "Nguyễn", "Thị"), youth("Nguyen Thi", "Lan"), "swapped"),
    ("vietnamese", youth("Đức", "Lê", "Thị"), youth("Le Thi", "Duc"), "swapped"),
    # Particles joined or separated.
    ("particles", youth("Luis", "De la Cruz"), youth("Luis", "Delacruz"), "same name"),
    ("particles", youth("Luis", "De la Cruz"), youth("Luis", "DeLaCruz"), "same name"),
    ("particles", youth("Luis", "Delacruz"), youth("Luis", "Cruz"), "same name"),
    ("particles", youth("Ana", "Van der Berg"), youth("Ana", "Vanderberg"), "same name"),
    ("particles", youth("Omar", "Bin Hassan"), youth("Omar", "Hassan"), "same name"),
    # Paternal + maternal surnames: either may be left off.
    ("double surname", youth("María", "Hernández López"), youth("Maria", "Lopez"), "same name"),
    ("double surname", youth("María", "Hernández López"), youth("Maria", "Hernandez"), "same"),
    (
        "double surname",
        youth("María", "Hernández López"),
        youth("María", "López", "Hernández"),
        "same name",
    ),
    ("double surname", youth("Diego", "Ruiz y Soto"), youth("Diego", "Soto Ruiz"), "same name"),
    # CJK: either order, with or without a space, characters or romanised.
    ("cjk", youth("Xiaoming", "Wang"), youth("Wang", "Xiaoming"), "swapped"),
    ("cjk", youth("Xiaoming", "Wang"), youth("Xiao Ming", "Wang"), "same name"),
    ("cjk", youth("Xiaoming", "Wang"), youth("小明", "王"), "same name"),
    ("cjk", youth("Mei Ling", "Chen"), youth("Mei", "Ling Chen"), "same name"),
    ("cjk", youth("Mei Ling", "Chen"), youth("Chen", "Meiling"), "swapped"),
    ("cjk", youth("Wang", "Xiaoming"), youth("Wang Xiao", "Ming"), "another order or spacing"),
    ("cjk", youth("Min-jun", "Kim"), youth("Kim", "Minjun"), "swapped"),
    # Nicknames.
    ("nickname", youth("Guadalupe", "Reyes"), youth("Lupe", "Reyes"), "familiar form"),
    ("nickname", youth("Jesús", "Flores"), youth("Chuy", "Flores"), "familiar form"),
    ("nickname", youth("Robert", "Smith"), youth("Bobby", "Smith"), "familiar form"),
    ("nickname", youth("María José", "Ortiz"), youth("Majo", "Ortiz"), "familiar form"),
    # Hyphens.
    ("hyphen", youth("Ana", "García-López"), youth("Ana", "Garcia Lopez"), "same name"),
    ("hyphen", youth("Ana", "García-López"), youth("Ana", "Lopez"), "same name"),
    ("hyphen", youth("Jean-Luc", "Moore"), youth("Jeanluc", "Moore"), "same name"),
    ("hyphen", youth("Anne-Marie", "Moore"), youth("Anne Marie", "Moore"), "same name"),
    # Spellings that sound alike.
    ("sound", youth("Kaitlyn", "Moore"), youth("Caitlin", "Moore"), "same name"),
    ("sound", youth("Stephen", "Brooks"), youth("Steven", "Brooks"), "same name"),
]

DIFFERENT = [
    ("siblings", youth("Ana", "Ruiz"), youth("Sofía", "Ruiz")),
    ("siblings", youth("Ivan", "Moore"), youth("Evan", "Moore")),
    ("siblings", youth("Sofía", "Hernández López"), youth("Diego", "Hernández López")),
    ("siblings", youth("María Guadalupe", "Ruiz"), youth("María Fernanda", "Ruiz")),
    ("siblings", youth("María", "Ruiz", "Guadalupe"), youth("María", "Ruiz", "Fernanda")),
    ("siblings", youth("Lan", "Nguyễn", "Thị"), youth("Hoa", "Nguyễn", "Thị")),
    ("siblings", youth("Minh", "Đỗ"), youth("Linh", "Đỗ")),
    ("siblings", youth("Alejandro", "Ruiz"), youth("Alexander", "Ruiz")),
    ("namesakes", youth("Luis", "De la Cruz"), youth("Luis", "De la Rosa")),
    ("namesakes", youth("Minh", "Lê"), youth("Minh", "Lý")),
    ("namesakes", youth("Na", "Li"), youth("Ming", "Li")),
    ("namesakes", youth("Maria", "Lopez"), youth("Maria", "Ramirez")),
]


@pytest.mark.parametrize(("pattern", "known", "new", "reason"), MATCHES)
def test_the_same_youth_typed_another_way_is_a_possible_duplicate(
    pattern: str, known: YouthProfile, new: YouthProfile, reason: str
) -> None:
    found = flag(new, known)
    assert found is not None, (
        f"{pattern}: {new.legal_name!r} not flagged against {known.legal_name!r}"
    )
    assert reason in found and found.endswith("same birth date")


@pytest.mark.parametrize(("pattern", "known", "new"), DIFFERENT)
def test_different_youth_with_the_same_birth_date_are_not_flagged(
    pattern: str, known: YouthProfile, new: YouthProfile
) -> None:
    assert flag(new, known) is None, f"{pattern}: {new.legal_name!r} / {known.legal_name!r}"


@pytest.fixture(scope="module")
def index() -> CaseloadIndex:
    people = {
        "do": youth("Minh", "Đỗ"),
        "do-sister": youth("Linh", "Đỗ"),
        "cruz": youth("Luis", "De la Cruz"),
        "rosa": youth("Luis", "De la Rosa"),
        "joined": youth("Ana", "Delacruz"),
        "maria": youth("María", "Hernández López"),
        "wang": youth("Xiaoming", "Wang"),
        "lupe": youth("Guadalupe", "Reyes"),
        "kaitlyn": youth("Kaitlyn", "Moore"),
        "hyphen": youth("Ana", "García-López"),
        "others": youth("Dominic", "Minhas"),
    }
    return CaseloadIndex([CaseloadEntry.of(k, v) for k, v in people.items()])


@pytest.mark.parametrize(
    ("query", "wanted"),
    [
        ("Do Minh", "do"),
        ("Minh Do", "do"),
        ("Delacruz", "cruz"),
        ("Luis DeLaCruz", "cruz"),
        ("Luis De la Cruz", "cruz"),
        ("Ana De la Cruz", "joined"),
        ("Ana Cruz", "joined"),
        ("Maria Lopez", "maria"),
        ("Maria Hernandez", "maria"),
        ("WangXiaoming", "wang"),
        ("Wang Xiao Ming", "wang"),
        ("Xiaoming Wang", "wang"),
        ("王小明", "wang"),
        ("Lupe Reyes", "lupe"),
        ("Caitlin Moore", "kaitlyn"),
        ("Garcia Lopez", "hyphen"),
        ("García-López", "hyphen"),
    ],
)
def test_search_puts_the_youth_first(index: CaseloadIndex, query: str, wanted: str) -> None:
    hits = [hit.entry.youth_id for hit in index.search(query)]
    assert hits[:1] == [wanted], f"{query!r} -> {hits}"


def test_search_lists_siblings_by_name_and_puts_the_one_typed_first(index: CaseloadIndex) -> None:
    # "Do" also begins "Dominic": listed, after the two whose surname it is.
    assert [h.entry.youth_id for h in index.search("Đỗ")] == ["do-sister", "do", "others"]
    assert [h.entry.youth_id for h in index.search("Linh Do")][:1] == ["do-sister"]
    assert [h.entry.youth_id for h in index.search("Luis Delarosa")] == ["rosa"]


def test_a_name_of_marks_only_neither_matches_nor_breaks_the_checks() -> None:
    marks = youth("-", "?", aliases=("…",))
    assert flag(marks, youth("Ana", "Ruiz")) is None
    assert flag(youth("Ana", "Ruiz"), marks) is None
    index = CaseloadIndex([CaseloadEntry.of("marks", marks)])
    assert index.search("ana") == [] and len(index.search("")) == 1
