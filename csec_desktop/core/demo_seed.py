"""Filling a vault with a fictional caseload: youth, screenings in every state, duties, needs
assessments and MDT records. Everything goes through the same services the app uses, so a
demo or benchmark vault is exactly what real use would produce.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from csec_desktop.core.demo_data import fictional_profile
from csec_desktop.core.instruments import IncompleteError, InstrumentRegistry, Item
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.case_items import CaseItems, MdtMeeting, MdtMember, Referral
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.records.screening_run import ScreeningRun
from csec_desktop.core.records.youth_store import YouthRecord
from csec_desktop.core.screening_policy import ScreeningPolicy

BATCH = 250
NOTES = (
    "Talked at the kitchen table; youth chose what to share.",
    "Information from placement records and a call with the school counselor.",
    "Youth was calm and engaged; asked about seeing a younger sibling.",
)


@dataclass
class SeedReport:
    youth: int = 0
    completed: int = 0
    drafts: int = 0
    duties: int = 0


def _value(item: Item, rng: random.Random, risk: float, received: datetime) -> Any:
    kind, choices = item.kind.value, [c.id for c in item.choices or []]
    if kind == "concern_rating":
        roll = rng.random()
        return 2 if roll < risk * 0.25 else 1 if roll < risk else 0
    if kind == "yes_no_unknown":
        return "yes" if rng.random() < risk * 0.5 else "no"
    if kind == "single_choice":
        return rng.choice(choices)
    if kind == "multiple_choice":
        return rng.sample(choices, k=min(len(choices), rng.randint(1, 2)))
    if kind == "date":
        days = 6 if "left" in item.id or "start" in item.id else 1
        return (received - timedelta(days=days)).date().isoformat()
    if kind == "number":
        return rng.randint(0, 5)
    if kind == "short_text":
        return "County youth services"
    return rng.choice(NOTES) if rng.random() < 0.4 else None


def _fill(
    run: ScreeningRun,
    rng: random.Random,
    risk: float,
    received: datetime,
    stop_after: int | None = None,
) -> None:
    """Answer the form in one commit; a draft stops after ``stop_after`` items."""
    items = run.navigator.instrument.items()
    chosen = items if stop_after is None else items[:stop_after]
    values = {item.id: _value(item, rng, risk, received) for item in chosen}
    run.set_answers({k: v for k, v in values.items() if v is not None})
    for issue in run.navigator.issues(include_missing=False):  # a guess that breaks a check
        run.set_answer(issue.item_id, None)
    if stop_after is not None and run.navigator.relevant_ids():
        run.go_to(
            run.navigator.relevant_ids()[min(stop_after, len(run.navigator.relevant_ids()) - 1)]
        )


def seed_caseload(
    ctx: RecordContext,
    registry: InstrumentRegistry,
    policy: ScreeningPolicy,
    youth_count: int,
    seed: int = 2015,
    progress: Callable[[int, int], None] | None = None,
) -> SeedReport:
    # A second seeding of the same vault continues the fiction instead of repeating its names.
    already = int(ctx.db.execute("SELECT count(*) FROM youth").fetchone()[0])
    duties_before = int(ctx.db.execute("SELECT count(*) FROM duties").fetchone()[0])
    rng = random.Random(seed + already)  # noqa: S311 - fictional data, not secrets
    report = SeedReport()
    now = ctx.clock()
    caseload, screening = Caseload(ctx), ScreeningService(ctx, registry, policy)
    duties, items = DutyStore(ctx), CaseItems(ctx)
    for start in range(0, youth_count, BATCH):
        with ctx.db.transaction():
            for _ in range(start, min(start + BATCH, youth_count)):
                youth = caseload.add(fictional_profile(rng, now.date()))
                report.youth += 1
                _seed_youth(youth, rng, now, screening, duties, items, report)
        if progress:
            progress(report.youth, youth_count)
    # Every duty the fiction started: at completion, from drafts, missing episodes and danger.
    report.duties = int(ctx.db.execute("SELECT count(*) FROM duties").fetchone()[0]) - duties_before
    return report


def _seed_youth(
    youth: YouthRecord,
    rng: random.Random,
    now: datetime,
    screening: ScreeningService,
    duties: DutyStore,
    items: CaseItems,
    report: SeedReport,
) -> None:
    roll = rng.random()
    if roll < 0.3:
        return  # on the caseload, not yet screened
    received = now - timedelta(hours=rng.randint(1, 24 * 45))
    point = (
        "return_from_missing"
        if youth.profile.missing
        else rng.choice(
            ["case_opening", "placement_change", "case_plan_review", "probation_intake"]
        )
    )
    instrument = screening.policy.instruments_for(point)[0]
    run = screening.start(youth, point, instrument, received)
    risk = rng.choice((0.05, 0.1, 0.2, 0.45))
    if roll < 0.4:
        _fill(run, rng, risk, received, stop_after=rng.randint(2, 8))
        report.drafts += 1
        return
    _fill(run, rng, risk, received)
    try:
        done = run.complete()
    except IncompleteError:
        report.drafts += 1
        return
    report.completed += 1
    report.duties += len(done.duties)
    for duty in done.duties:
        if rng.random() < 0.6:
            at = min(duty.due_at - timedelta(hours=rng.randint(0, 6)), now)
            at = max(at, received)
            duties.record_done(
                duty.id,
                at,
                "Phone",
                reference=f"REF-{rng.randint(1000, 9999)}",
                agency="County hotline",
                late_reason="Reached after hours",
            )
    if done.encounter.final_band in ("identified", "at_risk"):
        _seed_team(youth, rng, now, items)
        needs = screening.start(youth, point, "holistic_needs", received + timedelta(hours=2))
        _fill(needs, rng, 0.3, received, stop_after=None if rng.random() < 0.5 else 6)
        try:
            needs.complete()
            report.completed += 1
        except IncompleteError:
            report.drafts += 1


def _seed_team(youth: YouthRecord, rng: random.Random, now: datetime, items: CaseItems) -> None:
    items.add(
        youth.id,
        MdtMember(
            name="Assigned social worker",
            agency="County child welfare",
            role="Case carrying worker",
            shared_with=("mdt", "caregiver"),
            neutral_description="the youth's social worker",
        ),
    )
    items.add(
        youth.id,
        MdtMember(
            name="Survivor mentor",
            agency="Community advocacy partner",
            role="Survivor mentor",
            youth_chosen=True,
            shared_with=("mdt", "youth"),
            neutral_description="a mentor you asked to meet",
        ),
    )
    items.add(
        youth.id,
        Referral(
            domain="mental_health",
            agency="County behavioral health",
            status=rng.choice(["planned", "referred", "connected"]),
        ),
    )
    items.add(
        youth.id,
        MdtMeeting(
            held_on=(now - timedelta(days=rng.randint(0, 20))).date(),
            attendees=("Assigned social worker", "Survivor mentor"),
            youth_attended=rng.random() < 0.5,
            decisions="Safety plan reviewed; weekly check-ins agreed.",
        ),
    )
