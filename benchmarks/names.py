"""Name matching on labelled pairs: duplicate check and caseload search, before and after.

    .venv/bin/python -m benchmarks.names [--youth 20000]

Reads benchmarks/name_pairs.csv (fictional pairs, written by ``benchmarks.name_pairs_make``:
one youth typed two ways, or two different youth with the same birth date) and measures, in the
same run, the old rule (``benchmarks.names_baseline``, a frozen copy) and the product's
(``core/names``):

- the possible-duplicate check on each pair (record B added while A is on the laptop, same
  birth date): precision and recall over the labels;
- caseload search: every "match" pair's record A among ``--youth`` youth (the other pairs'
  records and fictional youth from ``core/demo_data``), searched for by record B's name as
  typed; recall@10 (A among the first ten hits) and the top-5 rate, and the search time.

Targets (issue 20): recall >= 0.95 at precision >= 0.9; top-5 >= 0.97; median < 10 ms.
"""

from __future__ import annotations

import argparse
import csv
import random
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks import names_baseline as before
from benchmarks.common import Row, print_rows, print_table, summary_ms
from csec_desktop.core.demo_data import fictional_profile
from csec_desktop.core.names.fold import fold
from csec_desktop.core.records.caseload_index import CaseloadEntry, CaseloadIndex
from csec_desktop.core.records.duplicates import find_possible_duplicates
from csec_desktop.core.records.youth import Agency, YouthProfile

PAIRS = Path(__file__).with_name("name_pairs.csv")
BEFORE, AFTER = "before", "after"


@dataclass(frozen=True)
class Pair:
    number: int
    pattern: str
    same: bool
    a: YouthProfile
    b: YouthProfile

    @property
    def typed(self) -> str:
        """Record B's name as a worker would type it into the search box."""
        parts = (self.b.legal_first_name, self.b.legal_middle_name, self.b.legal_last_name)
        return " ".join(part for part in parts if part)


def _profile(first: str, middle: str, last: str, aliases: str, born: date) -> YouthProfile:
    return YouthProfile(
        legal_first_name=first,
        legal_middle_name=middle,
        legal_last_name=last,
        aliases=tuple(alias for alias in aliases.split(";") if alias),
        birth_date=born,
        agency=Agency.CHILD_WELFARE,
    )


def load_pairs(path: Path = PAIRS) -> list[Pair]:
    pairs = []
    with path.open(encoding="utf-8", newline="") as source:
        for number, line in enumerate(csv.DictReader(source)):
            born = date(2009, 1, 1) + timedelta(days=number)
            a = _profile(line["a_first"], line["a_middle"], line["a_last"], line["a_aliases"], born)
            b = _profile(line["b_first"], line["b_middle"], line["b_last"], line["b_aliases"], born)
            pairs.append(Pair(number, line["pattern"], line["label"] == "match", a, b))
    return pairs


def flagged(pair: Pair, rule: str) -> bool:
    """Whether the duplicate check flags B against A (A the only youth on the laptop)."""
    if rule == BEFORE:
        old_known = [(before.CaseloadEntry.of("a", pair.a), pair.a)]
        return bool(before.find_possible_duplicates(pair.b, old_known))
    return bool(find_possible_duplicates(pair.b, [(CaseloadEntry.of("a", pair.a), pair.a)]))


def precision_recall(pairs: Sequence[Pair], verdicts: Sequence[bool]) -> tuple[float, float]:
    hits = sum(1 for pair, flag in zip(pairs, verdicts, strict=True) if flag and pair.same)
    flags, wanted = sum(verdicts), sum(1 for pair in pairs if pair.same)
    return (hits / flags if flags else 1.0), hits / wanted


def _name_key(profile: YouthProfile) -> tuple[str, ...]:
    return tuple(fold(profile.legal_name))


def population(pairs: Sequence[Pair], youth: int) -> dict[str, YouthProfile]:
    """Every pair's record A (and both records of the 'different' pairs), then fictional youth
    (``core/demo_data``) up to ``youth``, each with a legal name no one else in it has and
    none of the typed queries: namesakes are told apart by birth date, not by a name search."""
    people: dict[str, YouthProfile] = {}
    taken: set[tuple[str, ...]] = set()
    for pair in pairs:
        people[f"pair-{pair.number}"] = pair.a
        taken |= {_name_key(pair.a), _name_key(pair.b)}
        if not pair.same:
            people[f"other-{pair.number}"] = pair.b
    rng, today = random.Random(20), date(2026, 6, 1)
    while len(people) < youth:
        made = fictional_profile(rng, today)
        if _name_key(made) not in taken:
            taken.add(_name_key(made))
            people[f"demo-{len(people)}"] = made
    return people


