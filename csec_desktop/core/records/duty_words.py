"""How a duty's state reads to a worker: due, done or not applicable, never out of date.

One place for these words, so a page shown after signing (where a danger duty may already be
done) and the youth page say the same. Times are local US display words (``display_words``).
"""

from __future__ import annotations

from csec_desktop.core.clock import from_iso
from csec_desktop.core.display_words import hours_words, moment_words
from csec_desktop.core.i18n import translate
from csec_desktop.core.records.duties import DutyRecord


def duty_due_words(duty: DutyRecord) -> str:
    """The duty's state in words, lower case first.

    Open: 'due now' (immediate, with its grace: 'due now (late after 60 minutes)') or
    'due March 14, 2026, 9:05 AM (48 hours from when the information was received)'.
    Done: 'done March 14, 2026, 9:10 AM'. Waived: 'marked not applicable'.
    """
    if duty.status == "done":
        done = duty.data.get("done") or {}
        at = done.get("at") if isinstance(done, dict) else None
        if not at:
            return translate("DutyWords", "done")
        return translate("DutyWords", "done {when}").format(when=moment_words(from_iso(at)))
    if duty.status == "not_applicable":
        return translate("DutyWords", "marked not applicable")
    if duty.immediate:
        grace = duty.data.get("grace_minutes") or 0
        if not grace:
            return translate("DutyWords", "due now")
        return translate("DutyWords", "due now (late after {minutes} minutes)").format(
            minutes=f"{grace:g}"
        )
    hours = duty.data.get("hours")
    span = (
        hours_words(hours)
        if isinstance(hours, int | float)
        else translate("DutyWords", "the set time")
    )
    return translate(
        "DutyWords", "due {when} ({span} from when the information was received)"
    ).format(when=moment_words(duty.due_at), span=span)
