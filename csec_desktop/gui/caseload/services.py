"""What the signed-in worker's screens hold: the core ``Desk`` plus the loaded caseload.

Every store, service, rule, the clock and the county policy come from ``core.desk.Desk`` (the
same object the ``csec`` commands and demo seeding use). The only thing the screens add is
``source``: the caseload (every youth and status), loaded later in the background. Built once
at sign-in, dropped at sign-out; ``rebind`` after an unlock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from csec_desktop.core.desk import Desk

if TYPE_CHECKING:
    from csec_desktop.core.clock import Clock
    from csec_desktop.core.vault.session import Session
    from csec_desktop.gui.caseload.source import CaseloadSource


class WorkspaceServices(Desk):
    def __init__(self, session: Session, clock: Clock | None = None) -> None:
        super().__init__(session, clock)
        self.source: CaseloadSource | None = None

    @classmethod
    def build(cls, session: Session, clock: Clock | None = None) -> WorkspaceServices:
        """The desk of ``session`` on its clock (or ``clock``), with no caseload loaded yet."""
        return cls(session, clock)
