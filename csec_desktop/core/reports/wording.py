"""Words on the page: answers in plain text, dates people read, and the youth copy's phrases.

Times are stored in UTC and printed in the laptop's time zone (passed in, so a test or a
county script gets the same page every time). Month names are spelled out in English and
Spanish so a date is never ambiguous (3/4 is March 4 or 3 April).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, tzinfo
from typing import Any, get_args

from csec_desktop.core.instruments.kinds import KINDS, PrintStyle, answer_options
from csec_desktop.core.instruments.model import Item
from csec_desktop.core.localtime import to_local

MONTHS = {
    "en": "January February March April May June July August September October November "
    "December".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre".split(),
}


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
    """An answer as words: choice labels, concern levels, dates spelled out, text as given.

    How is decided by the item kind's ``print_style`` (core/instruments/kinds.py)."""
    if value is None:
        return "—"
    return _STYLES[KINDS[item.kind].print_style](item, value, lang)


def _label(item: Item, value: Any, lang: str) -> str:
    options = {key: text.get(lang) for key, text in answer_options(item)}
    return options.get(value, str(value))


def _labels(item: Item, value: Any, lang: str) -> str:
    if not isinstance(value, list):
        return _label(item, value, lang)
    options = {key: text.get(lang) for key, text in answer_options(item)}
    return "; ".join(options.get(v, str(v)) for v in value)


def _date(_item: Item, value: Any, lang: str) -> str:
    try:
        return format_day(date.fromisoformat(str(value)), lang)
    except ValueError:
        return str(value)


def _number(_item: Item, value: Any, _lang: str) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _as_typed(_item: Item, value: Any, _lang: str) -> str:
    return str(value)


_STYLES: dict[PrintStyle, Callable[[Item, Any, str], str]] = {
    "label": _label,
    "labels": _labels,
    "date": _date,
    "number": _number,
    "text": _as_typed,
}
if set(_STYLES) != set(get_args(PrintStyle)):
    raise RuntimeError("every print style of an item kind needs a wording function")


def format_points(points: float) -> str:
    return str(int(points)) if float(points).is_integer() else f"{points:.1f}"
