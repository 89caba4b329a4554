"""What the caseload list shows beside each name: status, drafts, next duty due, alerts.

Computed for the whole laptop with a few grouped queries (not one query per youth), so the list
of 20,000 youth fills at once; the filters (overdue, due soon, open drafts, missing now,
identified, due for screening, agency) run on these rows in memory. The outcome shown is the
youth's current exploitation status (a later lower screen never replaces "Identified"); for a
youth without one (records from before status episodes) the latest screening outcome.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from enum import StrEnum
from sys import intern
from typing import NamedTuple

from csec_desktop.core.clock import from_iso
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.localtime import local_date, local_day_bounds, years_on
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.caseload_index import CaseloadEntry
from csec_desktop.core.records.duties import DUE_SOON
from csec_desktop.core.records.scan_cache import small_page_cache
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


class YouthStatus(NamedTuple):
    """One youth's row of the status column. A named tuple, not a dataclass: 20,000 are made
    at every sign-in, and a tuple is made three times as fast and held in less memory."""

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
OPEN_DUTIES_SQL = (  # the duty type too (migration 15): the "danger now" chip
    "SELECT youth_id, due_at, json_extract(data, '$.grace_minutes'), duty_type FROM duties "
    "WHERE status = 'open'"
)
PROFILES_SQL = (  # the three paths come back from the index as one JSON array, split in SQL
    "SELECT id, shown ->> 0, shown ->> 1, shown ->> 2, birth_date FROM ("
    "SELECT id, json_extract(data, '$.missing', '$.in_care', '$.legal_status') AS shown, "
    "birth_date FROM youth WHERE purged_at IS NULL)"
)
COVERED_SQL = (COMPLETED_SQL, DRAFTS_SQL, STATUS_NOW_SQL, OPEN_DUTIES_SQL, PROFILES_SQL)


def load_statuses(
    ctx: RecordContext, policy: ScreeningPolicy | None = None, now: datetime | None = None
) -> dict[str, YouthStatus]:
    """Every youth's status row, read from the covering indexes with a small page cache (the
    index pages are not kept for the session: ``scan_cache``). The three reads of a row per
    youth or more are iterated, not fetched whole: a list of every row freed after the loop
    left about 4 MiB of Python's memory resident at 20,000 youth (decision 66)."""
    with small_page_cache(ctx.db):
        return _statuses(ctx, policy, now)


def _statuses(
    ctx: RecordContext, policy: ScreeningPolicy | None, now: datetime | None
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
    for youth_id, band, at, instrument in ctx.db.execute(COMPLETED_SQL):
        if instrument in needs:
            continue
        if band == "identified":
            ever_identified.add(youth_id)
        if youth_id not in latest or at > latest[youth_id][1]:
            latest[youth_id] = (band, at)
    status_now = dict(ctx.db.execute(STATUS_NOW_SQL).fetchall())
    drafts = dict(ctx.db.execute(DRAFTS_SQL).fetchall())
    duties, danger = _open_duties(ctx, policy)
    today = local_date(now or ctx.clock())
    screening = _ScreeningDue(policy, today)
    statuses = {}
    empty = (None, 0, None)
    for youth_id, missing, in_care, legal_status, born in ctx.db.execute(PROFILES_SQL):
        band, at = latest.get(youth_id, (None, None))
        due, count, due_at = duties.get(youth_id, empty)
        statuses[intern(youth_id)] = YouthStatus(  # the same string as the index's id
            status_now.get(youth_id, "identified" if youth_id in ever_identified else band),
            at,
            drafts.get(youth_id, 0),
            due,
            count,
            bool(missing),
            at,
            screening.due(bool(in_care), legal_status, born, at),
            due_at,
            youth_id in danger,
        )
    return statuses


def _open_duties(
    ctx: RecordContext, policy: ScreeningPolicy | None
) -> tuple[dict[str, tuple[datetime, int, datetime]], set[str]]:
    """Per youth, when the soonest open duty counts as late (grace for "immediately"), how
    many are open and that soonest duty's due time; and the youth with an open "danger now"
    safety duty (``danger_now``). One read of the covering index for both."""
    from csec_desktop.core.records.danger_now import safety_duty_types
    from csec_desktop.core.screening_policy import default_screening_policy

    kinds = safety_duty_types(policy or default_screening_policy())
    found: dict[str, tuple[datetime, int, datetime]] = {}
    danger: set[str] = set()
    for youth_id, due, grace, kind in ctx.db.execute(OPEN_DUTIES_SQL):
        if kind in kinds:
            danger.add(str(youth_id))
        due_at = from_iso(due)
        late = due_at + timedelta(minutes=float(grace)) if grace else due_at
        before = found.get(youth_id)
        if before is None:
            found[youth_id] = (late, 1, due_at)
        elif late < before[0]:
            found[youth_id] = (late, before[1] + 1, due_at)
        else:
            found[youth_id] = (before[0], before[1] + 1, before[2])
    return found, danger


class _ScreeningDue:
    """Whether a youth is due for screening (``YouthStatus.due_for_screening``): in care (by
    the profile's flag or its legal status), old enough by the policy's ``min_age``, and never
    screened or not within the policy's re-screen interval (last screened on or before the
    local day ``rescreen_days`` before today: before the instant that day ends, worked out
    once rather than converting every screening time to the local calendar)."""

    def __init__(self, policy: ScreeningPolicy | None, today: date) -> None:
        self.policy, self.today = policy, today
        self._old_enough: dict[str, bool] = {}  # birth dates repeat across a caseload
        self._cutoff: datetime | None = None
        if policy is not None and policy.rescreen_days is not None:
            last_stale_day = today - timedelta(days=policy.rescreen_days)
            self._cutoff = local_day_bounds(last_stale_day)[1]

    def due(
        self, in_care: bool, legal_status: str | None, born: str | None, last: str | None
    ) -> bool:
        policy = self.policy
        if policy is None or self._cutoff is None:
            return False
        if not (in_care or legal_status not in (None, "unknown", "not_in_care")):
            return False
        if isinstance(born, str):
            old_enough = self._old_enough.get(born)
            if old_enough is None:
                age = years_on(date.fromisoformat(born), self.today)
                old_enough = self._old_enough[born] = policy.screens_age(age)
            if not old_enough:
                return False
        return last is None or from_iso(last) < self._cutoff


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
