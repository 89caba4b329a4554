"""Words for times and outcomes on the caseload screens: "overdue by 3 h", "due in 5 h".

Overdue is always said in words (never by colour alone), so it reaches a screen reader and a
worker who does not see colour. Times are shown in the laptop's own zone; the vault keeps UTC.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.localtime import years_on

DUE_NOW = timedelta(minutes=1)


def span(delta: timedelta) -> str:
    """A rounded length of time: '25 min', '3 h', '2 days'."""
    minutes = int(abs(delta).total_seconds() // 60)
    if minutes < 60:
        return f"{max(minutes, 1)} min"
    hours = minutes // 60
    if hours < 48:
        return f"{hours} h"
    return f"{hours // 24} days"


def due_words(due: datetime, now: datetime) -> str:
    """'overdue by 3 h', 'due in 5 h' or 'due now', from the laptop's clock."""
    delta = due - now
    if abs(delta) < DUE_NOW:
        return "due now"
    if delta < timedelta(0):
        return f"overdue by {span(delta)}"
    return f"due in {span(delta)}"


def local_time(moment: datetime) -> str:
    """A moment in the laptop's time zone, e.g. 'Mar 14, 2026 09:05'."""
    return moment.astimezone().strftime("%b %d, %Y %H:%M")


def due_text(due: datetime | None, now: datetime) -> str:
    if due is None:
        return "Nothing due"
    return f"{due_words(due, now)} · {local_time(due)}"  # the words first: never cut off


def age_text(born: date | None, today: date) -> str:
    if born is None:
        return "Not known"
    return str(years_on(born, today))


_BAND_LABELS: dict[str, str] = {}


def band_label(band: str | None) -> str:
    """The shipped instruments' words for an outcome band ('at_risk' -> 'At risk')."""
    if band is None:
        return "Not yet screened"
    if not _BAND_LABELS:
        for instrument in shipped_registry().all():
            for entry in instrument.definition.bands:
                _BAND_LABELS.setdefault(entry.id, entry.label.get("en"))
    return _BAND_LABELS.get(band, band.replace("_", " ").capitalize())


def instrument_title(instrument_id: str, definition_title: str | None = None) -> str:
    if definition_title:
        return definition_title
    try:
        return shipped_registry().get(instrument_id).definition.title.get("en")
    except Exception:  # noqa: BLE001 - an instrument this laptop no longer ships
        return instrument_id.replace("_", " ").capitalize()
