"""Password protection for a saved summary: pypdf's AES-256 (PDF 2.0 security handler, /R 6).

The encryption happens on bytes in memory; only the encrypted result is ever written.
"""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.i18n import translate

MIN_PASSWORD_LENGTH = 8


def encrypt_pdf(pdf: bytes, password: str) -> bytes:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError(
            translate("PdfPassword", "the PDF password must be at least {count} characters").format(
                count=MIN_PASSWORD_LENGTH
            )
        )
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password=password, algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


def merge_pdfs(parts: list[bytes]) -> bytes:
    """One PDF of several summaries, in order (the day's batch)."""
    writer = PdfWriter()
    for part in parts:
        writer.append(PdfReader(io.BytesIO(part)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
