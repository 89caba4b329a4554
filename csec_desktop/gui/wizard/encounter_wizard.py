"""The guided screening or assessment: renders the headless navigator one item at a time.

Everything the wizard shows comes from ``run.navigator`` (current item, skip logic, progress,
outcome); everything it changes goes through the run, which commits as it goes. So "Stop for
now", Esc, closing the laptop or a crash all leave a draft that resumes where it stopped.
An item tagged ``safety_now`` answered yes raises the red danger banner, which stays on every
later page until the worker acknowledges it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.clock import from_iso
from csec_desktop.core.display_words import band_label, moment_words
from csec_desktop.core.errors import CsecError
from csec_desktop.core.instruments import IncompleteError
from csec_desktop.core.instruments.model import InstrumentKind
from csec_desktop.core.records.danger_now import acknowledge, open_safety_duties
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.records.screening import ScreeningRun
from csec_desktop.core.records.youth_store import YouthRecord
from csec_desktop.core.worker_support import worker_support_words
from csec_desktop.gui.cosign_fields import Verify
from csec_desktop.gui.danger_banner import DangerBanner
from csec_desktop.gui.setup_pages import label
from csec_desktop.gui.widgets import button, em
from csec_desktop.gui.wizard.completed_page import CompletedPage
from csec_desktop.gui.wizard.cosign_dialog import CosignDialog
from csec_desktop.gui.wizard.item_page import ItemPage
from csec_desktop.gui.wizard.outcome_page import OutcomePage

STOPPED = "Your answers are saved. You can carry on later from the youth's page."


SIGN_WARNING = "You can't change answers after signing; you can add an addendum."


class EncounterWizard(QDialog):
    completed = Signal(object)  # the core Completed (encounter and the duties created)
    stopped = Signal(str)  # the calm line to show where the wizard was opened from

    def __init__(
        self,
        run: ScreeningRun,
        youth: YouthRecord,
        lang: str = "en",
        parent: QWidget | None = None,
        verify: Verify | None = None,
    ) -> None:
        super().__init__(parent)
        self.run, self.youth, self.lang = run, youth, lang
        self.verify = verify  # a supervisor's co-signature on this laptop
        definition = run.navigator.instrument.definition
        title = "Assessment" if definition.kind is InstrumentKind.NEEDS_ASSESSMENT else "Screening"
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
        self._build(definition.title.get(lang))
        self.resize(em(self, 56), em(self, 40))
        if run.encounter.is_draft:
            self.render()
        else:
            self._show_completed(run.encounter, self._duties_of_encounter())

    def _build(self, instrument_title: str) -> None:
        box = QVBoxLayout(self)
        self.youth_label = label(self.youth.profile.name_with_pronouns, "heading")
        self.youth_label.setAccessibleName("Youth")
        point = self.run.service.policy.decision_point(self.run.encounter.decision_point)
        received = moment_words(from_iso(self.run.encounter.info_received_at))
        self.context_label = label(
            f"{instrument_title} · {point.label.get(self.lang)} · information received {received}",
            "hint",
        )
        self.position_label = label("")
        self.position_label.setAccessibleName("Progress")
        self.progress = QProgressBar()
        self.progress.setAccessibleName("Answered so far")
        self.progress.setTextVisible(False)
        self.item_page = ItemPage(self._commit, self.lang)
        self.outcome_page = OutcomePage(self.lang)
        self.outcome_page.jump.connect(self.jump_to)
        self.outcome_page.complete_requested.connect(self.complete)
        self.completed_page = CompletedPage(self.lang)
        self.pages = QStackedWidget()
        for page in (self.item_page, self.outcome_page, self.completed_page):
            self.pages.addWidget(page)
        policy = self.run.service.policy
        self.danger = DangerBanner(policy.safety_procedure.get(self.lang), self.acknowledge_danger)
        for widget in (
            self.youth_label,
            self.context_label,
            self.danger,
            self.position_label,
            self.progress,
        ):
            box.addWidget(widget)
        box.addWidget(self.pages, 1)
        row = QHBoxLayout()
        self.stop_button = button("&Stop for now", "Stop for now")
        self.back_button = button("&Back")
        self.review_button = button("Re&turn to the outcome", "Return to the outcome")
        self.next_button = button("&Next")
        self.next_button.setDefault(True)
        self.close_button = button("C&lose", "Close")
        row.addWidget(self.stop_button)
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
    def render(self) -> None:
        navigator = self.run.navigator
        answered, total = navigator.progress()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(answered)
        item = navigator.current
        self.back_button.setEnabled(item is None or navigator.relevant_ids()[0] != item.id)
        self.next_button.setVisible(item is not None)
        self.next_button.setDefault(item is not None)
        self.complete_button.setVisible(item is None)
        self.review_button.setVisible(item is not None and self.from_review)
        if item is None:
            self.position_label.setText(f"Review · {answered} of {total} answered")
            self.outcome_page.show_outcome(navigator)
            self.pages.setCurrentWidget(self.outcome_page)
            self.from_review = True
            # Focus where the worker goes next: the first missing answer, else Complete.
            links = list(self.outcome_page.missing_links.values())
            (links[0] if links else self.complete_button).setFocus()
            return
        index = navigator.relevant_ids().index(item.id) + 1
        self.position_label.setText(f"Item {index} of {total} · {answered} answered")
        section = navigator.instrument.section_of(item.id).title.get(self.lang)
        control = self.item_page.show_item(
            item,
            section,
            navigator.answers.get(item.id),
            self._messages(item.id, include_missing=self.from_review),
            self.saved_at.get(item.id, ""),
        )
        self.pages.setCurrentWidget(self.item_page)
        control.focus_control()

    def _messages(self, item_id: str, include_missing: bool) -> list[str]:
        issues = self.run.navigator.issues(include_missing=include_missing)
        return [i.message.get(self.lang) for i in issues if i.item_id == item_id]

    def _commit(self, item_id: str, value: Any) -> tuple[str, list[str]]:
        saved_at = self.run.set_answer(item_id, value)  # returns once durably committed
        self.saved_at[item_id] = saved_at
        if self.run.provisional_duties:
            self._update_danger()
        answered, total = self.run.navigator.progress()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(answered)
        index = self.run.navigator.relevant_ids().index(item_id) + 1
        self.position_label.setText(f"Item {index} of {total} · {answered} answered")
        return saved_at, self._messages(item_id, include_missing=False)

    # -- moving ---------------------------------------------------------------------------------
    def go_next(self) -> None:
        self.item_page.flush()
        self.run.next()
        self.render()

    def go_back(self) -> None:
        self.item_page.flush()
        self.run.back()
        self.render()

    def go_review(self) -> None:
        self.item_page.flush()
        while self.run.navigator.current is not None:
            self.run.next()
        self.render()

    def jump_to(self, item_id: str) -> None:
        self.run.go_to(item_id)
        self.render()

    # -- finishing ------------------------------------------------------------------------------
    def complete(self, final_band: str | None, reason: str | None) -> None:
        """Ask once before signing (it cannot be undone); an incomplete form is said at once."""
        if self.run.navigator.issues():
            self._sign(final_band, reason)  # refused by the core, with the answers still needed
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Complete and sign")
        box.setAccessibleName("Complete and sign?")
        box.setText("Complete and sign this form now?")
        box.setInformativeText(SIGN_WARNING)
        sign = box.addButton("&Sign", QMessageBox.ButtonRole.AcceptRole)
        sign.setAccessibleName("Sign")
        back = box.addButton("&Go back", QMessageBox.ButtonRole.RejectRole)
        back.setAccessibleName("Go back")
        box.setDefaultButton(back)  # Enter never signs by accident
        box.setEscapeButton(back)
        sign.clicked.connect(lambda: self._sign(final_band, reason))
        box.finished.connect(lambda _result: self._back_from_question())
        self.confirm_box: QMessageBox | None = box
        box.open()

    def _back_from_question(self) -> None:
        """The keyboard comes back to the wizard (some window managers leave it nowhere)."""
        self.activateWindow()
        if self.pages.currentWidget() is self.outcome_page:
            self.outcome_page.complete.setFocus()
        else:
            self.pages.currentWidget().setFocus()

    def _sign(self, final_band: str | None, reason: str | None) -> None:
        try:
            done = self.run.complete(final_band, reason)
        except IncompleteError as exc:
            count = len(exc.issues)
            what = "1 answer is" if count == 1 else f"{count} answers are"
            self.outcome_page.show_problem(
                f"Not completed yet: {what} still needed. Use the links above to go to them."
            )
            return
        except CsecError as exc:
            self.outcome_page.show_problem(exc.message)
            return
        own = self.run.encounter_id  # duties this draft started itself are listed as its own
        others = [r.words for r in done.referenced if r.existing.encounter_id != own]
        self._show_completed(done.encounter, done.duties, others)
        self.completed.emit(done)

    def _show_completed(
        self, encounter: Any, _created: list[Any], referenced: list[str] | None = None
    ) -> None:
        self.run.encounter = encounter = self.run.service.encounters.get(encounter.id)
        duties = self._duties_of_encounter()
        band = band_label(
            encounter.final_band, self.lang, self.run.navigator.instrument.definition.bands
        )
        actor = self.run.service.ctx.actor
        # The record keeps the user name; the signed-in worker is shown by their display name.
        worker = actor.display_name if encounter.completed_by == actor.username else None
        support = worker_support_words(encounter.final_band, self.run.service.policy.worker_support)
        self.completed_page.show_completed(
            encounter,
            duties,
            worker or encounter.completed_by or "",
            band,
            referenced or [],
            support,
        )
        self.pages.setCurrentWidget(self.completed_page)
        self.position_label.setText("Completed")
        for widget in (
            self.stop_button,
            self.back_button,
            self.next_button,
            self.review_button,
            self.complete_button,
        ):
            widget.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.completed_page.duties.setFocus()

    def _duties_of_encounter(self) -> list[Any]:
        """Every duty this encounter started: from the draft (provisional) and at completion."""
        return DutyStore(self.run.service.ctx).for_encounter(self.run.encounter_id)

    def stop(self) -> None:
        """Close, keeping the draft: every answer is saved already (typed text is flushed)."""
        self.item_page.flush()
        self.stopped.emit(STOPPED)
        window = self.parentWidget().window() if self.parentWidget() else None
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(STOPPED, 10_000)
        super().reject()

    def reject(self) -> None:  # Esc and the window's close button: the same as Stop for now
        if self.run.encounter.is_draft:
            self.stop()
        else:
            super().reject()
