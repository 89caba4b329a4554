from __future__ import annotations

import io

from pypdf import PdfReader


def text_of(pdf: bytes, password: str | None = None) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    if password is not None:
        reader.decrypt(password)
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    """Text with line breaks folded to spaces: wrapped sentences compare whole."""
    return " ".join(text.split())
