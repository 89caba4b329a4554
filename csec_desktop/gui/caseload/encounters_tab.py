"""A youth's screenings and assessments: start one, resume a draft, view or print a completed one.

The guided wizard and the start dialog belong to the wizard part of the app; they are imported
inside the slots that open them, so this tab works (and is tested) on its own. The table's rows
are built in ``encounter_rows``; discarding and moving a draft live in ``draft_actions``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.draft_move import newer_versions
from csec_desktop.core.records.encounter_record import EncounterRecord
from csec_desktop.core.records.screening import ScreeningService
from csec_desktop.core.records.screening_run import ScreeningRun
from csec_desktop.core.records.youth_store import YouthRecord
from csec_desktop.core.worker_language import worker_language
from csec_desktop.gui.caseload.draft_actions import DraftActions
from csec_desktop.gui.caseload.encounter_rows import HEADERS, fill_encounter_rows
from csec_desktop.gui.caseload.encounter_summary import EncounterSummaryDialog
from csec_desktop.gui.caseload.services import WorkspaceServices
from csec_desktop.gui.widgets.basics import InlineMessage, button, em, label, list_table
from csec_desktop.gui.widgets.flow_layout import FlowLayout

NO_SCREENINGS = QT_TRANSLATE_NOOP(
    "EncountersTab",
    "No screenings yet. When you meet the youth, choose “Start screening…” (Alt+S); a "
    "completed screening can then be viewed, printed and added to.",
)


class EncountersTab(DraftActions, QWidget):
    changed = Signal()  # a screening was started, saved or completed

    def __init__(self, services: WorkspaceServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.youth: YouthRecord | None = None
        self.encounters: list[EncounterRecord] = []
        self.table = QTableWidget(0, len(HEADERS))
        list_table(self.table, translate("EncountersTab", "Screenings and assessments"))
        self.table.setHorizontalHeaderLabels([translate("EncountersTab", h) for h in HEADERS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((15, 15, 11, 7)):
            self.table.horizontalHeader().resizeSection(column, em(self, width))
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.start_button = button(
            translate("EncountersTab", "&Start screening…"),
            translate("EncountersTab", "Start screening"),
        )
        self.needs_button = button(
            translate("EncountersTab", "Start &needs assessment…"),
            translate("EncountersTab", "Start needs assessment"),
        )
        self.resume_button = button(
            translate("EncountersTab", "&Resume draft"), translate("EncountersTab", "Resume draft")
        )
        self.discard_button = button(
            translate("EncountersTab", "D&iscard draft…"),
            translate("EncountersTab", "Discard draft"),
        )
        self.discard_button.clicked.connect(self.discard_selected)
        self.view_button = button(
            translate("EncountersTab", "&View"),
            translate("EncountersTab", "View completed screening"),
        )
        self.print_button = button(
            translate("EncountersTab", "&Print summary…"),
            translate("EncountersTab", "Print summary"),
        )
        self.move_button = button(
            translate("EncountersTab", "M&ove draft to new version…"),
            translate("EncountersTab", "Move draft to new version"),
        )
        self.move_button.setToolTip(
            translate("EncountersTab", "Carry this draft's answers to a newer version of its form")
        )
        self.move_button.clicked.connect(self.move_selected)
        self.addendum_button = button(
            translate("EncountersTab", "Add adden&dum…"),
            translate("EncountersTab", "Add an addendum"),
        )
        self.addendum_button.clicked.connect(self.addendum_selected)
        self.start_button.clicked.connect(lambda: self.start(needs=False))
        self.needs_button.clicked.connect(lambda: self.start(needs=True))
        self.resume_button.clicked.connect(self.resume_selected)
        self.view_button.clicked.connect(self.view_selected)
        self.print_button.clicked.connect(self.print_selected)
        self.message = InlineMessage(translate("EncountersTab", "Screenings message"))
        buttons = QWidget()
        flow = FlowLayout(buttons)  # wraps at 200 % instead of cutting the words off
        for widget in (
            self.start_button,
            self.needs_button,
            self.resume_button,
            self.discard_button,
            self.view_button,
            self.print_button,
            self.move_button,
            self.addendum_button,
        ):
            flow.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(buttons)
        layout.addWidget(self.message)
        self.empty = label(translate("EncountersTab", NO_SCREENINGS), "hint")
        self.empty.setWordWrap(True)
        self.empty.setAccessibleName(translate("EncountersTab", "No screenings yet"))
        layout.addWidget(self.empty)
        layout.addWidget(self.table)

    def show_youth(self, youth: YouthRecord) -> None:
        self.youth = youth
        self.encounters = self.services.encounters.for_youth(youth.id)
        fill_encounter_rows(self.table, self.services, self.encounters)
        self.empty.setVisible(not self.encounters)  # a hint, not an empty grid
        self.table.setVisible(bool(self.encounters))
        self._update_buttons()

    def selected(self) -> EncounterRecord | None:
        row = self.table.currentRow()
        return self.encounters[row] if 0 <= row < len(self.encounters) else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.resume_button.setEnabled(chosen is not None and chosen.is_draft)
        self.move_button.setEnabled(
            chosen is not None
            and chosen.is_draft
            and bool(newer_versions(self.services.registry, chosen))
        )
        self.discard_button.setEnabled(chosen is not None and chosen.is_draft)
        for widget in (self.view_button, self.print_button, self.addendum_button):
            widget.setEnabled(chosen is not None and not chosen.is_draft)

    def addendum_selected(self) -> QDialog | None:
        """An addendum to the chosen signed form (the signed answers never change)."""
        from csec_desktop.gui.background import Background
        from csec_desktop.gui.caseload.addendum_dialog import AddendumDialog

        chosen = self.selected()
        if chosen is None or chosen.is_draft:
            return None
        background = Background(parent=self)
        dialog = AddendumDialog(chosen, self.services.case_items, background, self)
        dialog.accepted.connect(self.changed.emit)
        dialog.open()
        return dialog

    def open_selected(self) -> None:
        """Enter on a row: resume a draft, or view a completed screening."""
        chosen = self.selected()
        if chosen is not None:
            (self.resume_selected if chosen.is_draft else self.view_selected)()

    def start(self, needs: bool) -> QDialog | None:
        from csec_desktop.gui.wizard import StartEncounterDialog  # the wizard part of the app

        service: ScreeningService = (
            self.services.needs_service() if needs else self.services.screening
        )
        preferred = self.youth.profile.preferred_language if self.youth else ""
        dialog = StartEncounterDialog(
            service.policy, service, self, clock=self.services.clock, preferred_language=preferred
        )
        dialog.accepted.connect(lambda: self._started(dialog))
        dialog.open()
        return dialog

    def _started(self, dialog: QDialog) -> None:
        if self.youth is None:
            return
        point, instrument_id, received = dialog.choice()  # type: ignore[attr-defined]
        interpreter = dialog.interpreter()  # type: ignore[attr-defined]
        try:
            run = self.services.screening.start(
                self.youth, point, instrument_id, received, interpreter
            )
        except CsecError as exc:
            self.message.show_message(exc.message)
            return
        self.changed.emit()
        self._open_wizard(run)

    def resume_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or not chosen.is_draft or self.youth is None:
            return
        self._open_wizard(self.services.screening.resume(chosen.id, self.youth))

    def _open_wizard(self, run: ScreeningRun) -> QDialog | None:
        from csec_desktop.gui.wizard import EncounterWizard  # the wizard part of the app

        assert self.youth is not None
        language = worker_language()  # instruments in the worker's language
        wizard = EncounterWizard(run, self.youth, language, self, self.services.verify_cosigner)
        wizard.completed.connect(lambda _done: self.changed.emit())
        wizard.finished.connect(lambda _code: self._after_wizard())
        wizard.open()
        return wizard

    def _after_wizard(self) -> None:
        if self.youth is not None:
            self.show_youth(self.youth)
        self.changed.emit()

    def view_selected(self) -> EncounterSummaryDialog | None:
        chosen = self.selected()
        if chosen is None or chosen.is_draft:
            return None
        label = self.services.decision_point_label(chosen.decision_point)
        dialog = EncounterSummaryDialog(chosen, label, self)
        dialog.open()
        return dialog

    def print_selected(self) -> QDialog | None:
        from csec_desktop.gui.printing.print_preview import PrintPreviewDialog

        chosen = self.selected()
        if chosen is None or chosen.is_draft:
            return None
        dialog = PrintPreviewDialog(self.services.summaries, chosen.id, parent=self)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.open()
        return dialog
