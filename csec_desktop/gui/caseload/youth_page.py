"""One youth's page, the central view while a youth is open.

The header names the youth as they are known (chosen name and pronouns; the legal name
smaller), with age, agency and whether they are in care or missing. Tabs hold the screenings,
the duties and the case team. "Back to caseload" (or Esc) returns to the list. Opening a page
is audited as a viewing by the Caseload service; nothing of the youth reaches a window title.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from csec_desktop.core.localtime import local_date
from csec_desktop.core.records.youth_store import YouthRecord
from csec_desktop.gui.background import Background
from csec_desktop.gui.caseload.duties_tab import DutiesTab
from csec_desktop.gui.caseload.encounters_tab import EncountersTab
from csec_desktop.gui.caseload.services import WorkspaceServices
from csec_desktop.gui.caseload.wording import age_text
from csec_desktop.gui.setup_pages import label
from csec_desktop.gui.widgets import button

TEAM_UNAVAILABLE = "The case team (service plan, MDT and notes) is not part of this build yet."


def facts_line(record: YouthRecord, today: object) -> str:
    profile = record.profile
    parts = [f"Age {age_text(profile.birth_date, today)}", profile.agency.label]  # type: ignore[arg-type]
    parts.append("In care" if profile.in_care else "Not in care")
    if profile.missing:
        parts.append("Missing now")
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
        self.setAccessibleName("Youth page")
        self.services = services
        self.record: YouthRecord | None = None
        self.back_button = button("← &Back to caseload", "Back to caseload")
        self.back_button.clicked.connect(self.back_requested)
        self.edit_button = button("&Edit profile…", "Edit profile")
        self.edit_button.clicked.connect(self._edit)
        self.name = label("", "heading")
        self.name.setAccessibleName("Youth name")
        self.legal = label("", "hint")
        self.legal.setAccessibleName("Legal name")
        self.facts = label("")
        self.facts.setAccessibleName("About the youth")
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.edit_button)
        self.encounters = EncountersTab(services)
        self.duties = DutiesTab(services, background)
        self.team_holder = QWidget()
        self.team_holder.setAccessibleName("Case team")
        QVBoxLayout(self.team_holder)
        self.team: QWidget | None = None
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Youth page sections")
        self.tabs.addTab(self.encounters, "S&creenings")
        self.tabs.addTab(self.duties, "D&uties")
        self.tabs.addTab(self.team_holder, "&Team")
        self.tabs.currentChanged.connect(self._tab_changed)
        self.encounters.changed.connect(self._something_changed)
        self.duties.changed.connect(self._something_changed)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for widget in (self.name, self.legal, self.facts, self.tabs):
            layout.addWidget(widget)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.back_requested)

    def show_youth(self, record: YouthRecord, duty_id: str | None = None) -> None:
        """Show ``record`` (already opened, so the viewing is audited) and its tabs."""
        self.record = record
        self._drop_team()
        self._show_header()
        self.encounters.show_youth(record)
        self.duties.show_youth(record.id)
        if duty_id is not None:
            self.tabs.setCurrentWidget(self.duties)
            self.duties.select_duty(duty_id)
        else:
            self.tabs.setCurrentWidget(self.encounters)
            self.encounters.table.setFocus()

    def _show_header(self) -> None:
        assert self.record is not None
        profile = self.record.profile
        self.name.setText(profile.name_with_pronouns)
        self.legal.setText(f"Legal name: {profile.legal_name}")
        self.facts.setText(facts_line(self.record, local_date(self.services.clock())))

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
            return label(TEAM_UNAVAILABLE, "hint")
        return CaseTeamPanel(self.services.ctx, youth_id)  # type: ignore[no-any-return]

    def _drop_team(self) -> None:
        if self.team is not None:
            self.team.setParent(None)
            self.team.deleteLater()
            self.team = None
