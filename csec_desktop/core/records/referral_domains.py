"""The needs domains a referral can name: stored by id, labelled only for display.

A referral's ``domain`` is the id of a holistic-needs domain (``sexual_health``,
``substance_use``…), because the print rules look sensitivity up by id: a referral stored under
its title ("Sexual and reproductive health") would match no rule and print on copies it must
never reach. Older laptops stored the English title (and the GUI allowed free text), so every
reader accepts a title in English or Spanish as well and turns it into the id
(``domain_id``); text that names no domain is kept as typed and printed only on the case file
(see ``reports/audience.py``).

The domains are the sections of the newest shipped holistic needs assessment that follow the
domain pattern (a ``<domain>_need`` item).
"""

from __future__ import annotations

from functools import lru_cache

from csec_desktop.core.instruments import shipped_registry

NEEDS_INSTRUMENT = "holistic_needs"


@lru_cache(maxsize=1)
def _domains() -> tuple[tuple[str, str, str], ...]:
    """(id, English title, Spanish title) per domain, in the instrument's order."""
    registry = shipped_registry()
    out: dict[str, tuple[str, str, str]] = {}
    for instrument in registry.all():  # every shipped version: old titles still resolve
        if instrument.id != NEEDS_INSTRUMENT:
            continue
        for sec in instrument.definition.sections:
            if any(item.id == f"{sec.id}_need" for item in sec.items):
                out[sec.id] = (sec.id, sec.title.en, sec.title.get("es"))
    latest = registry.get(NEEDS_INSTRUMENT).definition.sections
    order = {sec.id: index for index, sec in enumerate(latest)}
    return tuple(sorted(out.values(), key=lambda d: order.get(d[0], len(order))))


@lru_cache(maxsize=1)
def _lookup() -> dict[str, str]:
    table: dict[str, str] = {}
    for domain_id, en, es in _domains():
        for text in (domain_id, en, es):
            table[_key(text)] = domain_id
    return table


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def domain_choices(lang: str = "en") -> tuple[tuple[str, str], ...]:
    """(id, label) for every domain, in the instrument's order: what a form offers."""
    return tuple((d[0], d[2] if lang == "es" else d[1]) for d in _domains())


def domain_id(text: str) -> str | None:
    """The domain id ``text`` names (an id, or an English or Spanish title, any case and
    spacing), or None when it names no domain."""
    return _lookup().get(_key(text))


def normalize_domain(text: str) -> str:
    """The id when ``text`` names a domain, else ``text`` unchanged (kept, never guessed)."""
    return domain_id(text) or text


def domain_label(domain: str, lang: str = "en") -> str:
    """The domain's title for display; text that names no domain is shown as stored."""
    found = domain_id(domain)
    for d in _domains():
        if d[0] == found:
            return d[2] if lang == "es" else d[1]
    return domain
