"""The caregiver's handover sheet: what a placement needs to care for the youth, on one page.

Never the screening itself. The sheet names the youth (chosen name and pronouns only if the
youth agreed), then supervision and safety and what the placement can do so the youth does not
need to leave (the items written for the caregiver, ``audience.HANDOVER_ITEMS``), services and
appointments the caregiver helps with (referrals in domains with no sensitive tag), the team
members the worker shared with the caregiver (neutral words, never a law-enforcement or
advocate role), notes shared with the caregiver, and whom to call. What may appear is decided
by the audience table; this module only lays it out.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from csec_desktop.core.records.referral_domains import domain_label
from csec_desktop.core.reports import selection
from csec_desktop.core.reports.audience import HANDOVER_ITEMS, Audience
from csec_desktop.core.reports.blocks import (
    bullet,
    grid,
    key_values,
    para,
    paras,
    rich,
    section,
    signature_lines,
)
from csec_desktop.core.reports.markup import bold, join
from csec_desktop.core.reports.resources_policy import NATIONAL_HOTLINE, ResourceLine
from csec_desktop.core.reports.safety_plan_copy import safety_plan_blocks
from csec_desktop.core.reports.summary_data import SummaryData
from csec_desktop.core.reports.wording import format_answer, format_day

CAREGIVER = Audience.CAREGIVER
BLANK = "_" * 22  # a line to write a number in
SERVICE_STATUS = {
    "planned": "Being arranged",
    "referred": "Referral made",
    "connected": "Going",
    "declined": "Not going for now",
    "closed": "Finished",
}
NO_SUPERVISION_NOTE = (
    "The worker will go over supervision and safety with you. Keep to the youth's usual "
    "routines, know where they are, and call the worker with any worry."
)
MISSING = (
    "If the youth is missing or does not come home when expected: call 911 and the "
    "worker right away — do not wait. When the youth comes back, welcome them back; the worker "
    "will talk with them."
)


def caregiver_story(data: SummaryData, county_line: ResourceLine | None) -> list[Flowable]:
    name = selection.first_name(data, CAREGIVER)
    story: list[Flowable] = [
        para(f"Caring for {name}", "title"),
        para(
            "A handover sheet from the youth's worker: what helps, whom to call. It does not "
            "repeat what the youth told the worker; ask the worker if you need to know more.",
            "subtitle",
        ),
    ]
    rows = [("Youth", legal)] if (legal := selection.legal_name(data, CAREGIVER)) else []
    if used := selection.name_used(data, CAREGIVER):
        rows.append(("Name and pronouns to use", used))
    rows.append(("Worker", data.completed_by_name))
    story += key_values(rows)
    handover = data.handover
    if "caregiver_supervision" not in handover:
        story += section(HANDOVER_ITEMS["caregiver_supervision"], [para(NO_SUPERVISION_NOTE)])
    for item_id, heading in HANDOVER_ITEMS.items():
        if item_id in handover:
            item, value = handover[item_id]
            story += section(heading, paras(format_answer(item, value)))
    story += safety_plan_blocks(data, CAREGIVER, None)
    story += section("Services and appointments you can help with", _services(data))
    members = selection.members(data, CAREGIVER)
    story += section(
        "People helping the youth",
        [bullet(selection.member_line(m, CAREGIVER), "body") for m in members],
    )
    story += section(
        "Notes from the worker", [para(n.text) for n in selection.notes(data, CAREGIVER)]
    )
    story += section("Whom to call", _whom_to_call(data, county_line))
    story.append(signature_lines(CAREGIVER.rules.signers))
    return story


def _services(data: SummaryData) -> list[Flowable]:
    rows = [
        [
            domain_label(r.domain),
            r.agency,
            r.contact,
            SERVICE_STATUS[r.status]
            + (f" (since {format_day(r.referred_on)})" if r.referred_on else ""),
        ]
        for r in selection.referrals(data, CAREGIVER)
        if r.status in ("planned", "referred", "connected")
        and r.outcome not in ("declined", "not_available")  # nothing for the caregiver to help with
    ]
    if not rows:
        return []
    return grid(["For", "Service", "Contact", "Where it stands"], rows, [1.5, 2.0, 1.8, 1.7])


def _whom_to_call(data: SummaryData, county_line: ResourceLine | None) -> list[Flowable]:
    county = (
        f"{county_line.name.en}: {county_line.phone}"
        if county_line is not None and county_line.phone
        else f"County 24-hour line: {BLANK}"
    )
    hotline = NATIONAL_HOTLINE
    return [
        rich(bold("Danger right now: call 911.")),
        para(MISSING),
        rich(join([bold("The worker:"), f" {data.completed_by_name} · phone {BLANK}"])),
        rich(join([bold("After hours:"), f" {county}"])),
        rich(
            join(
                [
                    bold(f"{hotline.name.en}:"),
                    f" call {hotline.phone}, text {hotline.text} — any time, confidential.",
                ]
            )
        ),
    ]
