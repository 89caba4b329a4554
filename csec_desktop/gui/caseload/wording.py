"""Words for the caseload screens: "overdue by 3 hours · March 14, 2026, 9:05 AM", form titles.

Overdue is always said in words (never by colour alone), so it reaches a screen reader and a
worker who does not see colour. The words themselves come from ``core.display_words``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from csec_desktop.core.display_words import due_words, duty_time_words
from csec_desktop.core.i18n import translate
from csec_desktop.core.instruments import shipped_registry
from csec_desktop.core.worker_language import worker_language


def in_language(texts: Mapping[str, str], fallback: str = "") -> str:
    """A county or instrument text (``{"en": ..., "es": ...}``) in the worker's language, or
    English where the county gave English only."""
    return texts.get(worker_language()) or texts.get("en") or fallback


def due_text(late: datetime | None, now: datetime, due: datetime | None = None) -> str:
    """'overdue by 3 hours · October 14, 2026, 7:41 AM (late after 8:41 AM)': ``late`` is when
    the duty counts as late, ``due`` its due time (the same unless due "immediately")."""
    if late is None:
        return translate("CaseloadWording", "Nothing due")
    when = duty_time_words(due or late, late)
    return f"{due_words(late, now)} · {when}"  # the words first: never cut off


def instrument_title(instrument_id: str, definition_title: str | None = None) -> str:
    if definition_title:
        return definition_title
    try:
        return shipped_registry().get(instrument_id).definition.title.get(worker_language())
    except Exception:  # noqa: BLE001 - an instrument this laptop no longer ships
        return instrument_id.replace("_", " ").capitalize()
