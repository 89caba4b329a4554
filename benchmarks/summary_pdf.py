"""How long one case-file summary takes to build, beside a bare one-page ReportLab document.

Builds a throwaway vault with a fictional caseload (demo seed), then times rendering the
case-file copy of a completed screening (median of N runs) and a one-paragraph ReportLab
document in the same process, and prints both with their ratio.

    .venv/bin/python -m benchmarks.summary_pdf [--runs 15]
"""

from __future__ import annotations

import argparse
import io
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from pypdf import PdfReader
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from benchmarks.common import Row, median_ms, print_rows
from csec_desktop.core.demo_seed import seed_caseload
from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.reports.service import SummaryService
from csec_desktop.core.screening_policy import default_screening_policy
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS


def bare_page() -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, invariant=1)
    doc.build([Paragraph("One page.", getSampleStyleSheet()["Normal"])])
    return out.getvalue()


def same_story(text: str) -> bytes:
    """The product PDF's own text, line by line, laid out by bare ReportLab (Paragraphs in a
    SimpleDocTemplate): the same story without the product's tables, styles and checks."""
    styles = getSampleStyleSheet()
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, invariant=1)
    lines = [escape(line) for line in text.splitlines() if line.strip()]
    doc.build([Paragraph(line, styles["Normal"]) for line in lines])
    return out.getvalue()


def measure(runs: int = 15) -> list[Row]:
    """The case-file summary of one completed screening vs a bare page (median of ``runs``)."""

    def clock() -> datetime:
        return datetime(2026, 3, 2, 17, 0, tzinfo=UTC)

    with tempfile.TemporaryDirectory() as folder:
        vault = DeviceVault(Path(folder) / "data", clock=clock, kdf_params=MINIMUM_PARAMS)
        session, _ = vault.initialize("bench", "Bench Worker", "quiet harbor lantern morning")
        try:
            ctx = RecordContext(session.db, session.audit, clock, Actor("bench", "Bench Worker"))
            seed_caseload(ctx, shipped_registry(), default_screening_policy(), 40, seed=7)
            # Pinned: the same record every run (ids are random; the seeded content is not).
            row = session.db.execute(
                "SELECT e.id FROM encounters e JOIN instrument_definitions d ON d.hash = "
                "e.instrument_hash WHERE e.status = 'completed' AND d.instrument_id = "
                "'csec_identification' ORDER BY length(e.explanation) DESC, e.completed_at, "
                "e.final_band LIMIT 1"
            ).fetchone()
            service = SummaryService(ctx, vault.policy, tz=UTC)
            service.render(row[0], "case")  # warm up imports and fonts
            bare_page()
            summary = median_ms(lambda: service.render(row[0], "case"), runs)
            bare = median_ms(bare_page, runs)
            reader = PdfReader(io.BytesIO(service.render(row[0], "case")))
            pages = len(reader.pages)
            text = "\n".join(page.extract_text() for page in reader.pages)
            same_story(text)
            floor = median_ms(lambda: same_story(text), runs)
        finally:
            session.sign_out()
    return [Row(f"summary PDF, case file ({pages} pages)", summary, "ms",
                "bare one-page ReportLab", bare),
            Row(f"summary PDF, case file ({pages} pages)", summary, "ms",
                "floor: bare ReportLab, the same text", floor)]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    print_rows(f"Summary PDF (median of {args.runs})", measure(args.runs))


if __name__ == "__main__":
    main()
