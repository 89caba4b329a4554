"""Words on the page: answers in plain text, dates people read, and the youth copy's phrases.

Times are stored in UTC and printed in the laptop's time zone (passed in, so a test or a
county script gets the same page every time). Month names are spelled out in English and
Spanish so a date is never ambiguous (3/4 is March 4 or 3 April).
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Any

from csec_desktop.core.instruments.model import Item, ItemKind, answer_options
from csec_desktop.core.localtime import to_local

MONTHS = {
    "en": "January February March April May June July August September October November "
    "December".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre".split(),
}


def language_of(preferred: str) -> str:
    """The print language for a youth's stated preference ('es', 'Spanish', 'español'…)."""
    text = preferred.strip().lower()
    return "es" if text in {"es", "spa", "spanish", "español", "espanol"} else "en"


def format_day(day: date, lang: str = "en") -> str:
    month = MONTHS["es" if lang == "es" else "en"][day.month - 1]
    if lang == "es":
        return f"{day.day} de {month} de {day.year}"
    return f"{month} {day.day}, {day.year}"


def format_moment(moment: datetime | str, tz: tzinfo | None, lang: str = "en") -> str:
    """A moment in ``tz``; ``None`` means the laptop's zone, with its DST rules for that day."""
    local = to_local(moment, tz)
    zone = local.tzname() or ""
    if lang == "es":
        return f"{format_day(local.date(), lang)}, {local:%H:%M} {zone}".rstrip()
    hour = local.hour % 12 or 12
    half = "AM" if local.hour < 12 else "PM"
    return f"{format_day(local.date(), lang)}, {hour}:{local:%M} {half} {zone}".rstrip()


def format_answer(item: Item, value: Any, lang: str = "en") -> str:
    """An answer as words: choice labels, concern levels, dates spelled out, text as given."""
    if value is None:
        return "—"
    options = {key: text.get(lang) for key, text in answer_options(item)}
    if item.kind is ItemKind.MULTIPLE and isinstance(value, list):
        return "; ".join(options.get(v, str(v)) for v in value)
    if options:
        return options.get(value, str(value))
    if item.kind is ItemKind.DATE and isinstance(value, str):
        try:
            return format_day(date.fromisoformat(value), lang)
        except ValueError:
            return value
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def format_points(points: float) -> str:
    return str(int(points)) if float(points).is_integer() else f"{points:.1f}"
