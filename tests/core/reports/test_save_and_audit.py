"""Saving a copy: atomic, AES-256 when a password is given, audited without content."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.vault.audit import AuditEvent
from tests.core.reports.conftest import CANARY_SAFETY
from tests.core.reports.helpers import text_of


def test_password_saved_copy_is_aes256_and_refuses_a_wrong_password(printed, tmp_path):
    pdf = printed.service.render(printed.screening_id, "case")
    out = tmp_path / "summary.pdf"
    pages = printed.service.save(pdf, out, [printed.screening_id], "case", "lantern-42-harbor")
    data = out.read_bytes()
    assert CANARY_SAFETY.encode() not in data
    reader = PdfReader(io.BytesIO(data))
    assert reader.is_encrypted
    encrypt = reader.trailer["/Encrypt"]
    assert encrypt["/R"] == 6 and encrypt["/V"] == 5
    assert reader.decrypt("not-the-password") == 0
    right = PdfReader(io.BytesIO(data))
    assert right.decrypt("lantern-42-harbor") != 0
    assert len(right.pages) == pages
    assert CANARY_SAFETY in text_of(data, "lantern-42-harbor")
    assert [p.name for p in tmp_path.iterdir()] == ["summary.pdf"]  # no temp file left


def test_short_password_is_refused_and_nothing_written(printed, tmp_path):
    pdf = printed.service.render(printed.screening_id, "case")
    with pytest.raises(ValidationError, match="at least 8 characters"):
        printed.service.save(pdf, tmp_path / "s.pdf", [printed.screening_id], "case", "short")
    assert list(tmp_path.iterdir()) == []


def test_saving_and_printing_are_audited_with_audience_and_pages_only(printed, tmp_path):
    temp = Path(tempfile.gettempdir())
    before = set(temp.glob("*.pdf"))
    pdf = printed.service.render(printed.needs_id, "caregiver")
    pages = printed.service.save(pdf, tmp_path / "c.pdf", [printed.needs_id], "caregiver")
    printed.service.record_print(printed.needs_id, "youth", 2)
    entries = [e for e in printed.ctx.audit.entries(10) if e.event == AuditEvent.RECORD_PRINTED]
    assert entries[0].detail == {
        "kind": "encounter",
        "audience": "youth",
        "pages": 2,
        "output": "printer",
        "encrypted": False,
    }
    assert entries[1].subject == printed.needs_id and entries[1].actor == "kim.lee"
    assert entries[1].detail["audience"] == "caregiver" and entries[1].detail["pages"] == pages
    assert printed.ctx.audit.verify().ok
    assert set(temp.glob("*.pdf")) == before


def test_day_batch_holds_each_completed_screening(printed):
    from datetime import datetime

    pdf, ids = printed.service.render_day(datetime(2026, 3, 2), "mdt")
    assert set(ids) == {printed.screening_id, printed.needs_id}
    text = text_of(pdf)
    assert "CSEC identification screen — summary" in text
    assert "Holistic needs assessment — summary" in text
    assert text.count("Page 1 of") == 2  # each summary numbers its own pages
