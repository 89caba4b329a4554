"""The prompt offered to the worker after recording an identification.

Hearing what an exploited youth has lived through stays with the people who listen (vicarious
or secondary trauma; the CSEC Program asks counties to support their workers). After a
screening is completed with the outcome ``identified`` the completed page offers the county's
employee-assistance or peer-support line from the screening policy (``worker_support``), or
names the EAP when the county has not set one. Nothing is recorded about whether it is used.
"""

from __future__ import annotations

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.reports.resources_policy import ResourceLine
from csec_desktop.core.worker_language import worker_language

IDENTIFIED = "identified"
FIRST = QT_TRANSLATE_NOOP(
    "WorkerSupport",
    "You have just recorded that a youth is being exploited. What you heard can stay with you: "
    "take a moment before the next task, and talk it over with your supervisor.",
)


def worker_support_words(band: str | None, line: ResourceLine | None) -> str:
    """The prompt for a completed screening with final outcome ``band``; "" unless the
    outcome is an identification."""
    if band != IDENTIFIED:
        return ""
    first = translate("WorkerSupport", FIRST)
    if line is None or not (line.phone or line.text):
        eap = translate(
            "WorkerSupport", "Your county's employee assistance program (EAP) is there for you too."
        )
        return f"{first} {eap}"
    ways = [
        translate("WorkerSupport", "call {phone}").format(phone=line.phone) if line.phone else "",
        translate("WorkerSupport", "text {number}").format(number=line.text) if line.text else "",
    ]
    joined = translate("WorkerSupport", " or ").join(w for w in ways if w)
    name = line.name.get(worker_language())
    return translate("WorkerSupport", "{first} {name}: {ways} — confidential.").format(
        first=first, name=name, ways=joined
    )
