"""How long one case-file summary takes to build, beside bare ReportLab doing less or the same.

Builds a throwaway vault with a fictional caseload (demo seed), pins one completed screening
(the same record every run), then times rendering its case-file copy (median of N runs) in the
same process as three baselines:

- a one-paragraph ReportLab document (the first row, kept for continuity);
- floor: the product PDF's extracted text, one plain ``Paragraph`` a line in a
  ``SimpleDocTemplate`` (kept for continuity; it lays out no tables, so it does less work than
  the product must);
- floor: the same flowables (tables too): the story the product built, copied into plain data
  and laid out afresh by bare ReportLab on the same page (``summary_pdf_floor.py`` says what it
  does and does not do). The page counts must agree, or the run stops: a floor that breaks
  pages elsewhere is not the same work.

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

from benchmarks import summary_pdf_floor
from benchmarks.common import Row, median_ms, print_rows
from csec_desktop.core.demo_seed import seed_caseload
from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.reports import fonts
from csec_desktop.core.reports.audience import Audience
from csec_desktop.core.reports.professional_copy import professional_story
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


def same_flowables(
    service: SummaryService, encounter_id: str, printed_at: datetime
) -> summary_pdf_floor.Story:
    """The case-file copy's story as the product builds it for ``render`` (same record, same
    moment), copied into plain data for the floor."""
    fonts.register()  # the embedded fonts, once per process (as the product does)
    shaped = frozenset(n for f in fonts.FAMILIES if f.shaped for n in (f.name, f.bold_name))
    data = service.data(encounter_id)
    story = professional_story(data, Audience.parse("case"), printed_at, UTC)
    return summary_pdf_floor.describe(story, shaped)


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
            story = same_flowables(service, row[0], clock())
            floor_pages = len(PdfReader(io.BytesIO(summary_pdf_floor.lay_out(story))).pages)
            if floor_pages != pages:
                raise RuntimeError(
                    f"the same-flowables floor printed {floor_pages} pages, the product {pages}"
                )
            flowables = median_ms(lambda: summary_pdf_floor.lay_out(story), runs)
        finally:
            session.sign_out()
    return [Row(f"summary PDF, case file ({pages} pages)", summary, "ms",
                "bare one-page ReportLab", bare),
            Row(f"summary PDF, case file ({pages} pages)", summary, "ms",
                "floor: bare ReportLab, the same text", floor),
            Row(f"summary PDF, case file ({pages} pages)", summary, "ms",
                "floor: bare ReportLab, the same flowables (tables too)", flowables)]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    print_rows(f"Summary PDF (median of {args.runs})", measure(args.runs))


if __name__ == "__main__":
    main()
