"""Referrals chosen in a needs assessment become service-plan referrals when it is signed.

Each needs domain of the holistic needs assessment has a ``<domain>_referrals`` multiple-choice
item (and a ``<domain>_referral_other`` text for "Other referral"). When the assessment is
signed, every referral chosen there is added to the youth's service plan under the domain's id
(``referral_domains.py``), status "planned", with the service in words as its agency until the
worker names the provider: nothing is typed twice. They are created at signing, not as
answered, because a draft's answers may still change and a service plan entry is acted on.

No duplicates: a referral already in the plan for the same domain and service (removed ones
included, so a referral the worker removed is not brought back by a later reassessment) is not
added again. Referrals are created through ``CaseItems.add``, the service plan's one store
function, inside the signing transaction.
"""

from __future__ import annotations

from csec_desktop.core.instruments.kinds import choices_of
from csec_desktop.core.instruments.navigator import Navigator
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.case_items import CaseItems, Referral, StoredItem
from csec_desktop.core.records.referral_domains import domain_id

REFERRALS_SUFFIX = "_referrals"
OTHER_SUFFIX = "_referral_other"
OTHER_CHOICE = "other"
NOTE = "Chosen in the needs assessment signed on {day}. Name the provider and update the status."


def chosen_referrals(navigator: Navigator) -> list[tuple[str, str]]:
    """(domain id, service in words) for every referral chosen, in the form's order.

    Only answers that count (items relevant now) are read; "Other referral" uses the typed
    words when given. Sections that are not needs domains are skipped."""
    answers = navigator.effective_answers()
    out: list[tuple[str, str]] = []
    for section in navigator.instrument.definition.sections:
        domain = domain_id(section.id)
        item_id = f"{section.id}{REFERRALS_SUFFIX}"
        if domain is None or not navigator.instrument.has_item(item_id):
            continue
        chosen = answers.get(item_id)
        if not isinstance(chosen, list):
            continue
        labels = {c.id: c.label.en for c in choices_of(navigator.instrument.item(item_id))}
        for choice in chosen:
            words = labels.get(str(choice), str(choice))
            if choice == OTHER_CHOICE:
                typed = answers.get(f"{section.id}{OTHER_SUFFIX}")
                words = str(typed).strip()[:200] if typed else words
            out.append((domain, words))
    return out


def _key(domain: str, words: str) -> tuple[str, str]:
    return domain, " ".join(words.split()).casefold()


def add_chosen_referrals(
    ctx: RecordContext, youth_id: str, navigator: Navigator, signed_on: str
) -> list[StoredItem]:
    """Add the referrals chosen in ``navigator``'s assessment to ``youth_id``'s service plan.

    ``signed_on`` is the signing date in words for the note. Returns the entries created
    (none for those already in the plan). Call inside the signing transaction."""
    items = CaseItems(ctx)
    existing = {
        _key(s.item.domain, s.item.agency)
        for s in items.for_youth(youth_id, "referral", include_removed=True)
        if isinstance(s.item, Referral)
    }
    created = []
    for domain, words in chosen_referrals(navigator):
        if _key(domain, words) in existing:
            continue
        existing.add(_key(domain, words))
        referral = Referral(domain=domain, agency=words, note=NOTE.format(day=signed_on))
        created.append(items.add(youth_id, referral))
    return created
