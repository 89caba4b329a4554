"""The prompt offered to the worker after recording an identification.

Hearing what an exploited youth has lived through stays with the people who listen (vicarious
or secondary trauma; the CSEC Program asks counties to support their workers). After a
screening is completed with the outcome ``identified`` the completed page offers the county's
employee-assistance or peer-support line from the screening policy (``worker_support``), or
names the EAP when the county has not set one. Nothing is recorded about whether it is used.
"""

from __future__ import annotations

from csec_desktop.core.reports.resources_policy import ResourceLine

IDENTIFIED = "identified"
FIRST = (
    "You have just recorded that a youth is being exploited. What you heard can stay with you: "
    "take a moment before the next task, and talk it over with your supervisor."
)


def worker_support_words(band: str | None, line: ResourceLine | None) -> str:
    """The prompt for a completed screening with final outcome ``band``; "" unless the
    outcome is an identification."""
    if band != IDENTIFIED:
        return ""
    if line is None or not (line.phone or line.text):
        return f"{FIRST} Your county's employee assistance program (EAP) is there for you too."
    ways = [f"call {line.phone}" if line.phone else "", f"text {line.text}" if line.text else ""]
    return f"{FIRST} {line.name.en}: {' or '.join(w for w in ways if w)} — confidential."
