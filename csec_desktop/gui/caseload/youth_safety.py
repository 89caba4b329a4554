"""What a youth's page does about safety: the red "danger now" banner while a safety duty is
open (and its acknowledgement), the urgency banner (overdue or due-today duties, missing now),
ending an exploitation status, and missing episodes (the open one, the latest, or a new one
from now).

``SafetyActions`` is mixed into ``YouthPage``, whose record, services, banners and tabs it uses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QMessageBox, QTabWidget, QWidget

from csec_desktop.core.i18n import translate
from csec_desktop.core.records.danger_now import acknowledge, open_safety_duties
from csec_desktop.core.records.urgency import youth_alerts
from csec_desktop.core.records.youth_store import YouthRecord
from csec_desktop.gui.background import Background
from csec_desktop.gui.caseload.duties_tab import DutiesTab
from csec_desktop.gui.caseload.missing_dialog import MissingEpisodeDialog
from csec_desktop.gui.caseload.services import WorkspaceServices
from csec_desktop.gui.caseload.status_dialog import EndStatusDialog
from csec_desktop.gui.caseload.urgency_banner import UrgencyBanner
from csec_desktop.gui.widgets.danger_banner import DangerBanner


class SafetyActions:
    """Danger now, urgency, exploitation status and missing episodes for the open youth."""

    # What the page provides.
    services: WorkspaceServices
    background: Background
    record: YouthRecord | None
    danger: DangerBanner
    urgency: UrgencyBanner
    tabs: QTabWidget
    duties: DutiesTab
    _missing_question: QMessageBox | None = None  # "Report missing?" while it is shown

    if TYPE_CHECKING:  # the page's own methods, called here

        def _show_header(self) -> None: ...

        def _something_changed(self) -> None: ...

        def profile_saved(self, record: YouthRecord) -> None: ...

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
        dialog = EndStatusDialog(
            statuses, current, self.background, self.services.clock, cast(QWidget, self)
        )
        dialog.accepted.connect(self._status_ended)
        dialog.open()
        return dialog

    def _status_ended(self) -> None:
        self._show_header()
        self._something_changed()

    def ask_missing(self) -> QMessageBox | None:
        """The "Missing episode…" button. With an episode open (or the profile marked missing)
        the episode opens at once; otherwise reporting the youth missing is asked first, Cancel
        the default, because it records an episode on the youth's timeline and, for a youth in
        foster care, starts the 24-hour duties to tell law enforcement and NCMEC
        (``docs/clocks.md``). Returns the question while it is shown."""
        if self.record is None:
            return None
        if self.record.profile.missing or self.services.missing.open_episode(self.record.id):
            self.open_missing()
            return None
        if self.record.profile.in_foster_care:
            text = translate(
                "YouthPage",
                "Report this youth missing from care now?\n\nThis records a missing episode "
                "and starts the duties to tell law enforcement and NCMEC within 24 hours of "
                "when you learned of it. On the next screen you say when that was.",
            )
        else:
            text = translate(
                "YouthPage",
                "Report this youth missing now?\n\nThis records a missing episode on the "
                "youth's timeline. On the next screen you say when you learned of it.",
            )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("YouthPage", "Report missing?"),  # never a name in a title
            text,
            QMessageBox.StandardButton.Cancel,
            cast(QWidget, self),
        )
        report = box.addButton(
            translate("YouthPage", "&Report missing"), QMessageBox.ButtonRole.AcceptRole
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda _code: self.open_missing() if box.clickedButton() is report else None
        )
        box.open()
        self._missing_question = box  # kept until answered
        return box

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
        dialog = MissingEpisodeDialog(
            missing, self.background, episode, self.services.clock, cast(QWidget, self)
        )
        dialog.finished.connect(lambda _code: self._missing_closed())
        dialog.open()
        self._something_changed()
        return dialog

    def _missing_closed(self) -> None:
        if self.record is not None:
            self.profile_saved(self.services.youth.get(self.record.id, audit=False))
            self._something_changed()
