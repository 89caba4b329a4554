"""Reading a date a person typed: US ``MM/DD/YYYY`` and ``M/D/YY``, or ISO ``YYYY-MM-DD``.

One reader for every date field, so ``2011-03-14`` and ``3/14/2011`` both mean March 14, 2011
wherever they are typed, and nothing is ever guessed silently: a day-first date (``14/03/2011``),
a month or day that does not exist, a missing year or a date outside the field's range is refused
with one plain sentence saying what to type instead.

Two-digit years: the century is the one that puts the date inside the field's range; when both
centuries fit, the one within 50 years of today (the usual sliding window).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from csec_desktop.core.display_words import MONTHS, day_words
from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$")
_US = re.compile(r"^(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{2}|\d{4})$")
FORMAT_HINT = QT_TRANSLATE_NOOP(
    "DateEntry", "Type the date as MM/DD/YYYY (for example 03/14/2011)."
)


def _hint() -> str:
    return translate("DateEntry", FORMAT_HINT)


class DateEntryError(CsecError):
    """A typed date that cannot be read; the message says what to type instead."""


@dataclass(frozen=True)
class DateRange:
    """The dates a field accepts, both ends included; ``None`` is open."""

    earliest: date | None = None
    latest: date | None = None

    def contains(self, day: date) -> bool:
        early = self.earliest is None or day >= self.earliest
        return early and (self.latest is None or day <= self.latest)


ANY_DATE = DateRange()


def _real_date(year: int, month: int, day: int, typed: str, us: bool) -> date:
    if not 1 <= month <= 12:
        if us and 1 <= day <= 12 and month <= 31:
            raise DateEntryError(
                translate(
                    "DateEntry", '"{typed}" has the day first. Type the month first: {fixed}.'
                ).format(typed=typed, fixed=f"{day:02d}/{month:02d}/{year}")
            )
        raise DateEntryError(
            translate("DateEntry", '"{typed}": there is no month {month}.').format(
                typed=typed, month=month
            )
            + " "
            + _hint()
        )
    try:
        return date(year, month, day)
    except ValueError:
        month_name = translate("DisplayWords", MONTHS[month - 1])
        raise DateEntryError(
            translate("DateEntry", '"{typed}": {month} {year} has no day {day}.').format(
                typed=typed, month=month_name, year=year, day=day
            )
        ) from None


def _century(short_year: int, month: int, day: int, allowed: DateRange, today: date) -> int:
    years = [1900 + short_year, 2000 + short_year]
    fitting = []
    for year in years:
        try:
            if allowed.contains(date(year, month, day)):
                fitting.append(year)
        except ValueError:
            fitting.append(year)  # Feb 29 in one century only: let _real_date say so
    if not fitting:
        fitting = years
    return min(fitting, key=lambda year: abs(year - today.year))


def parse_typed_date(text: str, today: date, allowed: DateRange | None = None) -> date:
    """The date ``text`` means, or ``DateEntryError`` with a message for the person typing.

    ``today`` is the laptop's local day (used for two-digit years and the words "in the
    future"); ``allowed`` bounds the answer.
    """
    allowed = allowed or ANY_DATE
    typed = text.strip()
    if not typed:
        raise DateEntryError(translate("DateEntry", "Type a date.") + " " + _hint())
    iso = _ISO.match(typed)
    us = _US.match(typed)
    if iso:
        year, month, day = (int(part) for part in iso.groups())
        result = _real_date(year, month, day, typed, us=False)
    elif us:
        month, day, year = (int(part) for part in us.groups())
        if len(us.group(3)) == 2:
            year = _century(year, month, day, allowed, today)
        result = _real_date(year, month, day, typed, us=True)
    elif re.fullmatch(r"\d{1,2}[/\-.]\d{1,2}", typed):
        raise DateEntryError(
            translate("DateEntry", '"{typed}" has no year.').format(typed=typed) + " " + _hint()
        )
    else:
        raise DateEntryError(
            translate("DateEntry", '"{typed}" is not a date this field can read.').format(
                typed=typed
            )
            + " "
            + _hint()
        )
    if allowed.latest is not None and result > allowed.latest:
        if allowed.latest == today:
            words = translate("DateEntry", "{day} is in the future. Check the date.")
        else:
            words = translate("DateEntry", "{day} is after {latest}. Check the date.")
        raise DateEntryError(words.format(day=day_words(result), latest=day_words(allowed.latest)))
    if allowed.earliest is not None and result < allowed.earliest:
        raise DateEntryError(
            translate("DateEntry", "{day} is before {earliest}. Check the date.").format(
                day=day_words(result), earliest=day_words(allowed.earliest)
            )
        )
    return result
