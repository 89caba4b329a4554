"""Starting an encounter: the decision point, the instrument the county offers there, and when
the information was received (the duty clocks run from that moment, not from typing time)."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.clock import Clock, utc_now
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.screening_policy import ScreeningPolicy
from csec_desktop.gui.widgets.basics import InlineMessage, add_row, em, label
from csec_desktop.gui.widgets.date_field import MomentField

FUTURE = "The time the information was received cannot be later than now. Check the date and time."
CLOCKS = "Deadlines for reports are counted from when the information was received."
GRACE = timedelta(minutes=1)  # the clock ticks while the dialog is open


class StartEncounterDialog(QDialog):
    def __init__(
        self,
        policy: ScreeningPolicy,
        service: ScreeningService,
        parent: QWidget | None = None,
        lang: str = "en",
        clock: Clock = utc_now,
    ) -> None:
        super().__init__(parent)
        self.policy, self.service, self.lang, self.clock = policy, service, lang, clock
        self.setWindowTitle("Start a screening or assessment")
        self.setAccessibleName("Start a screening or assessment")
        self.setMinimumWidth(em(self, 34))
        box = QVBoxLayout(self)
        box.addWidget(label("Choose where you are in the case; the county's forms for it follow."))
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above, full width
        self.points = QListWidget()
        self.points.setAccessibleName("Decision point")
        for point in policy.decision_points:
            entry = QListWidgetItem(point.label.get(lang))
            entry.setData(Qt.ItemDataRole.UserRole, point.id)
            self.points.addItem(entry)
        rows = min(len(policy.decision_points), 12)
        self.points.setMinimumHeight(int(em(self, 1.1) * rows))
        self.instrument = QComboBox()
        self.instrument.setAccessibleName("Form to use")
        self.about = label("", "hint")
        self.about.setAccessibleName("About this form")
        self.received = MomentField("When was this information received?", self.clock())
        add_row(form, "&Decision point", self.points)
        add_row(form, "&Form to use", self.instrument)
        form.addRow(self.about)
        add_row(form, "&When was this information received?", self.received)
        box.addLayout(form)
        box.addWidget(
            label(
                "Deadlines for reports are counted from when the information was received.", "hint"
            )
        )
        self.message = InlineMessage("Start message")
        box.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText("&Start")
        self.ok.setAccessibleName("Start")
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName("Cancel")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.points.currentRowChanged.connect(self._point_changed)
        self.instrument.currentIndexChanged.connect(self._instrument_changed)
        self.points.setCurrentRow(0)
        self.points.setFocus()
        self._choice: tuple[str, str, datetime] | None = None

    def _point_changed(self, row: int) -> None:
        self.instrument.clear()
        if row < 0:
            return
        point = self.points.item(row).data(Qt.ItemDataRole.UserRole)
        for instrument in self.service.offered(point):
            self.instrument.addItem(instrument.definition.title.get(self.lang), instrument.id)
        self.instrument.setCurrentIndex(0)  # the policy lists the default first

    def _instrument_changed(self, index: int) -> None:
        if index < 0:
            self.about.setText("")
            return
        instrument = self.service.registry.get(self.instrument.itemData(index))
        self.about.setText(instrument.definition.about.get(self.lang))

    def received_at(self) -> datetime | None:
        """The chosen moment as aware UTC (to the minute), or ``None`` while the date is
        unreadable."""
        return self.received.moment()

    def submit(self) -> None:
        received = self.received_at()
        if received is None or not self.received.check():
            return
        if received > self.clock() + GRACE:
            self.message.show_message(FUTURE)
            self.received.setFocus()
            return
        point = self.points.currentItem()
        if point is None or self.instrument.currentIndex() < 0:
            self.message.show_message("Choose the decision point and the form to use.")
            return
        point_id = point.data(Qt.ItemDataRole.UserRole)
        self._choice = (point_id, self.instrument.currentData(), received)
        self.accept()

    def choice(self) -> tuple[str, str, datetime]:
        """(decision point id, instrument id, information received at, aware UTC)."""
        if self._choice is None:
            raise RuntimeError("choice() is only available after the dialog was accepted")
        return self._choice
