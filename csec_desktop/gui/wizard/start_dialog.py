"""Starting an encounter: the decision point, the instrument the county offers there, when
the information was received (the duty clocks run from that moment, not from typing time) and
whether an interpreter is used."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
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
from csec_desktop.core.errors import ValidationError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.interpreter import Interpreter
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.screening_policy import ScreeningPolicy
from csec_desktop.core.worker_language import worker_language
from csec_desktop.gui.widgets.basics import (
    InlineMessage,
    add_row,
    em,
    fit_dialog,
    keep_on_screen,
    label,
    scrolling,
)
from csec_desktop.gui.widgets.date_field import MomentField
from csec_desktop.gui.wizard.interpreter_fields import InterpreterFields

FUTURE = QT_TRANSLATE_NOOP(
    "StartEncounterDialog",
    "The time the information was received cannot be later than now. Check the date and time.",
)
CLOCKS = QT_TRANSLATE_NOOP(
    "StartEncounterDialog",
    "Deadlines for reports are counted from when the information was received.",
)
GRACE = timedelta(minutes=1)  # the clock ticks while the dialog is open


class StartEncounterDialog(QDialog):
    def __init__(
        self,
        policy: ScreeningPolicy,
        service: ScreeningService,
        parent: QWidget | None = None,
        lang: str | None = None,
        clock: Clock = utc_now,
        preferred_language: str = "",
    ) -> None:
        super().__init__(parent)
        self.policy, self.service, self.clock = policy, service, clock
        self.lang = lang or worker_language()  # instruments' and decision points' wording
        self.setWindowTitle(translate("StartEncounterDialog", "Start a screening or assessment"))
        self.setAccessibleName(translate("StartEncounterDialog", "Start a screening or assessment"))
        self.setMinimumWidth(em(self, 34))
        box = QVBoxLayout(self)
        # The choices scroll inside the screen's free area (1366x768 at 200 % is 683x384);
        # the message and the buttons stay below them, always in view.
        self.body = QWidget()
        inner = QVBoxLayout(self.body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(
            label(
                translate(
                    "StartEncounterDialog",
                    "Choose where you are in the case; the county's forms for it follow.",
                )
            )
        )
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # labels above, full width
        self.points = QListWidget()
        self.points.setAccessibleName(translate("StartEncounterDialog", "Decision point"))
        for point in policy.decision_points:
            entry = QListWidgetItem(point.label.get(self.lang))
            entry.setData(Qt.ItemDataRole.UserRole, point.id)
            self.points.addItem(entry)
        rows = min(len(policy.decision_points), 12)
        self.points.setMinimumHeight(int(em(self, 1.1) * rows))
        self.instrument = QComboBox()
        self.instrument.setAccessibleName(translate("StartEncounterDialog", "Form to use"))
        self.about = label("", "hint")
        self.about.setAccessibleName(translate("StartEncounterDialog", "About this form"))
        self.received = MomentField(
            translate("StartEncounterDialog", "When was this information received?"), self.clock()
        )
        add_row(form, translate("StartEncounterDialog", "&Decision point"), self.points)
        add_row(form, translate("StartEncounterDialog", "&Form to use"), self.instrument)
        form.addRow(self.about)
        add_row(
            form,
            translate("StartEncounterDialog", "&When was this information received?"),
            self.received,
        )
        self.interpreter_fields = InterpreterFields(form, preferred_language)
        inner.addLayout(form)
        inner.addWidget(
            label(
                translate(
                    "StartEncounterDialog",
                    "Deadlines for reports are counted from when the information was received.",
                ),
                "hint",
            )
        )
        inner.addStretch(1)
        self.scroll = scrolling(self.body)
        box.addWidget(self.scroll, 1)
        self.message = InlineMessage(translate("StartEncounterDialog", "Start message"))
        box.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("StartEncounterDialog", "&Start"))
        self.ok.setAccessibleName(translate("StartEncounterDialog", "Start"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            translate("StartEncounterDialog", "Cancel")
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        # "Other language" adds a row: the dialog grows to show it (within the screen).
        self.interpreter_fields.mode.currentIndexChanged.connect(self._refit)
        self.interpreter_fields.language.currentIndexChanged.connect(self._refit)
        self.points.currentRowChanged.connect(self._point_changed)
        self.instrument.currentIndexChanged.connect(self._instrument_changed)
        self.points.setCurrentRow(0)
        self.points.setFocus()
        self._choice: tuple[str, str, datetime] | None = None
        self._interpreter: Interpreter | None = None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        """Tall enough to show every choice with its wrapped words at this width (a size hint
        ignores wrapped labels; Spanish wraps longer still), never beyond the screen's free
        area: past it, the choices scroll and the buttons stay in view."""
        fit_dialog(self, self.scroll)
        layout = self.body.layout()
        if layout is not None:
            layout.activate()
            need = layout.totalHeightForWidth(self.scroll.viewport().width())
            extra = need - self.scroll.viewport().height()
            if extra > 0:
                self.resize(self.width(), self.height() + extra)
        keep_on_screen(self)

    def _refit(self) -> None:
        if self.isVisible():
            self._fit_height()
            focused = self.focusWidget()
            if focused is not None and self.body.isAncestorOf(focused):
                self.scroll.ensureWidgetVisible(focused)

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
        if self.isVisible():
            self._fit_height()  # another form's description may wrap to more lines

    def received_at(self) -> datetime | None:
        """The chosen moment as aware UTC (to the minute), or ``None`` while the date is
        unreadable."""
        return self.received.moment()

    def submit(self) -> None:
        received = self.received_at()
        if received is None or not self.received.check():
            return
        if received > self.clock() + GRACE:
            self.message.show_message(translate("StartEncounterDialog", FUTURE))
            self.received.setFocus()
            return
        point = self.points.currentItem()
        if point is None or self.instrument.currentIndex() < 0:
            self.message.show_message(
                translate("StartEncounterDialog", "Choose the decision point and the form to use.")
            )
            return
        try:
            self._interpreter = self.interpreter_fields.value()
        except ValidationError as exc:
            self.message.show_message(exc.message)
            return
        point_id = point.data(Qt.ItemDataRole.UserRole)
        self._choice = (point_id, self.instrument.currentData(), received)
        self.accept()

    def choice(self) -> tuple[str, str, datetime]:
        """(decision point id, instrument id, information received at, aware UTC)."""
        if self._choice is None:
            raise RuntimeError("choice() is only available after the dialog was accepted")
        return self._choice

    def interpreter(self) -> Interpreter:
        """Whether an interpreter is used, as chosen (after the dialog was accepted)."""
        if self._interpreter is None:
            raise RuntimeError("interpreter() is only available after the dialog was accepted")
        return self._interpreter
