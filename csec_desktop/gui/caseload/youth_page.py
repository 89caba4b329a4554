"""One youth's page, the central view while a youth is open.

The header names the youth as they are known (chosen name and pronouns; the legal name
smaller), with age, agency, legal status and whether they are in care or missing. A red banner
stays while a "danger now" safety duty is open, and the urgency banner while a duty is overdue
or due today or the youth is missing now; "Missing episode…" records a youth missing, the
notices made and the youth located. Tabs hold the screenings, the duties, the timeline and the
case team. The actions wrap onto a second line when the window is narrow or the text large.
"Back to caseload" (or Esc) returns to the list. Opening a page is audited as a viewing by
the Caseload service; nothing of the youth reaches a window title.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from csec_desktop.core.display_words import age_words
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.localtime import local_date
from csec_desktop.core.records.danger_now import acknowledge, open_safety_duties
from csec_desktop.core.records.exploitation_status import (
    CONCERN,
    level_words,
)
from csec_desktop.core.records.urgency import youth_alerts
from csec_desktop.core.records.youth import LegalStatus, PlacementType
from csec_desktop.core.records.youth_store import YouthRecord
from csec_desktop.gui.background import Background
from csec_desktop.gui.caseload.duties_tab import DutiesTab
from csec_desktop.gui.caseload.encounters_tab import EncountersTab
from csec_desktop.gui.caseload.missing_dialog import MissingEpisodeDialog
from csec_desktop.gui.caseload.services import WorkspaceServices
from csec_desktop.gui.caseload.status_dialog import EndStatusDialog
from csec_desktop.gui.caseload.timeline_tab import TimelineTab
from csec_desktop.gui.caseload.urgency_banner import UrgencyBanner
from csec_desktop.gui.caseload.wording import worker_language
from csec_desktop.gui.help.help_browser import set_help_topic
from csec_desktop.gui.widgets.basics import button, em, label
from csec_desktop.gui.widgets.danger_banner import DangerBanner
from csec_desktop.gui.widgets.flow_layout import FlowLayout

TEAM_UNAVAILABLE = QT_TRANSLATE_NOOP(
    "YouthPage", "The case team (service plan, MDT and notes) is not part of this build yet."
)


def facts_line(record: YouthRecord, today: object) -> str:
    profile = record.profile
    age = age_words(profile.birth_date, today)  # type: ignore[arg-type]
    parts = [translate("YouthPage", "Age {age}").format(age=age), profile.agency.words]
    parts.append(
        translate("YouthPage", "In care")
        if profile.in_foster_care
        else translate("YouthPage", "Not in care")
    )
    if profile.legal_status is not LegalStatus.UNKNOWN:
        parts.append(profile.legal_status.words)
    if profile.placement_type is not PlacementType.NONE:
        parts.append(profile.placement_type.words)
    if profile.missing:
        parts.append(translate("YouthPage", "Missing now"))
    if profile.placement:
        parts.append(profile.placement)
    return " · ".join(parts)


class YouthPage(QWidget):
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
        self.missing_button.clicked.connect(self.open_missing)
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
        self.name = label("", "heading")
        self.name.setAccessibleName(translate("YouthPage", "Youth name"))
        self.legal = label("", "hint")
        self.legal.setAccessibleName(translate("YouthPage", "Legal name"))
        self.facts = label("")
        self.facts.setAccessibleName(translate("YouthPage", "About the youth"))
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
        profile = self.record.profile
        self.name.setText(profile.name_with_pronouns)
        self.legal.setText(
            translate("YouthPage", "Legal name: {name}").format(name=profile.legal_name)
        )
        facts = facts_line(self.record, local_date(self.services.clock()))
        current = self.services.statuses.current(self.record.id)
        level = None if current is None else str(current.data.get("level"))
        if level in CONCERN:
            status = translate("YouthPage", "Status: {status}").format(
                status=level_words(str(level))
            )
            facts += f" · {status}"
        self.facts.setText(facts)
        self.status_button.setVisible(level in CONCERN)
        self._update_danger()

    # -- danger now and missing episodes ------------------------------------------------------
    def _update_danger(self) -> None:
        if self.record is None:
            return
        policy = self.services.policy.screening
        duties = open_safety_duties(self.services.ctx, policy, self.record.id)
        self.danger.setVisible(bool(duties))
        now = self.services.clock()
        alerts = youth_alerts(self.services.ctx, self.record.id, self.record.profile.missing, now)
        self.urgency.show_alerts(alerts, now)

    def show_duties(self) -> None:
        """The urgency banner's "Go to duties": the duties tab, the first open duty chosen."""
        self.tabs.setCurrentWidget(self.duties)
        self.duties.table.setFocus()

    def acknowledge_danger(self) -> None:
        if self.record is not None:
            acknowledge(self.services.ctx, self.services.policy.screening, self.record.id, "")
            self._update_danger()
            self._something_changed()

    def end_status(self) -> EndStatusDialog | None:
        if self.record is None:
            return None
        statuses = self.services.statuses
        current = statuses.current(self.record.id)
        if current is None:
            return None
        dialog = EndStatusDialog(statuses, current, self.background, self.services.clock, self)
        dialog.accepted.connect(self._status_ended)
        dialog.open()
        return dialog

    def _status_ended(self) -> None:
        self._show_header()
        self._something_changed()

    def open_missing(self) -> MissingEpisodeDialog | None:
        """The open missing episode (or the latest), or a new one from now if none is open."""
        if self.record is None:
            return None
        missing = self.services.missing
        episode = missing.open_episode(self.record.id)
        if episode is None and not self.record.profile.missing:
            now = self.services.clock()
            episode = missing.report_missing(
                self.record.id, now, self.services.ctx.actor.display_name
            ).episode
        if episode is None:
            episodes = missing.episodes.for_youth(self.record.id, "missing")
            if not episodes:
                return None
            episode = episodes[0]
        dialog = MissingEpisodeDialog(missing, self.background, episode, self.services.clock, self)
        dialog.finished.connect(lambda _code: self._missing_closed())
        dialog.open()
        self._something_changed()
        return dialog

    def _missing_closed(self) -> None:
        if self.record is not None:
            self.profile_saved(self.services.youth.get(self.record.id, audit=False))
            self._something_changed()

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
