"""A form as sections: what the section view shows and where its Next and Back go.

The navigator knows items; this module groups them by section for the section view (all of a
section's relevant items on one page) and for the section list beside it: per section the items
relevant now, how many are answered, which required ones are still missing and which answers
fail their check. Moving by section only ever moves the navigator's position (the first
relevant item of a section, or ``END`` for the review page), so a draft saved in section view
resumes in one-question view and the other way round.
"""

from __future__ import annotations

from dataclasses import dataclass

from csec_desktop.core.i18n import translate
from csec_desktop.core.instruments.model import Item, Text
from csec_desktop.core.instruments.navigator import Navigator


@dataclass(frozen=True)
class SectionStatus:
    """One section as answered so far (only sections with at least one relevant item)."""

    id: str
    title: Text
    help: Text | None
    items: tuple[Item, ...]  # relevant now, in the definition's order
    answered: int  # relevant items with an answer
    missing: tuple[str, ...]  # required relevant items without an answer
    problems: tuple[str, ...]  # answered items whose check fails

    @property
    def complete(self) -> bool:
        return not self.missing and not self.problems

    def needed_words(self) -> str:
        """What is still needed, in words for the section list ("" when nothing is)."""
        parts = []
        if self.missing:
            n = len(self.missing)
            parts.append(
                translate("SectionStatus", "1 answer needed")
                if n == 1
                else translate("SectionStatus", "{count} answers needed").format(count=n)
            )
        if self.problems:
            n = len(self.problems)
            parts.append(
                translate("SectionStatus", "1 answer to check")
                if n == 1
                else translate("SectionStatus", "{count} answers to check").format(count=n)
            )
        return ", ".join(parts)


def section_statuses(navigator: Navigator) -> list[SectionStatus]:
    """Every section that has a relevant item now, in order, with its completion."""
    issues = navigator.issues()
    missing = {i.item_id for i in issues if i.kind == "missing"}
    problems = {i.item_id for i in issues if i.kind == "constraint"}
    answers = navigator.effective_answers()
    out = []
    for section in navigator.instrument.definition.sections:
        items = tuple(item for item in section.items if navigator.is_relevant(item.id))
        if not items:
            continue
        ids = [item.id for item in items]
        out.append(
            SectionStatus(
                section.id,
                section.title,
                section.help,
                items,
                sum(1 for i in ids if i in answers),
                tuple(i for i in ids if i in missing),
                tuple(i for i in ids if i in problems),
            )
        )
    return out


def current_section(navigator: Navigator) -> str | None:
    """The section of the current item; None on the review page."""
    item = navigator.current
    return None if item is None else navigator.instrument.section_of(item.id).id


def section_start(navigator: Navigator, section_id: str) -> str:
    """The first item of ``section_id`` relevant now.

    Raises ``ValueError`` when no item of that section is relevant (the section is hidden)."""
    for item in navigator.relevant_items(section_id):
        return item.id
    raise ValueError(f"section {section_id} has no item to show as answered so far")


def neighbour_section(navigator: Navigator, step: int) -> str | None:
    """The first item of the section ``step`` (+1 or -1) from the current one.

    None after the last section (the review page). From the review page, -1 gives the last
    section; before the first section the first one is returned (Back stays put)."""
    ids = [s.id for s in section_statuses(navigator)]
    if not ids:
        return None
    here = current_section(navigator)
    index = len(ids) if here is None else ids.index(here)
    target = index + step
    if target >= len(ids):
        return None
    return section_start(navigator, ids[max(target, 0)])
