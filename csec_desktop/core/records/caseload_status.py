"""What the caseload list shows beside each name: status, drafts, next duty due, alerts.

Computed for the whole laptop with a few grouped queries (not one query per youth), so the list
of 20,000 youth fills at once; the filters (overdue, due soon, open drafts, missing now,
identified, due for screening, agency) run on these rows in memory. The outcome shown is the
youth's current exploitation status (a later lower screen never replaces "Identified"); for a
youth without one (records from before status episodes) the latest screening outcome.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from csec_desktop.core.clock import from_iso
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.localtime import local_date, years_on
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.caseload_index import CaseloadEntry
from csec_desktop.core.records.duties import DUE_SOON
from csec_desktop.core.screening_policy import ScreeningPolicy


class CaseloadFilter(StrEnum):
    ALL = "all"
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    DRAFTS = "drafts"
    MISSING = "missing"
    IDENTIFIED = "identified"
    DUE_FOR_SCREENING = "due_for_screening"
    CHILD_WELFARE = "child_welfare"
    PROBATION = "probation"

    @property
    def label(self) -> str:
        """The filter named in the worker's language (screens only; nothing prints it)."""
        return translate("CaseloadFilter", _FILTER_LABELS[self.value])


_FILTER_LABELS = {
    "all": QT_TRANSLATE_NOOP("CaseloadFilter", "Everyone"),
    "overdue": QT_TRANSLATE_NOOP("CaseloadFilter", "Overdue duties"),
    "due_soon": QT_TRANSLATE_NOOP("CaseloadFilter", "Due within 24 hours"),
    "drafts": QT_TRANSLATE_NOOP("CaseloadFilter", "Open drafts"),
    "missing": QT_TRANSLATE_NOOP("CaseloadFilter", "Missing now"),
    "identified": QT_TRANSLATE_NOOP("CaseloadFilter", "Identified"),
    "due_for_screening": QT_TRANSLATE_NOOP("CaseloadFilter", "Due for screening"),
    "child_welfare": QT_TRANSLATE_NOOP("CaseloadFilter", "Child welfare"),
    "probation": QT_TRANSLATE_NOOP("CaseloadFilter", "Probation"),
}


@dataclass(frozen=True)
class YouthStatus:
    latest_band: str | None = None
    latest_at: str | None = None
    drafts: int = 0
    next_due: datetime | None = None  # when the soonest open duty counts as late
    open_duties: int = 0
    missing: bool = False
    last_screened: str | None = None
    due_for_screening: bool = False
    next_due_at: datetime | None = None  # that duty's due time (earlier for "immediately")
    danger_now: bool = False  # a "danger now" safety duty is open (the youth page's red banner)

    @property
    def identified(self) -> bool:
        return self.latest_band == "identified"

    @property
    def chips(self) -> tuple[str, ...]:
        """The alerts shown beside the name."""
        return tuple(
            words
            for words, shown in (
                ("Danger now", self.danger_now),
                ("Missing now", self.missing),
                ("Identified", self.identified),
            )
            if shown
        )

    def overdue(self, now: datetime) -> bool:
        return self.next_due is not None and self.next_due < now

    def due_soon(self, now: datetime) -> bool:
        return self.next_due is not None and now <= self.next_due <= now + DUE_SOON


# Each reads only a covering index of migration 14, never the rows (an encounter's explanation,
# a whole profile): at 20,000 youth the difference between a few hundred KB and 43 MB. The
# indexed expressions must stay written exactly as in the index for SQLite to use it.
COMPLETED_SQL = (
    "SELECT youth_id, final_band, completed_at, instrument_hash FROM encounters "
    "WHERE status = 'completed'"
)
DRAFTS_SQL = (
    "SELECT youth_id, count(*) FROM encounters WHERE status = 'draft' "
    "AND discarded IS NULL GROUP BY youth_id"
)
STATUS_NOW_SQL = (
    "SELECT youth_id, json_extract(data, '$.level') FROM episodes "
    "WHERE kind = 'exploitation_status' AND ended_at IS NULL ORDER BY started_at"
)
OPEN_DUTIES_SQL = (
    "SELECT youth_id, due_at, json_extract(data, '$.grace_minutes') FROM duties "
    "WHERE status = 'open'"
)
PROFILES_SQL = (  # one JSON parse per profile: the three paths come back as one array
    "SELECT id, json_extract(data, '$.missing', '$.in_care', '$.legal_status'), birth_date "
    "FROM youth WHERE purged_at IS NULL"
)
COVERED_SQL = (COMPLETED_SQL, DRAFTS_SQL, STATUS_NOW_SQL, OPEN_DUTIES_SQL, PROFILES_SQL)


