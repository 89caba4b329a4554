"""BASELINE, frozen: caseload search and the duplicate check as they were before the shared
name module (``csec_desktop/core/names``), kept only so the name benchmark can measure the old
behaviour beside the new one in the same run. Copied verbatim from
``core/records/caseload_index.py`` and ``core/records/duplicates.py`` as of commit b544a51
(only the result type of the duplicate check is a plain tuple here). Never import it from the
product.
"""

# ruff: noqa
# mypy: ignore-errors
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from rapidfuzz import fuzz, process

from csec_desktop.core.records.youth import YouthProfile

_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%m-%d-%Y", "%m/%d/%y")
_NON_WORD = re.compile(r"[^\w]+")


def fold(text: str) -> list[str]:
    """Lower-case, accent-free word tokens: 'José-María' -> ['jose', 'maria']."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return [token for token in _NON_WORD.split(bare.replace("_", " ")) if token]


def parse_date(text: str) -> date | None:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


@dataclass(frozen=True)
class CaseloadEntry:
    youth_id: str
    display_name: str
    legal_name: str
    pronouns: str
    birth_date: date | None
    agency: str
    case_numbers: tuple[str, ...]
    in_care: bool
    name_tokens: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of(cls, youth_id: str, profile: YouthProfile) -> CaseloadEntry:
        tokens = {token for name in profile.name_variants() for token in fold(name)}
        return cls(
            youth_id,
            profile.display_name,
            profile.legal_name,
            profile.pronouns,
            profile.birth_date,
            profile.agency.value,
            profile.case_numbers,
            profile.in_care,
            frozenset(tokens),
        )


@dataclass(frozen=True)
class SearchHit:
    entry: CaseloadEntry
    score: float


class CaseloadIndex:
    def __init__(self, entries: list[CaseloadEntry] | None = None) -> None:
        self._entries: dict[str, CaseloadEntry] = {}
        self._by_token: dict[str, set[str]] = defaultdict(set)
        for entry in entries or []:
            self.put(entry)

    def __len__(self) -> int:
        return len(self._entries)

    def put(self, entry: CaseloadEntry) -> None:
        self.remove(entry.youth_id)
        self._entries[entry.youth_id] = entry
        for token in entry.name_tokens:
            self._by_token[token].add(entry.youth_id)

    def remove(self, youth_id: str) -> None:
        old = self._entries.pop(youth_id, None)
        if old is None:
            return
        for token in old.name_tokens:
            ids = self._by_token[token]
            ids.discard(youth_id)
            if not ids:
                del self._by_token[token]

    def get(self, youth_id: str) -> CaseloadEntry | None:
        return self._entries.get(youth_id)

    def entries(self) -> list[CaseloadEntry]:
        return sorted(self._entries.values(), key=lambda e: fold(e.display_name)[::-1])

    def token_matches(self, token: str) -> dict[str, float]:
        """Vocabulary tokens close to ``token`` with a 0-100 score."""
        # Every token matches the names it begins, from its first letter: "j" lists the J names
        # as the worker types, and "maria g" narrows by an initial. Misspellings need length.
        found: dict[str, float] = {
            known: 100.0 for known in self._by_token if known.startswith(token)
        }
        if len(token) >= 4:
            cutoff = 80 if len(token) >= 6 else 75
            for known, score, _ in process.extract(
                token, list(self._by_token), scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                found[known] = max(found.get(known, 0.0), float(score))
        return found

    def search(self, query: str, limit: int = 500) -> list[SearchHit]:
        names, digits, dates = _split_query(query)
        if not (names or digits or dates):
            return [SearchHit(entry, 100.0) for entry in self.entries()[:limit]]
        candidates: dict[str, float] | None = None
        for token in names:
            scores: dict[str, float] = {}
            for known, score in self.token_matches(token).items():
                for youth_id in self._by_token[known]:
                    scores[youth_id] = max(scores.get(youth_id, 0.0), score)
            candidates = (
                scores
                if candidates is None
                else {k: candidates[k] + v for k, v in scores.items() if k in candidates}
            )
        pool = candidates if candidates is not None else dict.fromkeys(self._entries, 100.0)
        hits = []
        for youth_id, total in pool.items():
            entry = self._entries[youth_id]
            if dates and entry.birth_date not in dates:
                continue
            if digits and not all(_case_number_match(d, entry.case_numbers) for d in digits):
                continue
            hits.append(SearchHit(entry, total / max(len(names), 1)))
        hits.sort(key=lambda hit: (-hit.score, fold(hit.entry.display_name)[::-1]))
        return hits[:limit]


def _split_query(query: str) -> tuple[list[str], list[str], set[date]]:
    names: list[str] = []
    digits: list[str] = []
    dates: set[date] = set()
    for part in query.split():
        when = parse_date(part)
        if when is not None:
            dates.add(when)
        elif any(ch.isdigit() for ch in part):
            digits.append(part.casefold())
        else:
            names.extend(fold(part))
    return names, digits, dates


def _case_number_match(fragment: str, case_numbers: tuple[str, ...]) -> bool:
    wanted = fragment.replace("-", "")
    return any(wanted in number.casefold().replace("-", "") for number in case_numbers)


# Two names are "the same" from this score up (rapidfuzz's ratio, 0-100). One wrong letter
# scores 80 in a five-letter name and 83 in a six-letter one ("Nguyan" for "Nguyen"), so 80
# still catches the commonest typing slip; the birth date must match too (or be missing), and a
# flag is only a question for a person. Twins whose names differ by a letter are flagged as
# well, which the worker answers by adding the second youth anyway.
SAME = 80.0


def _pairs(names: list[str], last_name: str = "") -> list[tuple[str, str]]:
    """(first, last) token pairs; a one-word alias is read as a first name with the last name."""
    pairs = []
    surname = fold(last_name)
    for name in names:
        tokens = fold(name)
        if len(tokens) >= 2:
            pairs.append((tokens[0], tokens[-1]))
        elif len(tokens) == 1 and surname:
            pairs.append((tokens[0], surname[-1]))
    return pairs


def _close(a: str, b: str) -> bool:
    return fuzz.ratio(a, b) >= SAME


def _compare(new: YouthProfile, known: YouthProfile) -> str | None:
    new_main = _pairs(
        [f"{new.legal_first_name} {new.legal_last_name}"]
        + ([f"{new.chosen_name} {new.legal_last_name}"] if new.chosen_name else [])
    )
    new_alias = _pairs(list(new.aliases), new.legal_last_name)
    old_main = _pairs(
        [f"{known.legal_first_name} {known.legal_last_name}"]
        + ([f"{known.chosen_name} {known.legal_last_name}"] if known.chosen_name else [])
    )
    old_alias = _pairs(list(known.aliases), known.legal_last_name)
    for mine, theirs, via_alias in (
        (new_main, old_main, False),
        (new_main, old_alias, True),
        (new_alias, old_main, True),
    ):
        for first, last in mine:
            for other_first, other_last in theirs:
                if _close(first, other_first) and _close(last, other_last):
                    return "name matches an alias" if via_alias else "same name"
                if _close(first, other_last) and _close(last, other_first):
                    return "first and last names swapped"
    return None


def find_possible_duplicates(
    new: YouthProfile, known: list[tuple[CaseloadEntry, YouthProfile]]
) -> list[tuple[CaseloadEntry, str]]:
    found = []
    for entry, profile in known:
        if new.birth_date and profile.birth_date and new.birth_date != profile.birth_date:
            continue
        reason = _compare(new, profile)
        if reason is None:
            continue
        if new.birth_date and profile.birth_date:
            reason += ", same birth date"
        else:
            reason += ", birth date not recorded on one of them"
        found.append((entry, reason))
    return found
