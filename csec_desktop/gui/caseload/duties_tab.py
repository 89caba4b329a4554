"""A youth's duties: what is due and by when (in words), and recording how each was done."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.clock import from_iso
from csec_desktop.core.display_words import due_words, duty_time_words, moment_words
from csec_desktop.core.records.duties import DutyRecord
from csec_desktop.core.records.urgency import DueLevel, due_level
from csec_desktop.gui.background import Background
from csec_desktop.gui.caseload.duty_details_dialog import DutyDetailsDialog
from csec_desktop.gui.caseload.not_applicable_dialog import NotApplicableDialog
from csec_desktop.gui.caseload.record_duty_dialog import RecordDutyDialog
from csec_desktop.gui.caseload.reopen_duty_dialog import ReopenDutyDialog
from csec_desktop.gui.caseload.services import WorkspaceServices
from csec_desktop.gui.caseload.urgency_look import LOOKS, urgency_icon, urgency_role
from csec_desktop.gui.forms.form_drafts import remember
from csec_desktop.gui.widgets.basics import button, em, list_table
from csec_desktop.gui.widgets.flow_layout import FlowLayout

HEADERS = ("Duty", "Law or protocol", "Due", "Status")


def status_text(duty: DutyRecord, now: datetime) -> str:
    if duty.status == "done":
        done = duty.data.get("done", {})
        late = " (late)" if done.get("late_reason") else ""
        return f"Done {moment_words(from_iso(done['at']))}{late}"
    if duty.status == "not_applicable":
        cosigned = duty.data.get("not_applicable", {}).get("cosigned_by")
        return f"Not applicable (co-signed by {cosigned})" if cosigned else "Not applicable"
    words = "Open, " + due_words(duty.due_at, now)
    if duty.immediate and duty.urgency(now) != "overdue":
        words = "Open, due now (immediately)"
    if duty.waiver_pending:
        words += "; waiting for a supervisor to co-sign 'not applicable'"
    if duty.provisional:
        words += " (started from a draft)"
    return words


class DutiesTab(QWidget):
    changed = Signal()

    def __init__(
        self, services: WorkspaceServices, background: Background, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.background = background
        self.duties: list[DutyRecord] = []
        self.youth_id: str | None = None
        self.table = QTableWidget(0, len(HEADERS))
        list_table(self.table, "Duties for this youth")
        self.table.setHorizontalHeaderLabels(list(HEADERS))
        self.table.setWordWrap(True)
        # Row heights follow the columns' current widths: measured once, before the table had
        # its width, they were three times too tall (two and a half rows at 1366×768).
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((22, 14, 10)):
            header.resizeSection(column, em(self, width))
        self.table.itemActivated.connect(lambda _item: self.record_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.done_button = button("Record as &done…", "Record as done")
        self.not_applicable_button = button("Mark not a&pplicable…", "Mark not applicable")
        self.details_button = button("Deta&ils…", "Duty details")
        self.reopen_button = button("Re&open…", "Reopen duty")
        self.done_button.clicked.connect(self.record_selected)
        self.not_applicable_button.clicked.connect(self.not_applicable_selected)
        self.details_button.clicked.connect(self.details_selected)
        self.reopen_button.clicked.connect(self.reopen_selected)
        row = QWidget()
        flow = FlowLayout(row)  # wraps at 200 % instead of cutting the words off
        for widget in (
            self.done_button,
            self.not_applicable_button,
            self.details_button,
            self.reopen_button,
        ):
            flow.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(row)
        layout.addWidget(self.table)

    def show_youth(self, youth_id: str) -> None:
        self.youth_id = youth_id
        self.duties = self.services.duties.for_youth(youth_id)
        now = self.services.clock()
        self.table.setRowCount(len(self.duties))
        for row, duty in enumerate(self.duties):
            cells = (
                duty.label.get("en", duty.duty_type),
                duty.citation,
                duty_time_words(duty.due_at, duty.late_after),
                status_text(duty, now),
            )
            # Open and late or due today: red or amber with the sign; the status words say it.
            level = due_level(duty.late_after, now) if duty.status == "open" else DueLevel.NONE
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                for role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
                    value = urgency_role(level, role)
                    if value is not None:
                        item.setData(role, value)
                if column == len(cells) - 1 and level in LOOKS:
                    item.setIcon(urgency_icon(level))
                self.table.setItem(row, column, item)
        first_open = next((i for i, d in enumerate(self.duties) if d.status == "open"), 0)
        if self.duties:
            self.table.selectRow(first_open)
        self._update_buttons()

    def select_duty(self, duty_id: str) -> None:
        for row, duty in enumerate(self.duties):
            if duty.id == duty_id:
                self.table.selectRow(row)
                self.table.setFocus()

    def selected(self) -> DutyRecord | None:
        row = self.table.currentRow()
        return self.duties[row] if 0 <= row < len(self.duties) else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        is_open = chosen is not None and chosen.status == "open"
        self.done_button.setEnabled(is_open)
        self.not_applicable_button.setEnabled(is_open)
        self.details_button.setEnabled(chosen is not None)
        self.reopen_button.setEnabled(chosen is not None and not is_open)

    def record_selected(self) -> RecordDutyDialog | None:
        chosen = self.selected()
        if chosen is None or chosen.status != "open":
            return None
        dialog = RecordDutyDialog(
            chosen, self.services.duties, self.background, self.services.clock, self
        )
        context = {"youth_id": chosen.youth_id, "duty_id": chosen.id}
        remember(dialog, "duty_done", "Record a duty as done", context)
        dialog.accepted.connect(self._saved)
        dialog.open()
        return dialog

    def not_applicable_selected(self) -> NotApplicableDialog | None:
        chosen = self.selected()
        if chosen is None or chosen.status != "open":
            return None
        dialog = NotApplicableDialog(
            chosen,
            self.services.duties,
            self.background,
            self.services.clock(),
            self,
            self.services.verify_cosigner,
        )
        context = {"youth_id": chosen.youth_id, "duty_id": chosen.id}
        remember(dialog, "duty_not_applicable", "Mark a duty as not applicable", context)
        dialog.accepted.connect(self._saved)
        dialog.open()
        return dialog

    def details_selected(self) -> DutyDetailsDialog | None:
        chosen = self.selected()
        if chosen is None:
            return None
        dialog = DutyDetailsDialog(chosen, self)
        dialog.open()
        return dialog

    def reopen_selected(self) -> ReopenDutyDialog | None:
        chosen = self.selected()
        if chosen is None or chosen.status == "open":
            return None
        dialog = ReopenDutyDialog(chosen, self.services.duties, self.background, self)
        dialog.accepted.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self) -> None:
        if self.youth_id is not None:
            self.show_youth(self.youth_id)
        self.changed.emit()
