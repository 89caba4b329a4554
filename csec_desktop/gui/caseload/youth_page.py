"""One youth's page, the central view while a youth is open.

The header names the youth as they are known (chosen name and pronouns; the legal name
smaller), with age, agency, legal status and whether they are in care or missing. A red banner
stays while a "danger now" safety duty is open, and the urgency banner while a duty is overdue
or due today or the youth is missing now; "Missing episode…" records a youth missing, the
notices made and the youth located. Tabs hold the screenings, the duties, the timeline and the
case team. The actions wrap onto a second line when the window is narrow or the text large.
"Back to caseload" (or Esc) returns to the list. Opening a page is audited as a viewing by
the Caseload service; nothing of the youth reaches a window title. The header is
``youth_header``; the banners, status and missing episodes are ``youth_safety``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.localtime import local_date
from csec_desktop.core.records.exploitation_status import (
    CONCERN,
)
from csec_desktop.core.records.youth_store import YouthRecord
from csec_desktop.gui.background import Background
from csec_desktop.gui.caseload.duties_tab import DutiesTab
from csec_desktop.gui.caseload.encounters_tab import EncountersTab
from csec_desktop.gui.caseload.services import WorkspaceServices
from csec_desktop.gui.caseload.timeline_tab import TimelineTab
from csec_desktop.gui.caseload.urgency_banner import UrgencyBanner
from csec_desktop.gui.caseload.wording import worker_language
from csec_desktop.gui.caseload.youth_header import YouthHeader
from csec_desktop.gui.caseload.youth_safety import SafetyActions
from csec_desktop.gui.help.help_browser import set_help_topic
from csec_desktop.gui.widgets.basics import button, em, label
from csec_desktop.gui.widgets.danger_banner import DangerBanner
from csec_desktop.gui.widgets.flow_layout import FlowLayout

TEAM_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "YouthPage", "The case team (service plan, MDT and notes) is not part of this build yet."
)


class YouthPage(SafetyActions, QWidget):
    back_requested = Signal()
    edit_requested = Signal(str)  # youth id
    changed = Signal()  # screenings or duties changed: the caseload and deadlines refresh

    def __init__(
        self, services: WorkspaceServices, background: Background, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("YouthPage", "Youth page"))
        set_help_topic(self, "youth-page")
        self.services = services
        self.record: YouthRecord | None = None
        self.back_button = button(
            translate("YouthPage", "← &Back to caseload"),
            translate("YouthPage", "Back to caseload"),
        )
        self.back_button.clicked.connect(self.back_requested)
        self.edit_button = button(
            translate("YouthPage", "&Edit profile…"), translate("YouthPage", "Edit profile")
        )
        self.edit_button.clicked.connect(self._edit)
        self.missing_button = button(
            translate("YouthPage", "&Missing episode…"), translate("YouthPage", "Missing episode")
        )
        self.missing_button.clicked.connect(self.ask_missing)
        self.status_button = button(
            translate("YouthPage", "E&xploitation status…"),
            translate("YouthPage", "Change the exploitation status"),
        )
        self.status_button.clicked.connect(self.end_status)
        self.background = background
        self.danger = DangerBanner(
            services.policy.screening.safety_procedure.get(worker_language()),
            self.acknowledge_danger,
        )
        self.share_button = button(
            translate("YouthPage", "Share with wor&kers…"),
            translate("YouthPage", "Share this youth's record"),
        )
        self.share_button.clicked.connect(self.open_share)
        self.header = YouthHeader()
        self.name, self.legal, self.facts = self.header.name, self.header.legal, self.header.facts
        # The page's actions wrap onto a second line rather than cut their words off (200 %).
        actions = QWidget()
        actions.setAccessibleName(translate("YouthPage", "Youth actions"))
        flow = FlowLayout(actions)
        for widget in (
            self.back_button,
            self.status_button,
            self.missing_button,
            self.share_button,
            self.edit_button,
        ):
            flow.addWidget(widget)
        self.encounters = EncountersTab(services)
        self.duties = DutiesTab(services, background)
        self.timeline = TimelineTab(services)
        self.urgency = UrgencyBanner(self.show_duties)
        self.team_holder = QWidget()
        set_help_topic(self.team_holder, "team")  # F1 on the Team tab: the case-team help
        self.team_holder.setAccessibleName(translate("YouthPage", "Case team"))
        QVBoxLayout(self.team_holder)
        self.team: QWidget | None = None
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(translate("YouthPage", "Youth page sections"))
        self.tabs.addTab(self.encounters, translate("YouthPage", "S&creenings"))
        self.tabs.addTab(self.duties, translate("YouthPage", "D&uties"))
        self.tabs.addTab(self.timeline, translate("YouthPage", "Time&line"))
        self.tabs.addTab(self.team_holder, translate("YouthPage", "&Team"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.encounters.changed.connect(self._something_changed)
        self.duties.changed.connect(self._something_changed)
        # Everything scrolls as one page when the window is short (200 %, 1366×768): nothing
        # is squeezed or cut off, and the tabs keep room for a few rows of their lists.
        content = QWidget()
        content.setObjectName("pageContent")  # the window's own background (gui.style)
        layout = QVBoxLayout(content)
        for widget in (actions, self.danger, self.urgency, self.name, self.legal, self.facts):
            layout.addWidget(widget)
        layout.addWidget(self.tabs, 1)
        self.tabs.setMinimumHeight(em(self, 16))
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)

    def show_youth(self, record: YouthRecord, duty_id: str | None = None) -> None:
        """Show ``record`` (already opened, so the viewing is audited) and its tabs."""
        self.record = record
        self._drop_team()
        self._show_header()
        self.share_button.setVisible(self.services.access.may_share(record.id))
        self.encounters.show_youth(record)
        self.duties.show_youth(record.id)
        self.timeline.show_youth(record.id)
        if duty_id is not None:
            self.tabs.setCurrentWidget(self.duties)
            self.duties.select_duty(duty_id)
        else:
            self.tabs.setCurrentWidget(self.encounters)
            self.encounters.table.setFocus()

    def open_share(self) -> QWidget | None:
        """Who else sees this youth (for the worker who added it, or a supervisor)."""
        from csec_desktop.gui.caseload.share_dialog import ShareDialog

        if self.record is None:
            return None
        dialog = ShareDialog(self.services.ctx, self.record.id, self)
        dialog.open()
        return dialog

    def _show_header(self) -> None:
        assert self.record is not None
        current = self.services.statuses.current(self.record.id)
        level = None if current is None else str(current.data.get("level"))
        self.header.show(self.record, local_date(self.services.clock()), level)
        self.status_button.setVisible(level in CONCERN)
        self._update_danger()

    def profile_saved(self, record: YouthRecord) -> None:
        self.record = record
        self.encounters.youth = record  # a screening started now copies in care / missing
        self._show_header()

    def _edit(self) -> None:
        if self.record is not None:
            self.edit_requested.emit(self.record.id)

    def _something_changed(self) -> None:
        if self.record is not None:
            self.duties.show_youth(self.record.id)
            self.timeline.reload()
            self._show_header()  # a signed screening changes the status it shows at once
        if self.team is not None and hasattr(self.team, "reload"):
            self.team.reload()  # an addendum shows with the notes
        self.changed.emit()

    # -- the team tab (from the wizard part of the app, built when first shown) ---------------
    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.team_holder and self.team is None and self.record:
            self.team = self._make_team(self.record.id)
            self.team_holder.layout().addWidget(self.team)

    def _make_team(self, youth_id: str) -> QWidget:
        try:
            from csec_desktop.gui.case_team import CaseTeamPanel
        except ImportError:
            return label(translate("YouthPage", TEAM_UNAVAILABLE), "hint")
        panel = CaseTeamPanel(self.services.ctx, youth_id)
        panel.changed.connect(self._something_changed)  # follow-ups reach the deadlines
        return panel  # type: ignore[no-any-return]

    def _drop_team(self) -> None:
        if self.team is not None:
            self.team.setParent(None)
            self.team.deleteLater()
            self.team = None