@dataclass(frozen=True)
class SearchResult:
    ranks: dict[int, int | None]  # pair number -> 0-based rank of record A, None if not listed
    seconds: list[float]

    def rate(self, within: int, numbers: Sequence[int] | None = None) -> float:
        chosen = list(self.ranks) if numbers is None else numbers
        found = [n for n in chosen if (rank := self.ranks[n]) is not None and rank < within]
        return len(found) / len(chosen) if chosen else float("nan")


def run_searches(search: Callable[[str], list[Any]], pairs: Sequence[Pair]) -> SearchResult:
    ranks: dict[int, int | None] = {}
    seconds = []
    for pair in pairs:
        start = time.perf_counter()
        hits = search(pair.typed)
        seconds.append(time.perf_counter() - start)
        # A youth listed under the very name shown for the target (another pair's record, or a
        # fictional youth whose middle name differs) is no rival: on screen only the birth date
        # and age tell them apart, and they are listed together.
        target = f"pair-{pair.number}"
        shown = fold(pair.a.display_name)
        ids = [
            hit.entry.youth_id
            for hit in hits
            if hit.entry.youth_id == target or fold(hit.entry.display_name) != shown
        ]
        ranks[pair.number] = ids.index(target) if target in ids else None
    return SearchResult(ranks, seconds)


def measure(youth: int = 20_000, show_patterns: bool = True) -> list[Row]:
    pairs = load_pairs()
    verdicts = {rule: [flagged(pair, rule) for pair in pairs] for rule in (BEFORE, AFTER)}
    people = population(pairs, youth)
    old_index = before.CaseloadIndex([before.CaseloadEntry.of(k, v) for k, v in people.items()])
    new_index = CaseloadIndex([CaseloadEntry.of(k, v) for k, v in people.items()])
    matches = [pair for pair in pairs if pair.same]
    searched = {
        BEFORE: run_searches(old_index.search, matches),
        AFTER: run_searches(new_index.search, matches),
    }
    if show_patterns:
        print_patterns(pairs, verdicts, searched)
    (p_old, r_old), (p_new, r_new) = (precision_recall(pairs, verdicts[r]) for r in (BEFORE, AFTER))
    (m_old, p95_old), (m_new, p95_new) = (summary_ms(searched[r].seconds) for r in (BEFORE, AFTER))
    base = "before: old rule, same run"
    n, q = len(pairs), len(matches)
    return [
        Row(f"duplicate check recall, {n} labelled pairs", r_new, "", base, r_old),
        Row(f"duplicate check precision, {n} labelled pairs", p_new, "", base, p_old),
        Row(f"search recall@10, {q} variant queries", searched[AFTER].rate(10), "", base,
            searched[BEFORE].rate(10)),
        Row(f"search top-5 rate, {q} variant queries", searched[AFTER].rate(5), "", base,
            searched[BEFORE].rate(5)),
        Row(f"name search time, {len(people):,} youth", m_new, "ms", base, m_old, p95_new,
            p95_old),
    ]  # fmt: skip


def print_patterns(
    pairs: Sequence[Pair], verdicts: dict[str, list[bool]], searched: dict[str, SearchResult]
) -> None:
    """Per pattern: share flagged by the duplicate check, and search top-5 rate, before/after."""
    groups: dict[str, list[int]] = defaultdict(list)
    for index, pair in enumerate(pairs):
        groups[pair.pattern].append(index)
    lines = []
    for pattern, indexes in groups.items():
        same = pairs[indexes[0]].same
        numbers = [pairs[i].number for i in indexes]
        flagged_share = {
            rule: sum(verdicts[rule][i] for i in indexes) / len(indexes) for rule in verdicts
        }
        top5 = {rule: searched[rule].rate(5, numbers) if same else None for rule in searched}
        lines.append((
            pattern, "match" if same else "different", len(indexes),
            f"{flagged_share[BEFORE]:.2f}", f"{flagged_share[AFTER]:.2f}",
            "" if top5[BEFORE] is None else f"{top5[BEFORE]:.2f}",
            "" if top5[AFTER] is None else f"{top5[AFTER]:.2f}",
        ))  # fmt: skip
    header = ("pattern", "label", "pairs", "flagged before", "flagged after", "top-5 before",
              "top-5 after")  # fmt: skip
    print_table("Name pairs by pattern (flagged: share the duplicate check flags)", header, lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--youth", type=int, default=20_000, help="search population size")
    args = parser.parse_args(argv)
    print_rows("Name matching: duplicate check and search, before and after", measure(args.youth))


if __name__ == "__main__":
    main()
