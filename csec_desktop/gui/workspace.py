"""The signed-in worker's workspace: the caseload, deadlines and agenda, and a youth's page.

Built by the AppController when a session becomes active and dropped at sign-out, so nothing
one worker saw stays in memory for the next. It builds the core services from the session,
loads the caseload in the background (a busy line shows meanwhile), and moves between the list
and a youth's page. Window titles are never set from here: they never carry personal data.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from csec_desktop.core.errors import CsecError
from csec_desktop.core.names.fold import forget_folded_names
from csec_desktop.core.names.nicknames import county_nicknames
from csec_desktop.gui.background import Background
from csec_desktop.gui.caseload.agenda_view import AgendaView
from csec_desktop.gui.caseload.caseload_view import CaseloadView
from csec_desktop.gui.caseload.deadlines import DeadlineRow, DeadlinesPanel, deadline_rows
from csec_desktop.gui.caseload.profile_dialog import ProfileDialog
from csec_desktop.gui.caseload.services import WorkspaceServices
from csec_desktop.gui.caseload.source import CaseloadSource
from csec_desktop.gui.caseload.youth_page import YouthPage
from csec_desktop.gui.forms.form_drafts import remember
from csec_desktop.gui.widgets.basics import InlineMessage


class Workspace(QWidget):
    def __init__(self, services: WorkspaceServices, background: Background) -> None:
        super().__init__()
        self.missing_dialog: QWidget | None = None  # opened after "Missing now" is ticked
        self.setAccessibleName("Workspace")
        self.services: WorkspaceServices | None = services
        self.background = background
        self.closed = False
        self.caseload = CaseloadView(background, services.clock)
        self.deadlines = DeadlinesPanel(services.clock)
        self.home = QTabWidget()
        self.home.setAccessibleName("Caseload and deadlines")
        self.home.addTab(self.caseload, "&Caseload")
        self.home.addTab(self.deadlines, "&Deadlines")
        self.agenda = AgendaView(services, background)
        self.home.addTab(self.agenda, "Ag&enda")
        self.home.currentChanged.connect(self._home_tab_changed)
        self.youth_page = YouthPage(services, background)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.home)
        self.stack.addWidget(self.youth_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.policy_message = InlineMessage("County policy problem")
        layout.addWidget(self.policy_message)
        layout.addWidget(self.stack)
        self.show_policy_problems()
        self.caseload.open_requested.connect(self.open_youth)
        self.caseload.add_requested.connect(self.add_youth)
        self.deadlines.open_duty.connect(self.open_youth)
        self.agenda.open_entry.connect(lambda y, d: self.open_youth(y, d or None))
        self.deadlines.counts_changed.connect(self._deadline_counts)
        self.youth_page.back_requested.connect(self.show_caseload)
        self.youth_page.edit_requested.connect(self.edit_profile)
        self.youth_page.changed.connect(self.refresh)

    def show_policy_problems(self) -> None:
        """Name, at sign-in, each decision point whose instrument this laptop lacks, so no
        worker first learns of it when starting a screening there."""
        problems = self.services.policy_problems if self.services else []
        if problems:
            self.policy_message.show_message(
                "This laptop cannot yet follow the county policy. "
                + " ".join(f"{line[0].upper()}{line[1:]}." for line in problems)
                + " A supervisor can install instruments under Settings → Instruments.",
                "warning",
            )
        else:
            self.policy_message.clear_message()

    @classmethod
    def for_session(cls, session: Any, background: Background) -> Workspace:
        workspace = cls(WorkspaceServices.build(session), background)
        workspace.load()
        return workspace

    # -- loading -------------------------------------------------------------------------------
    def load(self) -> None:
        """Read every youth and status on a worker thread; the busy line shows meanwhile."""
        assert self.services is not None
        ctx, policy = self.services.ctx, self.services.policy.screening
        nicknames = county_nicknames(self.services.policy)
        self.caseload.set_loading(True)
        self.background.run(
            lambda: CaseloadSource.load(ctx, nicknames, policy), self._loaded, self._failed
        )

    def _loaded(self, source: CaseloadSource) -> None:
        if self.closed or self.services is None:
            return
        self.services.source = source
        self.agenda.names = source.names
        self.caseload.set_source(source)
        self._load_deadlines()

    def _failed(self, error: CsecError) -> None:
        if not self.closed:
            self.caseload.set_loading(False)
            self.caseload.message.show_message(error.message)

    def _load_deadlines(self) -> None:
        services = self.services
        if services is None or services.source is None:
            return
        source = services.source

        def work() -> list[DeadlineRow]:
            return deadline_rows(services.duties.open_duties(), source.names())

        self.background.run(work, self._deadlines_loaded, self._failed)

    def _deadlines_loaded(self, rows: list[DeadlineRow]) -> None:
        if not self.closed:
            self.deadlines.set_rows(rows)
            if self.home.currentWidget() is self.agenda:
                self.agenda.show_week()

    def _home_tab_changed(self, _index: int) -> None:
        source = self.services.source if self.services else None
        if self.home.currentWidget() is self.agenda and source is not None and not self.closed:
            self.agenda.show_week()

    def _deadline_counts(self, overdue: int, _soon: int) -> None:
        text = f"&Deadlines ({overdue} overdue)" if overdue else "&Deadlines"
        self.home.setTabText(self.home.indexOf(self.deadlines), text)

    def refresh(self) -> None:
        """A screening or duty changed: statuses, the list and the deadlines are read again."""
        services = self.services
        if services is None or services.source is None or self.closed:
            return
        source, ctx = services.source, services.ctx
        self.background.run(
            lambda: source.refresh_statuses(ctx), lambda _none: self._refreshed(), self._failed
        )

    def _refreshed(self) -> None:
        if not self.closed:
            self.caseload.run_query()
            self._load_deadlines()

    # -- moving between the list and a youth ---------------------------------------------------
    def open_youth(self, youth_id: str, duty_id: str | None = None) -> None:
        if self.services is None or self.services.source is None:
            return
        try:
            record = self.services.source.open(youth_id)  # audited as viewed
        except CsecError as exc:
            self.caseload.message.show_message(exc.message)
            return
        self.youth_page.show_youth(record, duty_id)
        self.stack.setCurrentWidget(self.youth_page)

    def show_caseload(self) -> None:
        self.stack.setCurrentWidget(self.home)
        current = self.home.currentWidget()
        targets = {self.caseload: self.caseload.table, self.deadlines: self.deadlines.table}
        targets.get(current, self.agenda.tree).setFocus()

    @property
    def showing_youth(self) -> bool:
        return self.stack.currentWidget() is self.youth_page

    def add_youth(self) -> ProfileDialog | None:
        if self.services is None or self.services.source is None:
            return None
        dialog = ProfileDialog(self.services.source, self.background, parent=self)
        remember(dialog, "profile", "New youth profile", {"youth_id": None})
        dialog.accepted.connect(lambda: self._profile_done(dialog, added=True))
        dialog.open()
        return dialog

    def edit_profile(self, youth_id: str) -> ProfileDialog | None:
        if self.services is None or self.services.source is None:
            return None
        record = self.youth_page.record
        if record is None or record.id != youth_id:
            record = self.services.source.open(youth_id)
        dialog = ProfileDialog(self.services.source, self.background, record, parent=self)
        remember(dialog, "profile", "Youth profile", {"youth_id": youth_id})
        dialog.accepted.connect(lambda: self._profile_done(dialog, added=False))
        dialog.open()
        return dialog

    def _profile_done(self, dialog: ProfileDialog, added: bool) -> None:
        if dialog.open_existing_id is not None:
            self.open_youth(dialog.open_existing_id)
            return
        if dialog.record is None:
            return
        if added:
            self.caseload.run_query()
            self.open_youth(dialog.record.id)
        else:
            self.caseload.refresh_row(dialog.record.id)
            self.youth_page.profile_saved(dialog.record)
        was_missing = dialog.existing is not None and dialog.existing.profile.missing
        if dialog.record.profile.missing and not was_missing:
            # "Missing now" was ticked: the episode and its duties exist; the worker says
            # when they learned of it and records the notices.
            if not self.showing_youth:
                self.open_youth(dialog.record.id)
            self.missing_dialog = self.youth_page.open_missing()
        self.refresh()

    # -- the session's life --------------------------------------------------------------------
    def rebind(self, session: Any) -> None:
        """Back from a lock: the session has a new connection; point the services at it."""
        if self.services is not None:
            self.services.rebind(session)

    def close_workspace(self) -> None:
        """Sign-out: stop timers and let go of every service and row, so nothing stays."""
        self.closed = True
        self.deadlines.timer.stop()
        self.caseload.debounce.stop()
        self.caseload.model.set_rows([])
        self.deadlines.model.set_rows([])
        self.caseload.source = None
        self.services = None
        forget_folded_names()
