"""Name words -> youth ids, kept sorted for prefix look-up and grouped by sound.

The caseload index keeps two: single words ("cruz", "delacruz", "lupe") and whole names
written as one word ("wangxiaoming"). Adding and removing one youth costs a bisection and a
list insertion, so the index stays in step with every save without a rebuild.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from collections import defaultdict
from collections.abc import Iterator

from csec_desktop.core.names.match import sound


class Vocabulary:
    """Words -> youth ids, with the words kept sorted (prefix look-up by bisection)."""

    def __init__(self) -> None:
        self.ids: dict[str, set[str]] = defaultdict(set)
        self.sorted: list[str] = []
        self.by_sound: dict[str, set[str]] = defaultdict(set)

    def add(self, word: str, youth_id: str) -> None:
        if word not in self.ids:
            insort(self.sorted, word)
            if key := sound(word):
                self.by_sound[key].add(word)
        self.ids[word].add(youth_id)

    def discard(self, word: str, youth_id: str) -> None:
        ids = self.ids.get(word)
        if ids is None:
            return
        ids.discard(youth_id)
        if not ids:
            del self.ids[word]
            del self.sorted[bisect_left(self.sorted, word)]
            if key := sound(word):
                self.by_sound[key].discard(word)

    def starting_with(self, prefix: str) -> Iterator[str]:
        words = self.sorted
        for at in range(bisect_left(words, prefix), len(words)):
            if not words[at].startswith(prefix):
                return
            yield words[at]
