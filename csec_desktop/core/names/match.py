"""Whether two youth's names may be the same person's: the rule both duplicate checks use.

Two name forms (``forms.NameForm``) match when
- their given parts match and their family parts match ("same name"; "name matches an alias"
  when either form is an alias), or
- each one's given part matches the other's family part ("first and last names swapped"), or
- the whole names written as one word are the same ("Wang Xiaoming" / "Xiaoming Wang" /
  "WangXiaoming": "same name in another order or spacing").

Two parts match when one of their one-word forms matches ("Delacruz" / "De la Cruz",
"Maryann" / "Mary Ann"), or when every token of the part with fewer tokens matches a token of
the other: "Hernández" matches "Hernández López" and "López" does too, since either surname of
a paternal + maternal pair is often left off, while "María Guadalupe" does not match
"María Fernanda". Surname particles are left out of that token comparison ("de", "la").

Two tokens match when equal, when a nickname list puts them together (given names only), when
close in spelling (rapidfuzz ratio >= ``SAME``), or when they sound alike (same Metaphone key,
from ``jellyfish``) and are still fairly close in spelling (ratio >= ``SOUNDS_SAME``):
"Kaitlyn" / "Caitlin", "Steven" / "Stephen". Thresholds: docs/decisions.md (name matching).
"""

from __future__ import annotations

from rapidfuzz import fuzz

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP
from csec_desktop.core.names.fold import core_tokens, sound
from csec_desktop.core.names.forms import NameForm
from csec_desktop.core.names.nicknames import NicknameTable, shipped_nicknames

# One wrong letter scores 80 in a five-letter name and 83 in a six-letter one ("Nguyan" for
# "Nguyen"): from 80 up, two spellings are the same name (decision 6).
SAME = 80.0
# Same sound and at least this close in spelling: "Kaitlyn"/"Caitlin" 71, "Stephen"/"Steven"
# 77, "Giovanni"/"Jovani" 71. Below 60 same-sounding keys are mostly coincidence.
SOUNDS_SAME = 60.0

SAME_NAME = QT_TRANSLATE_NOOP("PossibleDuplicate", "same name")
ALIAS = QT_TRANSLATE_NOOP("PossibleDuplicate", "name matches an alias")
SWAPPED = QT_TRANSLATE_NOOP("PossibleDuplicate", "first and last names swapped")
REORDERED = QT_TRANSLATE_NOOP("PossibleDuplicate", "same name in another order or spacing")
NICKNAME = QT_TRANSLATE_NOOP(
    "PossibleDuplicate", "same name with a familiar form of the first name"
)


class NameMatcher:
    """The matching rule above, with a nickname table (the shipped one unless given)."""

    def __init__(self, nicknames: NicknameTable | None = None) -> None:
        self.nicknames = nicknames if nicknames is not None else shipped_nicknames()

    def tokens_match(self, a: str, b: str, nicknames: bool = False) -> bool:
        if a == b or (nicknames and self.nicknames.same(a, b)):
            return True
        score = fuzz.ratio(a, b)
        if score >= SAME:
            return True
        return score >= SOUNDS_SAME and sound(a) != "" and sound(a) == sound(b)

    def parts_match(
        self,
        tokens_a: tuple[str, ...],
        words_a: frozenset[str],
        tokens_b: tuple[str, ...],
        words_b: frozenset[str],
        family: bool = False,
        nicknames: bool = False,
    ) -> bool:
        """Whether two parts match: a one-word form of each, or token by token (shorter in
        longer). ``family`` leaves surname particles out of the token comparison;
        ``nicknames`` lets the nickname table join two tokens."""
        if any(self.tokens_match(a, b, nicknames) for a in words_a for b in words_b):
            return True
        core_a, core_b = list(tokens_a), list(tokens_b)
        if family:
            core_a, core_b = core_tokens(core_a), core_tokens(core_b)
        if not core_a or not core_b:
            return False
        short, long = (core_a, core_b) if len(core_a) <= len(core_b) else (core_b, core_a)
        return all(any(self.tokens_match(s, t, nicknames) for t in long) for s in short)

    def forms_match(self, a: NameForm, b: NameForm, nicknames: bool = False) -> str | None:
        """The reason the two forms may be one person's name, or None. With ``nicknames``,
        given names may also match through the nickname table (surnames never do)."""
        given, family = (a.given, a.given_words), (a.family, a.family_words)
        other_given, other_family = (b.given, b.given_words), (b.family, b.family_words)
        if self.parts_match(*given, *other_given, nicknames=nicknames) and self.parts_match(
            *family, *other_family, family=True
        ):
            if nicknames:
                return NICKNAME
            return ALIAS if a.via_alias or b.via_alias else SAME_NAME
        # Swapped, a surname is compared with given names, where "Le" or "Van" is a name and
        # not a particle: every token counts.
        if self.parts_match(*given, *other_family, nicknames=nicknames) and self.parts_match(
            *family, *other_given, nicknames=nicknames
        ):
            return SWAPPED
        if a.whole & b.whole:
            return REORDERED
        return None

    def names_match(self, mine: list[NameForm], theirs: list[NameForm]) -> str | None:
        """The first reason any form of one name matches any form of the other, or None.

        Nicknames are tried last, so the reason a worker reads is the plainest one ("name
        matches an alias" rather than "familiar form" when both hold). Alias-to-alias matches
        are not counted: two youth who share only a street name are not thereby the same youth.
        """
        for nicknames in (False, True):
            for a in mine:
                for b in theirs:
                    if a.via_alias and b.via_alias:
                        continue
                    reason = self.forms_match(a, b, nicknames)
                    if reason is not None:
                        return reason
        return None
