"""Paragraphs with no complex-script run are laid out unshaped, and the printed copies are the
same as when every paragraph is shaped and wrapped afresh (decision 68).

The fast path (``shaping.needed`` false: ReportLab's one-run path; ``blocks._Paragraph``'s wrap
cache) and the plain path (every paragraph shaped, as before; every wrap done again, as bare
ReportLab does) are compared through the real service over the demo caseload: every audience's
copy of each instrument's longest record, and the youth's copy in languages whose notice is set
in a shaped or right-to-left script; and a case with every free text at its maximum length and
a Khmer word in every label, whose paragraphs split across pages both shaped and unshaped. Same
page count, same text, and every run of text drawn at the same place on the same page.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph

from csec_desktop.core.demo_seed import seed_caseload
from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.youth import Agency, YouthProfile
from csec_desktop.core.reports import blocks, shaping
from csec_desktop.core.reports.service import SummaryService
from csec_desktop.core.screening_policy import default_screening_policy
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from tests.core.reports.printing_case import Case, build_case

INSTRUMENTS = ("csec_identification", "csec_identification_brief", "holistic_needs")
AUDIENCES = ("case", "mdt", "caregiver", "youth")
# Khmer, Hindi, Punjabi, Thai and Lao are shaped; Arabic and Farsi right to left; Chinese in
# the CJK font; Spanish in the body font with accents.
LANGUAGES = ("km", "hi", "pa", "th", "lo", "ar", "fa", "zh-Hant", "es")


@dataclass
class Demo:
    service: SummaryService
    records: dict[str, str]  # instrument id -> its completed record with the longest explanation


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    def clock() -> datetime:
        return datetime(2026, 3, 2, 17, 0, tzinfo=UTC)

    folder: Path = tmp_path_factory.mktemp("unshaped")
    vault = DeviceVault(folder / "data", clock=clock, kdf_params=MINIMUM_PARAMS)
    session, _ = vault.initialize("demo", "Demo Worker", "quiet harbor lantern morning")
    ctx = RecordContext(session.db, session.audit, clock, Actor("demo", "Demo Worker"))
    seed_caseload(ctx, shipped_registry(), default_screening_policy(), 40, seed=7)
    records = {}
    for instrument in INSTRUMENTS:
        row = session.db.execute(
            "SELECT e.id FROM encounters e JOIN instrument_definitions d ON d.hash = "
            "e.instrument_hash WHERE e.status = 'completed' AND d.instrument_id = ? "
            "ORDER BY length(e.explanation) DESC, e.completed_at, e.final_band LIMIT 1",
            (instrument,),
        ).fetchone()
        assert row is not None, instrument
        records[instrument] = row[0]
    yield Demo(SummaryService(ctx, vault.policy, tz=UTC), records)
    session.sign_out()


@pytest.fixture(scope="module")
def long_case(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Case]:
    case = build_case(
        tmp_path_factory.mktemp("unshaped_long"),
        YouthProfile(legal_first_name="Dara", legal_last_name="Chea", agency=Agency.PROBATION),
        relabel=lambda label: f"{label} ខ្មែរ",
        long=True,
    )
    yield case
    case.session.sign_out()


@contextmanager
def plain_path() -> Iterator[None]:
    """Every paragraph shaped and every wrap done afresh: how the copies were laid out before."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(shaping, "needed", lambda frags: True)
        patch.setattr(blocks._Paragraph, "wrap", Paragraph.wrap)
        yield


def drawn(pdf: bytes) -> list[tuple[str, list[tuple[Any, ...]]]]:
    """Each page's text and every run of text with where it is drawn (text and page matrix)."""
    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        runs: list[tuple[Any, ...]] = []
        text = page.extract_text(visitor_text=_collector(runs))
        pages.append((text, runs))
    return pages


def _collector(runs: list[tuple[Any, ...]]) -> Any:
    def visit(text: str, cm: Any, tm: Any, _font: Any, size: Any) -> None:
        if text.strip():
            runs.append((text, size, *(round(v, 3) for v in (*cm, *tm))))

    return visit


def assert_same(fast: bytes, plain: bytes) -> None:
    fast_pages, plain_pages = drawn(fast), drawn(plain)
    assert len(fast_pages) == len(plain_pages)
    for number, (mine, theirs) in enumerate(zip(fast_pages, plain_pages, strict=True), 1):
        assert mine[0] == theirs[0], f"page {number}: text differs"
        assert mine[1] == theirs[1], f"page {number}: a run of text is drawn elsewhere"


@pytest.mark.parametrize("audience", AUDIENCES)
@pytest.mark.parametrize("instrument", INSTRUMENTS)
def test_each_copy_prints_the_same_on_the_fast_path(
    demo: Demo, instrument: str, audience: str
) -> None:
    record = demo.records[instrument]
    fast = demo.service.render(record, audience)
    with plain_path():
        plain = demo.service.render(record, audience)
    assert_same(fast, plain)


@pytest.mark.parametrize("language", LANGUAGES)
def test_youth_copy_in_other_scripts_prints_the_same(demo: Demo, language: str) -> None:
    record = demo.records["holistic_needs"]
    fast = demo.service.render(record, "youth", language)
    with plain_path():
        plain = demo.service.render(record, "youth", language)
    assert_same(fast, plain)


def test_long_texts_split_across_pages_the_same(long_case: Case) -> None:
    # The screen's case-file copy: 28 pages, where 46 paragraphs split (two of them shaped:
    # the override reason names a relabelled band). The needs copy (over 200 pages) is left
    # to test_long_text.py, for time.
    record = long_case.screening_id
    fast = long_case.service.render(record, "case")
    with plain_path():
        plain = long_case.service.render(record, "case")
    assert len(PdfReader(io.BytesIO(fast)).pages) > 20  # the long texts do split
    assert_same(fast, plain)


def test_only_a_paragraph_with_a_complex_script_run_is_shaped() -> None:
    assert blocks.para("Sol Peña, 14 — CFT&MDT").style.shaping == 0
    assert blocks.para("王秀英 and Ահարոն").style.shaping == 0  # CJK, Armenian: not shaped
    assert blocks.para("Sol ខ្ញុំ").style.shaping == 1  # Khmer
    assert blocks.rich(blocks.bold("नमस्ते")).style.shaping == 1  # Devanagari, bold
    assert blocks.bullet("ਪੰਜਾਬੀ").style.shaping == 1  # Gurmukhi, a bullet
    unshaped = blocks.para("Sol").style
    assert unshaped.fontName == blocks.STYLES["body"].fontName
    assert unshaped.leading == blocks.STYLES["body"].leading
