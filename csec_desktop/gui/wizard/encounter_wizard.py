"""The guided screening or assessment: renders the headless navigator a section at a time
(the default: every relevant item of a section on one page, a section list beside it) or one
question at a time (a setting, ``core/flows/form_view.py``), then the review page.

Everything the wizard shows comes from ``run.navigator`` (current item, skip logic, progress,
outcome); everything it changes goes through the run, which commits as it goes. So "Stop for
now", Esc, closing the laptop or a crash all leave a draft that resumes where it stopped.
An item tagged ``safety_now`` answered yes raises the red danger banner, which stays on every
later page until the worker acknowledges it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.clock import from_iso
from csec_desktop.core.display_words import moment_words
from csec_desktop.core.flows.form_view import FormView, load_form_view
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.instruments.model import InstrumentKind
from csec_desktop.core.instruments.sections import (
    current_section,
    section_statuses,
)
from csec_desktop.core.records.danger_now import acknowledge, open_safety_duties
from csec_desktop.core.records.screening_run import ScreeningRun
from csec_desktop.core.records.youth_store import YouthRecord
from csec_desktop.core.worker_language import worker_language
from csec_desktop.gui.forms.cosign_fields import Verify
from csec_desktop.gui.widgets.basics import button, label
from csec_desktop.gui.widgets.danger_banner import DangerBanner
from csec_desktop.gui.wizard.completed_page import CompletedPage
from csec_desktop.gui.wizard.cosign_dialog import CosignDialog
from csec_desktop.gui.wizard.interpreter_fields import InterpreterButton
from csec_desktop.gui.wizard.item_page import ItemPage
from csec_desktop.gui.wizard.outcome_page import OutcomePage
from csec_desktop.gui.wizard.section_list import SectionList
from csec_desktop.gui.wizard.section_page import SectionPage
from csec_desktop.gui.wizard.wizard_moves import WizardMoves
from csec_desktop.gui.wizard.wizard_signing import SIGN_WARNING, WizardSigning

__all__ = ["SIGN_WARNING", "EncounterWizard"]

STOPPED = QT_TRANSLATE_NOOP(
    "EncounterWizard", "Your answers are saved. You can carry on later from the youth's page."
)


class EncounterWizard(WizardMoves, WizardSigning, QDialog):
    completed = Signal(object)  # the core Completed (encounter and the duties created)
    stopped = Signal(str)  # the calm line to show where the wizard was opened from

    def __init__(
        self,
        run: ScreeningRun,
        youth: YouthRecord,
        lang: str | None = None,
        parent: QWidget | None = None,
        verify: Verify | None = None,
        view: FormView | None = None,
    ) -> None:
        super().__init__(parent)
        self.run, self.youth = run, youth
        self.lang = lang or worker_language()  # the instrument's wording: the worker's language
        self.view = view or load_form_view()  # given: a test's own, not the saved setting
        self.verify = verify  # a supervisor's co-signature on this laptop
        definition = run.navigator.instrument.definition
        title = (
            translate("EncounterWizard", "Assessment")
            if definition.kind is InstrumentKind.NEEDS_ASSESSMENT
            else translate("EncounterWizard", "Screening")
        )
        self.setWindowTitle(title)  # never the youth's name: titles show in task bars
        self.setAccessibleName(title)
        self.setModal(True)
        # Radio and tick boxes grow with the font (the platform draws them at a fixed size).
        self.setStyleSheet(
            "QRadioButton::indicator, QCheckBox::indicator { width: 1em; height: 1em; }"
        )
        # item id -> when it was last committed; a resumed draft starts with the stored times,
        # so answers saved before a crash or a pause show as saved.
        self.saved_at: dict[str, str] = run.saved_times()
        self.from_review = False
        self._build(definition.title.get(self.lang))
        self._fit_screen()
        QShortcut(QKeySequence(Qt.Key.Key_F1), self, self.open_help)
        if run.encounter.is_draft:
            self.render()
        else:
            self._show_completed(run.encounter, self._duties_of_encounter())

    def _build(self, instrument_title: str) -> None:
        box = QVBoxLayout(self)
        self.youth_label = label(self.youth.profile.name_with_pronouns, "heading")
        self.youth_label.setAccessibleName(translate("EncounterWizard", "Youth"))
        point = self.run.service.policy.decision_point(self.run.encounter.decision_point)
        received = moment_words(from_iso(self.run.encounter.info_received_at))
        self.context_label = label(
            translate(
                "EncounterWizard", "{form} · {point} · information received {received}"
            ).format(form=instrument_title, point=point.label.get(self.lang), received=received),
            "hint",
        )
        self.position_label = label("")
        self.position_label.setAccessibleName(translate("EncounterWizard", "Progress"))
        self.position_label.setWordWrap(False)
        self.progress = QProgressBar()
        self.progress.setAccessibleName(translate("EncounterWizard", "Answered so far"))
        self.progress.setTextVisible(False)
        self.item_page = ItemPage(self._commit, self.lang)
        self.section_page = SectionPage(self._commit, lambda: self.run.navigator, self.lang)
        self.section_page.section_done.connect(self._section_done)
        self.section_list = SectionList(self.lang)
        self.section_list.chosen.connect(self.go_to_section)
        self.outcome_page = OutcomePage(self.lang)
        self.outcome_page.jump.connect(self.jump_to)
        self.outcome_page.complete_requested.connect(self.complete)
        self.completed_page = CompletedPage(self.lang)
        self.pages = QStackedWidget()
        for page in (self.item_page, self.section_page, self.outcome_page, self.completed_page):
            self.pages.addWidget(page)
        policy = self.run.service.policy
        self.danger = DangerBanner(policy.safety_procedure.get(self.lang), self.acknowledge_danger)
        for widget in (self.youth_label, self.context_label, self.danger):
            box.addWidget(widget)
        where = QHBoxLayout()  # one line: every line of height counts at 200 % on 768 pixels
        where.addWidget(self.position_label)
        where.addWidget(self.progress, 1)
        box.addLayout(where)
        middle = QHBoxLayout()
        middle.addWidget(self.section_list)
        middle.addWidget(self.pages, 1)
        box.addLayout(middle, 1)
        row = QHBoxLayout()
        self.stop_button = button(
            translate("EncounterWizard", "&Stop for now"),
            translate("EncounterWizard", "Stop for now"),
        )
        self.view_choice = QCheckBox(translate("EncounterWizard", "One &question per page"))
        self.view_choice.setAccessibleName(translate("EncounterWizard", "One question per page"))
        self.view_choice.setChecked(self.view is FormView.ITEMS)
        self.view_choice.toggled.connect(self.set_view)
        self.back_button = button(translate("EncounterWizard", "&Back"))
        self.review_button = button(
            translate("EncounterWizard", "Re&turn to the outcome"),
            translate("EncounterWizard", "Return to the outcome"),
        )
        self.next_button = button(translate("EncounterWizard", "&Next"))
        self.next_button.setDefault(True)
        self.close_button = button(
            translate("EncounterWizard", "C&lose"), translate("EncounterWizard", "Close")
        )
        row.addWidget(self.stop_button)
        row.addWidget(self.view_choice)
        self.interpreter_button = InterpreterButton(self.run)  # shown and corrected here
        row.addWidget(self.interpreter_button)
        row.addStretch(1)
        self.complete_button = self.outcome_page.complete
        for widget in (
            self.back_button,
            self.review_button,
            self.next_button,
            self.complete_button,
            self.close_button,
        ):
            row.addWidget(widget)
        box.addLayout(row)
        self.stop_button.clicked.connect(self.stop)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.review_button.clicked.connect(self.go_review)
        self.close_button.clicked.connect(self.accept)
        self.close_button.hide()
        self.cosign_button = self.completed_page.cosign_button
        self.cosign_button.clicked.connect(self.open_cosign)
        self._update_danger()

    # -- danger now ----------------------------------------------------------------------------
    def _update_danger(self) -> None:
        ctx, policy = self.run.service.ctx, self.run.service.policy
        open_duties = open_safety_duties(ctx, policy, self.run.encounter.youth_id)
        self.danger.setVisible(bool(open_duties))

    def acknowledge_danger(self) -> None:
        ctx, policy = self.run.service.ctx, self.run.service.policy
        acknowledge(ctx, policy, self.run.encounter.youth_id, "")
        self._update_danger()

    def open_cosign(self) -> CosignDialog:
        dialog = CosignDialog(self.run, self.verify, self)
        dialog.accepted.connect(lambda: self._show_completed(self.run.encounter, []))
        dialog.open()
        return dialog

    # -- rendering ------------------------------------------------------------------------------
    def render(self, focus_item: str | None = None) -> None:
        navigator = self.run.navigator
        self._show_progress()
        item = navigator.current
        sections = self.view is FormView.SECTIONS
        self.section_list.setVisible(sections and self._roomy())
        if sections:
            self.section_list.show_sections(navigator, current_section(navigator))
        first = navigator.relevant_ids()[0] if navigator.relevant_ids() else None
        self.back_button.setEnabled(item is None or first != item.id)
        self.next_button.setVisible(item is not None)
        self.next_button.setDefault(item is not None)
        self.complete_button.setVisible(item is None)
        self.review_button.setVisible(item is not None and self.from_review)
        if item is None:
            self.outcome_page.show_outcome(navigator)
            self.pages.setCurrentWidget(self.outcome_page)
            self.from_review = True
            # Focus where the worker goes next: the first missing answer, else Complete.
            links = list(self.outcome_page.missing_links.values())
            (links[0] if links else self.complete_button).setFocus()
            return
        if sections:
            section = current_section(navigator) or ""
            if self.section_page.section_id != section or focus_item is None:
                self.section_page.show_section(section, self.saved_at, self.from_review)
            self.section_page.refresh(include_missing=self.from_review)
            self.pages.setCurrentWidget(self.section_page)
            self.section_page.focus_item(focus_item)
            return
        control = self.item_page.show_item(
            item,
            navigator.instrument.section_of(item.id).title.get(self.lang),
            navigator.answers.get(item.id),
            self._messages(item.id, include_missing=self.from_review),
            self.saved_at.get(item.id, ""),
        )
        self.pages.setCurrentWidget(self.item_page)
        control.focus_control()

    def _show_progress(self) -> None:
        navigator = self.run.navigator
        answered, total = navigator.progress()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(answered)
        item = navigator.current
        if item is None:
            text = translate("EncounterWizard", "Review · {answered} of {total} answered")
            text = text.format(answered=answered, total=total)
        elif self.view is FormView.SECTIONS:
            ids = [s.id for s in section_statuses(navigator)]
            index = ids.index(current_section(navigator) or ids[0]) + 1
            text = translate(
                "EncounterWizard", "Section {index} of {count} · {answered} of {total} answered"
            ).format(index=index, count=len(ids), answered=answered, total=total)
        else:
            index = navigator.relevant_ids().index(item.id) + 1
            text = translate("EncounterWizard", "Item {index} of {total} · {answered} answered")
            text = text.format(index=index, total=total, answered=answered)
        self.position_label.setText(text)

    def _messages(self, item_id: str, include_missing: bool) -> list[str]:
        issues = self.run.navigator.issues(include_missing=include_missing)
        return [i.message.get(self.lang) for i in issues if i.item_id == item_id]

    def _commit(self, item_id: str, value: Any) -> tuple[str, list[str]]:
        saved_at = self.run.set_answer(item_id, value)  # returns once durably committed
        self.saved_at[item_id] = saved_at
        if self.run.provisional_duties:
            self._update_danger()
        self._show_progress()
        if self.view is FormView.SECTIONS:
            self.section_list.show_sections(self.run.navigator, current_section(self.run.navigator))
        return saved_at, self._messages(item_id, include_missing=False)

    def stop(self) -> None:
        """Close, keeping the draft: every answer is saved already (typed text is flushed)."""
        self._flush()
        self.stopped.emit(translate("EncounterWizard", STOPPED))
        window = self.parentWidget().window() if self.parentWidget() else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(translate("EncounterWizard", STOPPED), 10_000)
        super().reject()

    def reject(self) -> None:  # Esc and the window's close button: the same as Stop for now
        if self.run.encounter.is_draft:
            self.stop()
        else:
            super().reject()
