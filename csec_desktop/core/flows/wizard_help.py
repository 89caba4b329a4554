"""What F1 explains on each page of the screening and assessment wizard: one table.

Each wizard page has one row (a page without a row fails at import). The page's fixed text is
joined with what the instrument itself says: the current section's and item's help on a
question page, the outcome bands' descriptions on the review page. The wording follows the
information-integration practice of the CSE-IT model (see docs/instruments.md): the worker
completes the form from everything known, never by reading the items to the youth.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.instruments.loader import Instrument
from csec_desktop.core.instruments.model import InstrumentKind

WizardPage = Literal["questions", "review", "completed"]

INTEGRATION = QT_TRANSLATE_NOOP(
    "WizardHelp",
    "Answer from everything you know: what the youth tells you, what you observe, records and "
    "what others (caregivers, school, health, probation) have told you. The items are not "
    "questions to read to the youth, and the youth never has to repeat their story. Choose "
    "'Unknown' or leave an optional item empty when you do not know yet; you can come back.",
)
NEEDS = QT_TRANSLATE_NOOP(
    "WizardHelp",
    "Complete each needs domain with the youth where you can: strengths first, then concerns, "
    "the level of need, referrals and goals in the youth's own words. A referral you choose "
    "here is added to the Service plan when you sign, where you name the provider.",
)
KEYS = QT_TRANSLATE_NOOP(
    "WizardHelp",
    "Keys: a number answers the item that has the focus (0 to 2 on concern ratings, from 1 "
    "otherwise) and moves to the next item; Tab and Shift+Tab move between items; the arrow "
    "keys move between options; Enter goes to the next section; Alt+B goes back. Every answer "
    "is saved as you give it.",
)

PAGE_HELP: dict[WizardPage, tuple[str, str]] = {
    "questions": (QT_TRANSLATE_NOOP("WizardHelp", "Answering the form"), INTEGRATION),
    "review": (
        QT_TRANSLATE_NOOP("WizardHelp", "The outcome and what follows"),
        QT_TRANSLATE_NOOP(
            "WizardHelp",
            "The outcome is a level of concern to act on with your team, not proof. The form "
            "shows why it is what it is and which answers moved it. A decisive answer (a "
            "disclosure or evidence of an exchange) sets the outcome on its own. You may record "
            "a different outcome with a written reason; changing a decisive outcome needs a "
            "supervisor's co-signature. Signing starts the duties the law and county protocol "
            "set, timed from when the information was received: for example the child-abuse "
            "hotline report at once and the written report (SS 8572) within 36 hours (PC 11166), "
            "and a law-enforcement report within 24 hours for a youth identified as a victim. "
            "Answers cannot change after signing; an addendum can add to them.",
        ),
    ),
    "completed": (
        QT_TRANSLATE_NOOP("WizardHelp", "After signing"),
        QT_TRANSLATE_NOOP(
            "WizardHelp",
            "The duties listed here run from when the information was received. Each shows "
            "what to do, by when, and the law or protocol it comes from. Duties already done "
            "are marked done. Record each one on the youth's page or in the deadlines panel as "
            "you do it.",
        ),
    ),
}

_missing = [page for page in get_args(WizardPage) if page not in PAGE_HELP]
if _missing:
    raise RuntimeError(f"wizard pages without help: {_missing}")


@dataclass(frozen=True)
class PageHelp:
    title: str
    parts: tuple[tuple[str, str], ...]  # (subheading, paragraph), in reading order


def wizard_help(
    page: WizardPage,
    instrument: Instrument,
    lang: str = "en",
    section_id: str | None = None,
    item_id: str | None = None,
) -> PageHelp:
    """The help for ``page``; ``section_id`` and ``item_id`` name what has the focus."""
    title, text = (translate("WizardHelp", words) for words in PAGE_HELP[page])
    definition = instrument.definition
    parts: list[tuple[str, str]] = []
    if page == "questions":
        if definition.kind is InstrumentKind.NEEDS_ASSESSMENT:
            parts.append(
                (translate("WizardHelp", "How to complete it"), translate("WizardHelp", NEEDS))
            )
        parts.append((translate("WizardHelp", "Information integration"), text))
        if section_id is not None:
            section = next(s for s in definition.sections if s.id == section_id)
            if section.help is not None:
                parts.append((section.title.get(lang), section.help.get(lang)))
        if item_id is not None:
            item = instrument.item(item_id)
            if item.help is not None:
                parts.append((item.label.get(lang), item.help.get(lang)))
        parts.append((translate("WizardHelp", "Keyboard"), translate("WizardHelp", KEYS)))
    else:
        parts.append((title, text))
    if page == "review":
        for band in definition.bands:
            words = band.description.get(lang) if band.description else ""
            outcome = translate("WizardHelp", "Outcome: {band}").format(band=band.label.get(lang))
            parts.append((outcome, words))
    return PageHelp(title, tuple(parts))
