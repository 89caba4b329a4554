"""A duty reads as what it is now: due, done or not applicable; citations without review notes."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from csec_desktop.core.display_words import moment_words
from csec_desktop.core.records.duties import DutyRecord
from csec_desktop.core.records.duty_words import duty_due_words

DUE = datetime(2026, 3, 14, 17, 5, tzinfo=UTC)


def duty(status: str = "open", **data: Any) -> DutyRecord:
    base = {"label": {"en": "Follow the safety procedure"}, "citation": "County safety procedure"}
    return DutyRecord("d1", "y1", "e1", "safety_now_procedure", DUE, status, base | data, 1)


def test_open_duties_say_when_they_are_due() -> None:
    assert duty(grace_minutes=60).immediate
    assert duty_due_words(duty(grace_minutes=60)) == "due now (late after 60 minutes)"
    assert duty_due_words(duty(hours=36)).startswith(f"due {moment_words(DUE)} (36 hours")


def test_a_done_danger_duty_reads_done_not_due() -> None:
    done = duty("done", done={"at": "2026-03-14T17:20:00Z", "method": "in person"})
    assert duty_due_words(done) == f"done {moment_words(datetime(2026, 3, 14, 17, 20, tzinfo=UTC))}"
    assert duty_due_words(duty("not_applicable")) == "marked not applicable"


def test_citations_shown_to_workers_carry_no_review_note() -> None:
    """Duties copy their citation at creation, so vaults made from an older policy file still
    hold "(confirm …)" notes: the worker never sees them."""
    for raw, shown in (
        ("PC 11166.1(b) (confirm current text)", "PC 11166.1(b)"),
        ("AB 2108 (2024) (confirm); county protocol", "AB 2108 (2024); county protocol"),
        ("AB 2108 (2024); WIC 16501.35 (Confirm chaptered text)", "AB 2108 (2024); WIC 16501.35"),
        ("SSA §471(a)(34)(A) (42 USC 671(a)(34)(A))", "SSA §471(a)(34)(A) (42 USC 671(a)(34)(A))"),
    ):
        assert duty(citation=raw).citation == shown
