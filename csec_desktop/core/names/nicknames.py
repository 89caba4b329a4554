"""Given names and their familiar forms ("Lupe" for "Guadalupe", "Chuy" for "Jesús").

The shipped list is ``resources/wordlists/nicknames.txt`` (one group a line,
``full name: form, form``); a county adds groups in its policy file under
``name_matching.nicknames``. Two names are the same given name when some group holds both, so
"Alex" meets "Alejandro" and "Alexander", while "Alejandro" and "Alexander" do not meet through
"Alex". Names are folded like every other name key (``fold.fold``), spaces removed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, StringConstraints

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.names.fold import fold
from csec_desktop.core.paths import read_resource_text

NICKNAME_FILE = ("wordlists", "nicknames.txt")


def _key(name: str) -> str:
    return "".join(fold(name))


class NicknameTable:
    """Groups of given names that count as one; ``same`` and ``variants`` answer from them."""

    def __init__(self, groups: Iterable[Iterable[str]] = ()) -> None:
        self._groups: list[frozenset[str]] = []
        self._of: dict[str, set[int]] = defaultdict(set)
        for group in groups:
            self._add(group)

    def _add(self, group: Iterable[str]) -> None:
        keys = frozenset(key for key in (_key(name) for name in group) if key)
        if len(keys) < 2:
            return
        number = len(self._groups)
        self._groups.append(keys)
        for key in keys:
            self._of[key].add(number)

    def __len__(self) -> int:
        return len(self._groups)

    def with_groups(self, groups: Iterable[Iterable[str]]) -> NicknameTable:
        """This table plus a county's own groups (a new table; this one is unchanged)."""
        return NicknameTable([*self._groups, *groups])

    def same(self, a: str, b: str) -> bool:
        """Whether two folded given names share a group ('lupe', 'guadalupe' -> True)."""
        return a != b and bool(self._of.get(a, set()) & self._of.get(b, set()))

    def variants(self, name: str) -> frozenset[str]:
        """Every other name sharing a group with the folded ``name`` (empty if none)."""
        found: set[str] = set()
        for number in self._of.get(name, ()):
            found |= self._groups[number]
        found.discard(name)
        return frozenset(found)


def parse_nicknames(text: str, source: str = "nicknames") -> list[list[str]]:
    """Groups from the text format above; a malformed line raises ValidationError naming it."""
    groups = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        full, sep, rest = line.partition(":")
        forms = [form.strip() for form in rest.split(",") if form.strip()]
        if not sep or not full.strip() or not forms:
            raise ValidationError(
                f"{source}:{number}: write a full name, a colon and its familiar forms, "
                "for example 'guadalupe: lupe, lupita'"
            )
        groups.append([full.strip(), *forms])
    return groups


@cache
def shipped_nicknames() -> NicknameTable:
    """The list that ships with the app (read once)."""
    text = read_resource_text(*NICKNAME_FILE)
    return NicknameTable(parse_nicknames(text, "/".join(NICKNAME_FILE)))


_Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)]


class NameMatchingPolicy(BaseModel):
    """The county policy's ``name_matching`` section: nickname groups added to the shipped list,
    e.g. ``{"nicknames": [["Fulano", "Fula"]]}`` (each group two to twenty names)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    nicknames: tuple[Annotated[tuple[_Name, ...], Field(min_length=2, max_length=20)], ...] = Field(
        (), max_length=2000
    )

    def table(self) -> NicknameTable:
        """The shipped list plus this county's groups."""
        if not self.nicknames:
            return shipped_nicknames()
        return shipped_nicknames().with_groups(self.nicknames)


def county_nicknames(policy: Any) -> NicknameTable:
    """The nickname table of a county policy: a ``CountyPolicy`` or its raw JSON object (as the
    county authority stores it). A policy without the section gives the shipped list."""
    if isinstance(policy, dict):
        section = NameMatchingPolicy.model_validate(policy.get("name_matching", {}))
    else:
        section = getattr(policy, "name_matching", NameMatchingPolicy())
    return section.table()
