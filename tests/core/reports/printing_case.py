"""A vault with one youth, a completed identification screen and holistic needs assessment,
every case item kind, and knobs for the printing tests: the youth's profile, a function applied
to every label of the instruments and the county policy, and free text at its maximum length.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, timedelta, tzinfo
from pathlib import Path
from typing import Any

from csec_desktop.core.instruments import InstrumentRegistry, ItemKind, shipped_registry
from csec_desktop.core.instruments.answers import LONG_TEXT_MAX, SHORT_TEXT_MAX
from csec_desktop.core.policy import parse_policy
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.case_items import CaseItems, MdtMeeting, MdtMember, Note, Referral
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.records.youth import YouthProfile
from csec_desktop.core.reports.service import SummaryService
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from tests.core.reports.conftest import fill
from tests.core.vault.conftest import FakeClock

Relabel = Callable[[str], str]
INSTRUMENTS = ("csec_identification", "holistic_needs")


def long_text(length: int, seed: str = "") -> str:
    """``length`` characters of prose with paragraph breaks and one unbroken long token."""
    words = (seed + " Worker note: the youth talked about school, friends & family. ") * (
        length // 40 + 2
    )
    token = "x" * 300  # e.g. a pasted link with no spaces
    text = f"{words[: length // 2]}\n\n{token}\n{words}"
    return text[:length]


@dataclass
class Case:
    service: SummaryService
    ctx: RecordContext
    screening_id: str
    needs_id: str
    youth_id: str
    session: Any
    clock: FakeClock
    profile: YouthProfile

    def ids(self) -> dict[str, str]:
        return {"screen": self.screening_id, "needs": self.needs_id}


def _relabel_texts(node: Any, relabel: Relabel) -> Any:
    """Every person-facing text (``{"en": …, "es": …}``) in a definition or policy, changed."""
    if isinstance(node, dict):
        if "en" in node and set(node) <= {"en", "es"} and isinstance(node["en"], str):
            return {lang: relabel(value) for lang, value in node.items()}
        return {key: _relabel_texts(value, relabel) for key, value in node.items()}
    if isinstance(node, list):
        return [_relabel_texts(value, relabel) for value in node]
    return node


def _registry(relabel: Relabel | None) -> InstrumentRegistry:
    shipped = shipped_registry()
    if relabel is None:
        return shipped
    registry = InstrumentRegistry()
    for instrument_id in INSTRUMENTS:
        data = _relabel_texts(json.loads(shipped.get(instrument_id).definition_json()), relabel)
        registry.add_json(json.dumps(data))
    return registry


def _policy_data(relabel: Relabel | None) -> dict[str, Any]:
    from csec_desktop.core.paths import read_resource_text

    data: dict[str, Any] = json.loads(read_resource_text("policy", "california.json"))
    if relabel is None:
        return data
    data = _relabel_texts(data, relabel)
    data["county"] = relabel(data["county"])
    for duty in data["screening"]["duties"]:
        duty["citation"] = relabel(duty["citation"])
    data["youth_resources"] = {
        "lines": [
            {
                "name": {"en": relabel("Bay Area crisis line"), "es": relabel("Línea de crisis")},
                "phone": "1-800-555-0100",
                "about": {"en": relabel("Any time"), "es": relabel("A cualquier hora")},
            }
        ]
    }
    return data


def _answers(registry: InstrumentRegistry, instrument_id: str, long: bool) -> dict[str, Any]:
    """Every text item of the instrument at its maximum length (or short)."""
    out: dict[str, Any] = {}
    for item in registry.get(instrument_id).items():
        if item.kind is ItemKind.LONG_TEXT:
            size = LONG_TEXT_MAX if long else 60
        elif item.kind is ItemKind.SHORT_TEXT:
            size = SHORT_TEXT_MAX if long else 40
        else:
            continue
        out[item.id] = long_text(size, item.id)
    return out


def build_case(
    root: Path,
    profile: YouthProfile,
    *,
    relabel: Relabel | None = None,
    long: bool = False,
    tz: tzinfo = UTC,
) -> Case:
    clock = FakeClock()
    policy_data = _policy_data(relabel)
    vault = DeviceVault(root / "data", clock=clock, kdf_params=MINIMUM_PARAMS)
    session, _ = vault.initialize("kim.lee", "Kim Lee", "morning fog over the bay")
    ctx = RecordContext(session.db, session.audit, clock, Actor("kim.lee", "Kim Lee"))
    youth = Caseload(ctx).add(profile)
    policy = parse_policy(policy_data, "test policy")
    registry = _registry(relabel)
    screening = ScreeningService(ctx, registry, policy.screening)
    received = clock.now - timedelta(hours=5)
    run = screening.start(youth, "case_opening", "csec_identification", received)
    fill(run, {"ex_disclosed": 1, "ph_sexual_health": 2, **_answers(registry, run_id(run), long)})
    # Raised to "identified" with a written reason: the reason prints, and the duties start.
    reason = long_text(2000, "override") if long else "Reviewed with the supervisor & the MDT"
    screen = run.complete(final_band="identified", override_reason=reason).encounter
    needs = screening.start(youth, "case_opening", "holistic_needs", received)
    fill(needs, {"housing_need": "significant", **_answers(registry, "holistic_needs", long)})
    needs_done = needs.complete().encounter
    size = (lambda n: n) if long else (lambda n: min(n, 30))
    items = CaseItems(ctx)
    for domain in ("housing", "education", "substance_use"):
        items.add(
            youth.id,
            Referral(
                domain=domain,
                agency=long_text(size(200), "agency"),
                contact=long_text(size(200), "contact"),
                referred_on=date(2026, 3, 1),
                status="referred",
                note=long_text(size(2000), "referral"),
            ),
        )
    items.add(
        youth.id,
        MdtMember(
            name=long_text(size(200), "member"),
            agency=long_text(size(200), "agency"),
            role=long_text(size(120), "role"),
            contact=long_text(size(200), "contact"),
            youth_chosen=True,
        ),
    )
    items.add(
        youth.id,
        MdtMeeting(
            held_on=date(2026, 3, 1),
            attendees=tuple(long_text(size(200), f"attendee {n}") for n in range(8)),
            decisions=long_text(size(4000), "decisions"),
            sharing_basis=long_text(size(300), "basis"),
        ),
    )
    for shareable in (False, True):
        items.add(
            youth.id,
            Note(text=long_text(size(20000), "note"), shareable=shareable, encounter_id=screen.id),
        )
    duties = DutyStore(ctx).for_youth(youth.id)
    if duties and long:
        DutyStore(ctx).mark_not_applicable(duties[0].id, long_text(2000, "not applicable"))
    if len(duties) > 1:
        DutyStore(ctx).record_done(
            duties[1].id,
            clock.now,
            long_text(size(2000), "method"),
            reference=long_text(size(500), "reference"),
            late_reason=long_text(size(2000), "late"),
        )
    service = SummaryService(ctx, policy, tz=tz)
    return Case(service, ctx, screen.id, needs_done.id, youth.id, session, clock, profile)


def run_id(run: Any) -> str:
    return str(run.navigator.instrument.id)
