"""What a worker may start where, read from the county's screening policy.

Rules the screens used to hold: the "Start needs assessment" button offers the needs
assessment only, and an encounter recorded at a decision point a later policy removed still
shows a label.
"""

from __future__ import annotations

from csec_desktop.core.reports.summary_data import decision_point_label
from csec_desktop.core.screening_policy import ScreeningPolicy

NEEDS_INSTRUMENT = "holistic_needs"


def needs_only(policy: ScreeningPolicy) -> ScreeningPolicy:
    """``policy`` with only the decision points that offer the needs assessment, each offering
    nothing else (so the start dialog cannot pick a screening instead)."""
    points = [
        point.model_copy(update={"instruments": [NEEDS_INSTRUMENT]})
        for point in policy.decision_points
        if NEEDS_INSTRUMENT in point.instruments
    ]
    return policy.model_copy(update={"decision_points": points})


def point_label(policy: ScreeningPolicy, point_id: str, language: str = "en") -> str:
    """A decision point's label in ``language``; a point the county has since removed shows
    by its id (the same rule the printed summary follows)."""
    return decision_point_label(policy, point_id).get(language)
