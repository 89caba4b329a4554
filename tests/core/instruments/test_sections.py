"""The section view's core: sections with completion, what is still needed, moving by section."""

from __future__ import annotations

from csec_desktop.core.instruments import Navigator, shipped_registry
from csec_desktop.core.instruments.sections import (
    current_section,
    neighbour_section,
    section_start,
    section_statuses,
)


def test_sections_group_relevant_items_with_completion_and_needs() -> None:
    nav = Navigator(shipped_registry().get("holistic_needs"))
    statuses = {s.id: s for s in section_statuses(nav)}
    housing = statuses["housing"]
    assert "housing_referrals" not in [i.id for i in housing.items]  # hidden until a need
    assert housing.missing == ("housing_need",) and not housing.complete
    assert housing.needed_words() == "1 answer needed"
    nav.set_answer("housing_need", "significant")
    housing = {s.id: s for s in section_statuses(nav)}["housing"]
    assert "housing_referrals" in [i.id for i in housing.items]  # appears as relevance changes
    assert housing.complete and housing.answered == 1 and housing.needed_words() == ""


def test_moving_by_section_ends_on_the_review_page_and_comes_back() -> None:
    nav = Navigator(shipped_registry().get("csec_identification"))
    ids = [s.id for s in section_statuses(nav)]
    assert current_section(nav) == ids[0]
    assert neighbour_section(nav, -1) == section_start(nav, ids[0])  # Back stays put
    seen = [current_section(nav)]
    while (target := neighbour_section(nav, +1)) is not None:
        nav.go_to(target)
        seen.append(current_section(nav))
    assert seen == ids
    nav.go_to_end()
    assert nav.at_end and current_section(nav) is None
    assert neighbour_section(nav, -1) == section_start(nav, ids[-1])
