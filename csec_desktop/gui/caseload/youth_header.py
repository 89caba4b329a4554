"""The top of a youth's page: the youth as they are known (chosen name and pronouns), the legal
name smaller, and one line of facts (age, agency, in care or not, legal status, placement,
missing now, and an exploitation status of concern).
"""

from __future__ import annotations

from csec_desktop.core.display_words import age_words
from csec_desktop.core.i18n import translate
from csec_desktop.core.records.exploitation_status import CONCERN, level_words
from csec_desktop.core.records.youth import LegalStatus, PlacementType
from csec_desktop.core.records.youth_store import YouthRecord
from csec_desktop.gui.widgets.basics import label


def facts_line(record: YouthRecord, today: object) -> str:
    profile = record.profile
    age = age_words(profile.birth_date, today)  # type: ignore[arg-type]
    parts = [translate("YouthPage", "Age {age}").format(age=age), profile.agency.words]
    parts.append(
        translate("YouthPage", "In care")
        if profile.in_foster_care
        else translate("YouthPage", "Not in care")
    )
    if profile.legal_status is not LegalStatus.UNKNOWN:
        parts.append(profile.legal_status.words)
    if profile.placement_type is not PlacementType.NONE:
        parts.append(profile.placement_type.words)
    if profile.missing:
        parts.append(translate("YouthPage", "Missing now"))
    if profile.placement:
        parts.append(profile.placement)
    return " · ".join(parts)


class YouthHeader:
    """The three header labels (``name``, ``legal``, ``facts``); the page lays them out."""

    def __init__(self) -> None:
        self.name = label("", "heading")
        self.name.setAccessibleName(translate("YouthPage", "Youth name"))
        self.legal = label("", "hint")
        self.legal.setAccessibleName(translate("YouthPage", "Legal name"))
        self.facts = label("")
        self.facts.setAccessibleName(translate("YouthPage", "About the youth"))

    def show(self, record: YouthRecord, today: object, level: str | None) -> None:
        """Show ``record``; ``level`` is its current exploitation status, named when of concern."""
        profile = record.profile
        self.name.setText(profile.name_with_pronouns)
        self.legal.setText(
            translate("YouthPage", "Legal name: {name}").format(name=profile.legal_name)
        )
        facts = facts_line(record, today)
        if level in CONCERN:
            status = translate("YouthPage", "Status: {status}").format(
                status=level_words(str(level))
            )
            facts += f" · {status}"
        self.facts.setText(facts)