def load_statuses(
    ctx: RecordContext, policy: ScreeningPolicy | None = None, now: datetime | None = None
) -> dict[str, YouthStatus]:
    latest: dict[str, tuple[str | None, str]] = {}
    ever_identified: set[str] = set()  # screened before status episodes (schema 3)
    # The latest *screening* outcome (a level of concern); a needs assessment's band ("urgent
    # needs") answers another question and is not shown as the youth's outcome. The few
    # definitions are classified once (reading each definition per encounter was slow).
    needs = {
        row[0]
        for row in ctx.db.execute(
            "SELECT hash FROM instrument_definitions "
            "WHERE json_extract(definition, '$.kind') = 'needs_assessment'"
        ).fetchall()
    }
    for youth_id, band, at, instrument in ctx.db.execute(COMPLETED_SQL).fetchall():
        if instrument in needs:
            continue
        if band == "identified":
            ever_identified.add(youth_id)
        if youth_id not in latest or at > latest[youth_id][1]:
            latest[youth_id] = (band, at)
    status_now = dict(ctx.db.execute(STATUS_NOW_SQL).fetchall())
    drafts = dict(ctx.db.execute(DRAFTS_SQL).fetchall())
    duties = _late_after(ctx)
    danger = _danger_now(ctx, policy)
    profiles = {}
    for youth_id, fields, born in ctx.db.execute(PROFILES_SQL).fetchall():
        missing, in_care, legal_status = json.loads(fields)
        profiles[youth_id] = {
            "missing": missing,
            "in_care": in_care,
            "legal_status": legal_status,
            "birth_date": born,
        }
    today = local_date(now or ctx.clock())
    statuses = {}
    for youth_id, profile in profiles.items():
        band, at = latest.get(youth_id, (None, None))
        due, count, due_at = duties.get(youth_id, (None, 0, None))
        statuses[youth_id] = YouthStatus(
            status_now.get(youth_id, "identified" if youth_id in ever_identified else band),
            at,
            int(drafts.get(youth_id, 0)),
            due,
            int(count),
            bool(profile.get("missing")),
            at,
            _due_for_screening(profile, at, policy, today),
            due_at,
            youth_id in danger,
        )
    return statuses


def _late_after(ctx: RecordContext) -> dict[str, tuple[datetime, int, datetime]]:
    """Per youth, when the soonest open duty counts as late (grace for "immediately"), how
    many are open, and that soonest duty's due time."""
    found: dict[str, tuple[datetime, int, datetime]] = {}
    for youth_id, due, grace in ctx.db.execute(OPEN_DUTIES_SQL).fetchall():
        due_at = from_iso(due)
        late = due_at + timedelta(minutes=float(grace or 0))
        before = found.get(youth_id)
        if before is None:
            found[youth_id] = (late, 1, due_at)
        elif late < before[0]:
            found[youth_id] = (late, before[1] + 1, due_at)
        else:
            found[youth_id] = (before[0], before[1] + 1, before[2])
    return found


def _danger_now(ctx: RecordContext, policy: ScreeningPolicy | None) -> set[str]:
    """Youth with an open "danger now" safety duty (``danger_now``). Open duties are few, so
    this reads their rows through the ``duties_open`` index rather than a covering one."""
    from csec_desktop.core.records.danger_now import safety_duty_types
    from csec_desktop.core.screening_policy import default_screening_policy

    kinds = safety_duty_types(policy or default_screening_policy())
    rows = ctx.db.execute("SELECT youth_id, duty_type FROM duties WHERE status = 'open'").fetchall()
    return {str(youth_id) for youth_id, kind in rows if kind in kinds}


def _due_for_screening(
    profile: dict[str, object], last: str | None, policy: ScreeningPolicy | None, today: date
) -> bool:
    """In care, old enough by the policy's ``min_age``, and never screened or not within the
    policy's re-screen interval."""
    if policy is None or policy.rescreen_days is None:
        return False
    in_care = bool(profile.get("in_care")) or profile.get("legal_status") not in (
        None,
        "unknown",
        "not_in_care",
    )
    born = profile.get("birth_date")
    if not in_care:
        return False
    if isinstance(born, str) and not policy.screens_age(years_on(date.fromisoformat(born), today)):
        return False
    if last is None:
        return True
    return (today - local_date(from_iso(last))).days >= policy.rescreen_days


def matches(
    entry: CaseloadEntry, status: YouthStatus, chosen: CaseloadFilter, now: datetime
) -> bool:
    if chosen is CaseloadFilter.OVERDUE:
        return status.overdue(now)
    if chosen is CaseloadFilter.DUE_SOON:
        return status.due_soon(now)
    if chosen is CaseloadFilter.DRAFTS:
        return status.drafts > 0
    if chosen is CaseloadFilter.MISSING:
        return status.missing
    if chosen is CaseloadFilter.IDENTIFIED:
        return status.identified
    if chosen is CaseloadFilter.DUE_FOR_SCREENING:
        return status.due_for_screening
    if chosen in (CaseloadFilter.CHILD_WELFARE, CaseloadFilter.PROBATION):
        return entry.agency == chosen.value
    return True
