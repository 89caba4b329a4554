"""Name words -> youth ids, kept sorted for prefix look-up and grouped by sound.

The caseload index keeps two: single words ("cruz", "delacruz", "lupe") and whole names
written as one word ("wangxiaoming"). Adding or removing a youth costs a few set operations and a
re-sort of the words at the next search, so the index stays in step with every save.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator

from csec_desktop.core.names.fold import sound


class Vocabulary:
    """Words -> youth ids, with the words sorted (prefix look-up by bisection) when first
    searched after a change, and grouped by sound when ``sounds`` is set."""

    def __init__(self, sounds: bool = True) -> None:
        # Lists, not sets: a set takes four to five times a list's memory per youth, and
        # 20,000 youth's words stay in memory for the session. Search unions them into sets.
        self.ids: dict[str, list[str]] = {}
        self.by_sound: dict[str, set[str]] = defaultdict(set)
        self._sounds = sounds
        self._sorted: list[str] = []
        self._stale = False  # words added or removed since the list was sorted

    @property
    def sorted(self) -> list[str]:
        """Every word, in order. Sorting once after a change is cheaper than keeping 40,000
        whole names in order through 20,000 insertions at sign-in."""
        self.prepare()
        return self._sorted

    def prepare(self) -> None:
        """Sort now (at the end of a bulk load) rather than at the next search."""
        if self._stale:
            self._sorted = sorted(self.ids)
            self._stale = False

    def add(self, word: str, youth_id: str) -> None:
        """Each word once per youth: the caseload index takes a youth's words out before it
        adds their changed ones (``CaseloadIndex.put``)."""
        ids = self.ids.get(word)
        if ids is None:
            self.ids[word] = [youth_id]
            self._stale = True
            if self._sounds and (key := sound(word)):
                self.by_sound[key].add(word)
        else:
            ids.append(youth_id)

    def load(self, ids: dict[str, list[str]]) -> None:
        """Every word with its youth at once, into an empty vocabulary (the caseload at
        sign-in): the same state as ``add`` for each, with each word grouped by sound once."""
        self.ids = ids
        self._stale = True
        if self._sounds:
            for word in self.ids:
                if key := sound(word):
                    self.by_sound[key].add(word)

    def discard(self, word: str, youth_id: str) -> None:
        ids = self.ids.get(word)
        if ids is None or youth_id not in ids:
            return
        ids.remove(youth_id)
        if not ids:
            del self.ids[word]
            self._stale = True
            if self._sounds and (key := sound(word)):
                self.by_sound[key].discard(word)

    def starting_with(self, prefix: str) -> Iterator[str]:
        words = self.sorted
        for at in range(bisect_left(words, prefix), len(words)):
            if not words[at].startswith(prefix):
                return
            yield words[at]
