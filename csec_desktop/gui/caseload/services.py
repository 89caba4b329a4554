"""The core services one signed-in worker's screens use, built from the session.

Built once at sign-in and dropped at sign-out. The caseload itself (every youth and status) is
loaded later, in the background, into ``source``. After an unlock the session opens a new
database connection and audit log; ``rebind`` points the shared RecordContext at them, and every
service holds that one context, so nothing keeps using the closed connection.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from csec_desktop.core.clock import utc_now
from csec_desktop.core.instruments import InstrumentRegistry
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.county_instruments import laptop_registry
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.core.records.missing import MissingEpisodes
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.reports.service import SummaryService
from csec_desktop.core.screening_policy import ScreeningPolicy, offered_instrument_problems
from csec_desktop.gui.caseload.source import CaseloadSource
from csec_desktop.gui.caseload.wording import worker_language

NEEDS_INSTRUMENT = "holistic_needs"


@dataclass
class WorkspaceServices:
    ctx: RecordContext
    policy: Any  # CountyPolicy: .screening, .security
    registry: InstrumentRegistry
    screening: ScreeningService
    duties: DutyStore
    encounters: EncounterStore
    summaries: SummaryService
    source: CaseloadSource | None = field(default=None)
    # What in the county policy this laptop cannot honour (checked at sign-in, shown at once).
    policy_problems: list[str] = field(default_factory=list)
    session: Any = field(default=None)  # for a supervisor's co-signature on this laptop

    @classmethod
    def build(cls, session: Any, clock: Callable[[], datetime] = utc_now) -> WorkspaceServices:
        account = session.account
        ctx = RecordContext(session.db, session.audit, clock, Actor.of(account))
        registry = laptop_registry(session.db)
        policy = session.policy
        return cls(
            ctx=ctx,
            policy=policy,
            registry=registry,
            screening=ScreeningService(ctx, registry, policy.screening),
            duties=DutyStore(ctx),
            encounters=EncounterStore(ctx),
            summaries=SummaryService(ctx, policy),
            policy_problems=offered_instrument_problems(policy.screening, registry),
            session=session,
        )

    def reload_instruments(self) -> None:
        """After an install (by hand or with a trust update): offer the new definitions, take
        the county's screening policy its package carries, and check the policy again."""
        if self.session is not None:
            self.policy = self.session.policy
        self.registry = laptop_registry(self.ctx.db)
        self.screening = ScreeningService(self.ctx, self.registry, self.policy.screening)
        self.policy_problems = offered_instrument_problems(self.policy.screening, self.registry)

    @property
    def clock(self) -> Callable[[], datetime]:
        return self.ctx.clock

    def rebind(self, session: Any) -> None:
        """The session came back from a lock with a new connection: use it everywhere."""
        self.ctx.db = session.db
        self.ctx.audit = session.audit
        self.session = session

    def verify_cosigner(self, username: str, passphrase: str, what: str) -> Actor:
        """A supervisor's co-signature, checked against their key slot on this laptop."""
        from csec_desktop.core.vault.cosign import verify_cosigner

        return verify_cosigner(self.session, username, passphrase, what)

    def missing_episodes(self) -> MissingEpisodes:
        return MissingEpisodes(self.ctx, self.policy.screening)

    def needs_service(self) -> ScreeningService:
        """A screening service whose decision points offer only the needs assessment, for the
        "Start needs assessment" button (the start dialog then cannot pick anything else)."""
        return ScreeningService(self.ctx, self.registry, needs_only(self.policy.screening))

    def decision_point_label(self, point_id: str) -> str:
        try:
            return self.policy.screening.decision_point(point_id).label.get(worker_language())  # type: ignore[no-any-return]
        except Exception:  # noqa: BLE001 - a point a later policy removed: show its id
            return point_id.replace("_", " ").capitalize()


def needs_only(policy: ScreeningPolicy) -> ScreeningPolicy:
    points = [
        point.model_copy(update={"instruments": [NEEDS_INSTRUMENT]})
        for point in policy.decision_points
        if NEEDS_INSTRUMENT in point.instruments
    ]
    return policy.model_copy(update={"decision_points": points})
