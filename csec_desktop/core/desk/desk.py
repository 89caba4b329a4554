"""``Desk``: the stores and services of one signed-in session, over one context and one clock.

The model is Anki's ``Collection`` (``col.decks``, ``col.models``): callers are handed the desk
and ask it for what they need (``desk.duties``, ``desk.summaries``, ``desk.sync``), instead of
building stores from a session by hand. So the GUI, every ``csec`` command, demo seeding and
the tests record changes with the same actor (``Actor.of`` the signed-in account: a supervisor
sees every youth) and the same clock: the session's (``DeviceVault(clock=...)``) unless one is
given here, which tests do to fix the time.

Stores are made when first asked for and then kept; they all hold the one ``ctx``, so
``rebind`` after an unlock (a new connection and audit log) moves every one of them at once.
Services that read the county policy (screening, printing, missing episodes) are made again by
``reload_instruments`` after a county package is installed.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from csec_desktop.core.clock import Clock
from csec_desktop.core.desk.screening_choices import needs_only, point_label
from csec_desktop.core.records.base import Actor, RecordContext
from csec_desktop.core.records.case_items import CaseItems
from csec_desktop.core.records.caseload import Caseload
from csec_desktop.core.records.county_instruments import laptop_registry
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.records.encounters import EncounterStore
from csec_desktop.core.records.episodes import EpisodeStore
from csec_desktop.core.records.exploitation_status import ExploitationStatus
from csec_desktop.core.records.missing import MissingEpisodes
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.records.youth_access import YouthAccess
from csec_desktop.core.records.youth_store import YouthStore
from csec_desktop.core.reports.service import SummaryService
from csec_desktop.core.reports.timeline_copy import TimelinePrinter
from csec_desktop.core.screening_policy import offered_instrument_problems
from csec_desktop.core.sync_service.service import SyncService
from csec_desktop.core.worker_language import worker_language

if TYPE_CHECKING:
    from csec_desktop.core.instruments import InstrumentRegistry
    from csec_desktop.core.names.nicknames import NicknameTable
    from csec_desktop.core.policy import CountyPolicy
    from csec_desktop.core.vault.audit import AuditLog
    from csec_desktop.core.vault.database import Database
    from csec_desktop.core.vault.session import Session

# Made from the county policy or the installed instruments: made again by reload_instruments.
_POLICY_BOUND = ("registry", "screening", "summaries", "missing", "policy_problems")


class Desk:
    """Everything one signed-in worker works with (see the module docstring).

    ``session``: signed in (not locked). ``clock``: the time every store records; the
    session's clock (``session.vault.clock``) when None.
    """

    def __init__(self, session: Session, clock: Clock | None = None) -> None:
        self.session = session
        self.clock: Clock = clock if clock is not None else session.vault.clock
        self.actor = Actor.of(session.account)
        self.ctx = RecordContext(session.db, session.audit, self.clock, self.actor)

    # -- the session's own: database, audit log, county policy -------------------------------
    @property
    def db(self) -> Database:
        return self.ctx.db

    @property
    def audit(self) -> AuditLog:
        return self.ctx.audit

    @property
    def policy(self) -> CountyPolicy:
        """The county policy in force (with the screening policy of an installed county
        package; see ``Session.policy``)."""
        return self.session.policy

    @property
    def nicknames(self) -> NicknameTable:
        """The county's nickname table (search and duplicate checks)."""
        from csec_desktop.core.names.nicknames import county_nicknames

        return county_nicknames(self.policy)

    # -- record stores (each over ``ctx``) ---------------------------------------------------
    @cached_property
    def youth(self) -> YouthStore:
        return YouthStore(self.ctx)

    @cached_property
    def encounters(self) -> EncounterStore:
        return EncounterStore(self.ctx)

    @cached_property
    def duties(self) -> DutyStore:
        return DutyStore(self.ctx)

    @cached_property
    def case_items(self) -> CaseItems:
        return CaseItems(self.ctx)

    @cached_property
    def episodes(self) -> EpisodeStore:
        return EpisodeStore(self.ctx)

    @cached_property
    def statuses(self) -> ExploitationStatus:
        return ExploitationStatus(self.ctx)

    @cached_property
    def access(self) -> YouthAccess:
        return YouthAccess(self.ctx)

    @cached_property
    def timeline_copies(self) -> TimelinePrinter:
        """The youth's printed timeline, saved and audited."""
        return TimelinePrinter(self.ctx)

    def open_caseload(self) -> Caseload:
        """Every youth the actor may see, indexed for search (slow with a large caseload)."""
        return Caseload(self.ctx, self.nicknames, self.policy.screening)

    # -- services that read the county policy or the instruments ----------------------------
    @cached_property
    def registry(self) -> InstrumentRegistry:
        """Shipped instrument definitions plus the county's installed ones."""
        return laptop_registry(self.db)

    @cached_property
    def screening(self) -> ScreeningService:
        return ScreeningService(self.ctx, self.registry, self.policy.screening)

    @cached_property
    def missing(self) -> MissingEpisodes:
        return MissingEpisodes(self.ctx, self.policy.screening)

    @cached_property
    def summaries(self) -> SummaryService:
        """Printed summaries (every audience), saved and audited."""
        return SummaryService(self.ctx, self.policy)

    @cached_property
    def policy_problems(self) -> list[str]:
        """What in the county's screening policy this laptop cannot offer (no instrument
        installed for a decision point), checked once per policy."""
        return offered_instrument_problems(self.policy.screening, self.registry)

    def needs_service(self) -> ScreeningService:
        """A screening service offering only the needs assessment at every decision point
        (the "Start needs assessment" button)."""
        return ScreeningService(self.ctx, self.registry, needs_only(self.policy.screening))

    def decision_point_label(self, point_id: str) -> str:
        return point_label(self.policy.screening, point_id, worker_language())

    # -- the exchange with the county and co-signatures ---------------------------------------
    @cached_property
    def sync(self) -> SyncService:
        """Enrollment, export, receipts and purge (``core/sync_service``), on the desk's clock."""
        return SyncService(self.session, self.clock)

    def verify_cosigner(self, username: str, passphrase: str, what: str) -> Actor:
        """A supervisor's co-signature on this laptop (``vault.cosign``); audited."""
        from csec_desktop.core.vault.cosign import verify_cosigner

        return verify_cosigner(self.session, username, passphrase, what)

    # -- after an install, after an unlock -----------------------------------------------------
    def reload_instruments(self) -> None:
        """After a county package or instrument install: read the instruments and the county's
        screening policy again (``Session.refresh_policy`` first), and check them again."""
        for name in _POLICY_BOUND:
            self.__dict__.pop(name, None)

    def rebind(self, session: Session | None = None) -> None:
        """The session came back from a lock with a new connection and audit log: every store
        uses them from now on (they all share ``ctx``)."""
        if session is not None and session is not self.session:
            self.session = session
            self.__dict__.pop("sync", None)
        self.ctx.db = self.session.db
        self.ctx.audit = self.session.audit
