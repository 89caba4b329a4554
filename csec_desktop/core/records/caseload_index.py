"""Searching the caseload by name, alias, birth date or case number, forgiving typos.

A worker types what they know: part of a name, a nickname, names in either order, a birth date,
a case number. Names are folded by ``core/names`` (accents, tone marks and letters such as Đ
transliterated, case removed) into words; each typed word must match some word the youth is
known by: exactly, by prefix, by close spelling (rapidfuzz), as a nickname ("Lupe" finds
"Guadalupe") or by sound (Metaphone). Surnames are also indexed written together and without
their particles ("De la Cruz" as "delacruz" and "cruz"), and whole names as one word in both
orders, so "Delacruz", "DeLaCruz", "Do Minh" (for "Đỗ Minh") and "WangXiaoming" all find the
youth. The index lives in memory for the signed-in session (built from the vault, or from the
entries kept inside the encrypted vault at the last build: ``caseload_snapshot``; never written
anywhere else) so a search over 20,000 youth stays within a keystroke.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime

from rapidfuzz import fuzz, process

from csec_desktop.core.names.fold import PARTICLES, _fold, fold, sound
from csec_desktop.core.names.match import SOUNDS_SAME
from csec_desktop.core.names.nicknames import NicknameTable, shipped_nicknames
from csec_desktop.core.names.vocabulary import Vocabulary
from csec_desktop.core.records.caseload_entry import CaseloadEntry

__all__ = ["CaseloadEntry", "CaseloadIndex", "SearchHit", "fold", "parse_date"]

_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%m-%d-%Y", "%m/%d/%y")
# Per-word scores (0-100). An exact word outranks a prefix, which outranks a nickname, a close
# spelling and a like sound, so the youth whose name was typed comes first among similar ones.
_EXACT, _PREFIX_FLOOR, _NICKNAME, _SOUND = 100.0, 80.0, 92.0, 76.0
_MINOR = 4.0  # taken off a match on a middle name or an alias
# A whole name typed as one word must be at least this long to be looked up as one.
_MIN_WHOLE = 6


def parse_date(text: str) -> date | None:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


@dataclass(frozen=True)
class SearchHit:
    entry: CaseloadEntry
    score: float


class CaseloadIndex:
    def __init__(
        self, entries: list[CaseloadEntry] | None = None, nicknames: NicknameTable | None = None
    ) -> None:
        self._entries: dict[str, CaseloadEntry] = {}
        # Each youth's place in an alphabetical list (surname first), folded once at put().
        self._order: dict[str, tuple[str, ...]] = {}
        self._alphabetical: list[str] | None = None  # youth ids by _order, made when needed
        self._born: dict[date | None, list[str]] = defaultdict(list)  # lists: see Vocabulary
        # Case numbers folded for fragment search ("PR88" finds "PR-88-771").
        self._cases: dict[str, str] = {}
        self._words = Vocabulary()
        self._wholes = Vocabulary(sounds=False)
        self.nicknames = nicknames if nicknames is not None else shipped_nicknames()
        self._load(entries or [])
        # Sorted here, while the caseload loads in the background, not at the first keystroke.
        self._words.prepare()
        self._wholes.prepare()
        self._in_order()

    def _load(self, entries: list[CaseloadEntry]) -> None:
        """``put`` for each entry into an empty index, in one pass (the whole caseload at
        sign-in): each word's youth appended where ``put`` adds them one call at a time, and
        each vocabulary's sound groups made once from its distinct words. The same lists in
        the same order as ``put`` makes (a test compares the two)."""
        by_id = {entry.youth_id: entry for entry in entries}
        if len(by_id) != len(entries):  # one youth twice: the later entry replaces, as put
            for entry in entries:
                self.put(entry)
            return
        self._entries = by_id
        order, born, cases = self._order, self._born, self._cases
        # Appended through defaultdicts (a word's first youth makes its list), then plain
        # dicts again, as ``put`` and ``Vocabulary`` expect.
        words: defaultdict[str, list[str]] = defaultdict(list)
        wholes: defaultdict[str, list[str]] = defaultdict(list)
        for entry in entries:
            youth_id = entry.youth_id
            order[youth_id] = _order_key(entry)
            born[entry.birth_date].append(youth_id)
            cases[youth_id] = _cases_text(entry)
            for token in entry.name_tokens:
                words[token].append(youth_id)
            for whole in entry.whole_names:
                wholes[whole].append(youth_id)
        self._words.load(dict(words))
        self._wholes.load(dict(wholes))

    def __len__(self) -> int:
        return len(self._entries)

    def put(self, entry: CaseloadEntry) -> None:
        self.remove(entry.youth_id)
        self._entries[entry.youth_id] = entry
        self._order[entry.youth_id] = _order_key(entry)
        self._alphabetical = None
        self._born[entry.birth_date].append(entry.youth_id)
        self._cases[entry.youth_id] = _cases_text(entry)
        for token in entry.name_tokens:
            self._words.add(token, entry.youth_id)
        for whole in entry.whole_names:
            self._wholes.add(whole, entry.youth_id)

    def remove(self, youth_id: str) -> None:
        old = self._entries.pop(youth_id, None)
        if old is None:
            return
        del self._order[youth_id], self._cases[youth_id]
        self._alphabetical = None
        self._born[old.birth_date].remove(youth_id)
        for token in old.name_tokens:
            self._words.discard(token, youth_id)
        for whole in old.whole_names:
            self._wholes.discard(whole, youth_id)

    def get(self, youth_id: str) -> CaseloadEntry | None:
        return self._entries.get(youth_id)

    def born_on_or_unrecorded(self, day: date | None) -> set[str]:
        """Youth born on ``day`` or with no birth date recorded; everyone when ``day`` is None
        (who a new profile may duplicate, ``duplicates.find_possible_duplicates``)."""
        if day is None:
            return set(self._entries)
        return {*self._born.get(day, ()), *self._born.get(None, ())}

    def entries(self) -> list[CaseloadEntry]:
        return [self._entries[youth_id] for youth_id in self._in_order()]

    def _in_order(self) -> list[str]:
        if self._alphabetical is None:
            self._alphabetical = sorted(self._order, key=self._order.__getitem__)
        return self._alphabetical

    def token_matches(self, token: str) -> dict[str, float]:
        """Vocabulary words close to ``token`` with a 0-100 score."""
        # Every token matches the names it begins, from its first letter: "j" lists the J names
        # as the worker types, and "maria g" narrows by an initial. Misspellings need length.
        found: dict[str, float] = {
            known: _prefix_score(token, known) for known in self._words.starting_with(token)
        }

        def offer(known: str, score: float) -> None:
            found[known] = max(found.get(known, 0.0), score)

        for known in self.nicknames.variants(token):
            if known in self._words.ids:
                offer(known, _NICKNAME)
        if len(token) >= 4:
            cutoff = 80 if len(token) >= 6 else 75
            for known, score, _ in process.extract(
                token, self._words.sorted, scorer=fuzz.ratio, score_cutoff=cutoff, limit=None
            ):
                offer(known, min(float(score), _NICKNAME - 1))
            for known in self._words.by_sound.get(sound(token), ()):
                if fuzz.ratio(token, known) >= SOUNDS_SAME:
                    offer(known, _SOUND)
        return found

    def _word_scores(self, words: list[str]) -> dict[str, float] | None:
        """Youth matching every word, with the mean of their best word scores.

        The youth matching all words are found by set operations first; only they are scored
        (by the words each is known by), which keeps a keystroke fast at 20,000 youth.
        """
        if not words:
            return None
        matched = [self.token_matches(token) for token in words]
        candidates: set[str] | None = None
        for found in sorted(matched, key=len):
            ids = set().union(*(self._words.ids[known] for known in found))
            candidates = ids if candidates is None else candidates & ids
            if not candidates:
                return {}
        scores = {}
        for youth_id in candidates or ():
            entry = self._entries[youth_id]
            total = 0.0
            for found in matched:
                best = 0.0
                for known in entry.name_tokens:
                    score = found.get(known)
                    if score is not None:
                        best = max(best, score - _MINOR if known in entry.minor_tokens else score)
                total += best
            scores[youth_id] = total / len(words)
        return scores

    def _name_scores(self, names: list[str]) -> dict[str, float] | None:
        """Best score per youth over the ways the typed words may be read (see module doc)."""
        best = self._word_scores(names)
        if best is None:
            return None
        joined = _join_particles(names)
        if joined != names:
            for youth_id, score in (self._word_scores(joined) or {}).items():
                best[youth_id] = max(best.get(youth_id, 0.0), score)
        whole = "".join(names)
        if len(whole) >= _MIN_WHOLE:
            for known in self._wholes.starting_with(whole):
                for youth_id in self._wholes.ids[known]:
                    score = _prefix_score(whole, known)
                    best[youth_id] = max(best.get(youth_id, 0.0), score)
        return best

    def search(self, query: str, limit: int = 500) -> list[SearchHit]:
        names, digits, dates = _split_query(query)
        if not (names or digits or dates):
            return [SearchHit(entry, 100.0) for entry in self.entries()[:limit]]
        scored = self._name_scores(names)
        if dates:
            born = set().union(*(self._born.get(day, ()) for day in dates))
            named = scored if scored is not None else dict.fromkeys(born, 100.0)
            scored = {youth_id: score for youth_id, score in named.items() if youth_id in born}
        cases = self._cases
        if scored is None:  # case-number fragments alone: everyone, alphabetically
            found = self._in_order()
            for fragment in map(_case_key, digits):
                found = [youth_id for youth_id in found if fragment in cases[youth_id]]
            return [SearchHit(self._entries[youth_id], 100.0) for youth_id in found[:limit]]
        for fragment in map(_case_key, digits):
            scored = {k: v for k, v in scored.items() if fragment in cases[k]}
        kept = [(-score, self._order[youth_id]) for youth_id, score in scored.items()]
        best = heapq.nsmallest(limit, kept)
        return [SearchHit(self._entries[order[-1]], -negative) for negative, order in best]


def _prefix_score(typed: str, known: str) -> float:
    """100 for the whole word; a prefix scores more the more of the word it covers."""
    if typed == known:
        return _EXACT
    return _PREFIX_FLOOR + (_EXACT - 1 - _PREFIX_FLOOR) * len(typed) / len(known)


def _join_particles(names: list[str]) -> list[str]:
    """Particles written onto the next word: ['luis', 'de', 'la', 'cruz'] -> ['luis',
    'delacruz']."""
    joined: list[str] = []
    pending = ""
    for token in names:
        if token in PARTICLES:
            pending += token
            continue
        joined.append(pending + token)
        pending = ""
    if pending:
        joined.append(pending)
    return joined


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


def _case_key(text: str) -> str:
    return text.casefold().replace("-", "")


def _order_key(entry: CaseloadEntry) -> tuple[str, ...]:
    """Where the youth stands alphabetically: the shown name's words last to first, then the
    id (so two youth of one name keep a fixed order)."""
    return (*_fold(entry.display_name)[::-1], entry.youth_id)


def _cases_text(entry: CaseloadEntry) -> str:
    """The case numbers as one searchable text (case-folded, dashes dropped)."""
    return " ".join([_case_key(n) for n in entry.case_numbers])
