"""The safety plan as a printed copy carries it: the parts the audience table lets through.

Used by the case-file and MDT copies and by the caregiver's handover sheet (the caregiver
version: no exploiter details, no code word). Only the newest plan prints, with its version,
its signature and whether the youth took part.
"""

from __future__ import annotations

from datetime import tzinfo

from reportlab.platypus import Flowable

from csec_desktop.core.records.safety_plan import SafetyPlan
from csec_desktop.core.reports.audience import SAFETY_PLAN_PARTS, Audience, safety_plan_parts
from csec_desktop.core.reports.blocks import bullet, heading, para, paras, section
from csec_desktop.core.reports.summary_data import SummaryData
from csec_desktop.core.reports.wording import format_moment


def current_plan(data: SummaryData) -> SafetyPlan | None:
    """The youth's newest safety plan (removed ones are not in ``data``), or None."""
    plans = [s.item for s in data.case_items if isinstance(s.item, SafetyPlan)]
    return plans[-1] if plans else None


def safety_plan_blocks(data: SummaryData, audience: Audience, tz: tzinfo | None) -> list[Flowable]:
    plan = current_plan(data)
    fields = safety_plan_parts(audience)
    if plan is None or not fields:
        return []
    signed = (
        f"signed by {plan.signed_by}, {format_moment(plan.signed_at, tz)}"
        if plan.signed
        else "not signed yet"
    )
    took_part = "The youth took part in making it" if plan.youth_participated else ""
    # The youth's own words about the plan stay off the caregiver's sheet (no free text there).
    if took_part and plan.youth_participation and audience.rules.free_text:
        took_part += f": {plan.youth_participation}"
    body: list[Flowable] = [para(f"Version {plan.plan_version}, {signed}.", "small")]
    if took_part:
        body.append(para(took_part + "."))
    for field in fields:
        lines = _lines(plan, field)
        if lines:
            body.append(heading(SAFETY_PLAN_PARTS[field][0], "h3"))
            body += [bullet(line, "body") for line in lines] if field in _LISTS else paras(lines[0])
    return section("Safety plan", body)


_LISTS = ("exploiter_identifiers", "safe_adults")


def _lines(plan: SafetyPlan, field: str) -> list[str]:
    if field == "exploiter_identifiers":
        return [i.words for i in plan.exploiter_identifiers]
    if field == "safe_adults":
        return list(plan.safe_adults)
    value = str(getattr(plan, field)).strip()
    return [value] if value else []
