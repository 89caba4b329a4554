"""Saving and auditing a printed copy, the same for every kind of printout.

A copy saved as a file is written atomically (AES-256 when a password is given, through
pypdf) and audited once per record it covers; a copy sent to a printer is audited as printed
only when the printer took it, and as ``print_failed`` when it did not (issue 15). Mixed into
``SummaryService`` (summaries, audited per encounter) and ``TimelinePrinter`` (per youth).
"""

from __future__ import annotations

from pathlib import Path

from csec_desktop.core.atomicfile import atomic_write
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.reports.audience import Audience
from csec_desktop.core.reports.pdf_crypto import encrypt_pdf, page_count
from csec_desktop.core.vault.audit import AuditEvent


class PrintedCopies:
    """``ctx``: the signed-in record context; ``PRINTED_KIND``: the audit's record kind."""

    ctx: RecordContext
    PRINTED_KIND: str

    def save(
        self,
        pdf: bytes,
        path: Path,
        record_ids: list[str],
        audience: Audience | str,
        password: str | None = None,
    ) -> int:
        """Write a rendered copy atomically (encrypted when a password is given), audit it;
        returns the page count. A password given empty or short is refused
        (``ValidationError``), never taken as "no password": the copy would be plain."""
        data = encrypt_pdf(pdf, password) if password is not None else pdf
        atomic_write(path, data)
        pages = page_count(pdf)
        for record_id in record_ids:
            self._audit(record_id, audience, pages, "pdf_file", encrypted=password is not None)
        return pages

    def record_print(self, record_id: str, audience: Audience | str, pages: int) -> None:
        """Audit a copy sent to a printer."""
        self._audit(record_id, audience, pages, "printer", encrypted=False)

    def record_print_failed(self, record_id: str, audience: Audience | str) -> None:
        """Audit a print that did not happen (the printer could not start): never a print."""
        with self.ctx.db.transaction():
            self.ctx.audit_event(
                AuditEvent.PRINT_FAILED,
                record_id,
                self.PRINTED_KIND,
                audience=str(Audience.parse(str(audience))),
                output="printer",
            )

    def _audit(
        self, record_id: str, audience: Audience | str, pages: int, output: str, encrypted: bool
    ) -> None:
        with self.ctx.db.transaction():
            self.ctx.audit_event(
                AuditEvent.RECORD_PRINTED,
                record_id,
                self.PRINTED_KIND,
                audience=str(Audience.parse(str(audience))),
                pages=pages,
                output=output,
                encrypted=encrypted,
            )
