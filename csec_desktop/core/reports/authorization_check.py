"""Whether the MDT's copy would share information beyond a current authorization.

The MDT shares under WIC 18961.7 or the county's WIC 830 protocol, or under an authorization on
file (the basis of the youth's latest MDT meeting). The copy is checked on the day it prints:

- Under an authorization, every category of information the copy carries (by the print tags
  of the answers and referrals on it, plus "screening results and the case plan") and every
  agency of the team members on it must be covered by a current authorization.
- Under any basis, minor-consent services (Fam. Code 6924-6929) need the youth's current
  authorization before they are redisclosed, even to the team.

Each gap is one line printed at the top of the MDT copy, so the worker sees it in the preview
and the reader sees it on paper.
"""

from __future__ import annotations

from datetime import date

from csec_desktop.core.records.authorization import INFO_CATEGORIES, Authorization
from csec_desktop.core.records.referral_domains import domain_id
from csec_desktop.core.reports import selection
from csec_desktop.core.reports.audience import DOMAIN_TAGS, Audience
from csec_desktop.core.reports.audience_visibility import item_tags, visible
from csec_desktop.core.reports.summary_data import SummaryData

ALWAYS_NEEDS = frozenset({"minor_consent"})


def copy_categories(data: SummaryData, audience: Audience) -> set[str]:
    """The information categories (``INFO_CATEGORIES``) ``audience``'s copy carries."""
    found = {"general"}
    answers = data.encounter.answers
    for item_id, value in answers.items():
        if value in (None, "", []) or not data.instrument.has_item(item_id):
            continue
        item = data.instrument.item(item_id)
        if visible(item, audience, answers):
            found |= {str(tag) for tag in item_tags(item)}
    for referral in selection.referrals(data, audience):
        known = domain_id(referral.domain)
        found |= {str(tag) for tag in DOMAIN_TAGS.get(known or "", frozenset())}
    return found


def sharing_gaps(data: SummaryData, audience: Audience, on: date) -> list[str]:
    """One plain line per piece of ``audience``'s copy no current authorization covers (only
    the MDT's copy is checked; the others never carry team information beyond the rules)."""
    if audience is not Audience.MDT:
        return []
    current = [
        s.item for s in data.case_items if isinstance(s.item, Authorization) and s.item.current(on)
    ]
    meetings = selection.meetings(data, audience)
    under_authorization = bool(meetings) and meetings[-1].sharing_basis == "authorization"
    carried = copy_categories(data, audience)
    needed = carried if under_authorization else carried & ALWAYS_NEEDS
    gaps = []
    if under_authorization and not current:
        gaps.append("The team shares under an authorization on file, but none is current today.")
    for category in sorted(needed):
        if not any(category in a.information for a in current):
            gaps.append(
                f"On this copy, not covered by a current authorization: "
                f"{INFO_CATEGORIES[category]}."
            )
    if under_authorization:
        named = {agency.casefold() for a in current for agency in a.agencies}
        for agency in sorted({m.agency for m in selection.members(data, audience)}):
            if agency.casefold() not in named:
                gaps.append(f"{agency} is not named in a current authorization.")
    return gaps
