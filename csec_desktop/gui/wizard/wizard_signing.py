"""Signing: ask once before signing (it cannot be undone), sign through the run, and show
the completed page with the duties now running.

A part of ``EncounterWizard`` (mixed into it): it reads the wizard's run, pages and buttons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox

from csec_desktop.core.display_words import band_label
from csec_desktop.core.errors import CsecError
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.instruments import IncompleteError
from csec_desktop.core.records.duties import DutyStore
from csec_desktop.core.worker_support import worker_support_words

if TYPE_CHECKING:
    from csec_desktop.gui.wizard.encounter_wizard import EncounterWizard

    _Base = EncounterWizard
else:
    _Base = object

SIGN_WARNING = QT_TRANSLATE_NOOP(
    "WizardSigning", "You can't change answers after signing; you can add an addendum."
)


class WizardSigning(_Base):
    # -- finishing ------------------------------------------------------------------------------
    def complete(self, final_band: str | None, reason: str | None) -> None:
        """Ask once before signing (it cannot be undone); an incomplete form is said at once."""
        if self.run.navigator.issues():
            self._sign(final_band, reason)  # refused by the core, with the answers still needed
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("WizardSigning", "Complete and sign"))
        box.setAccessibleName(translate("WizardSigning", "Complete and sign?"))
        box.setText(translate("WizardSigning", "Complete and sign this form now?"))
        box.setInformativeText(translate("WizardSigning", SIGN_WARNING))
        sign = box.addButton(translate("WizardSigning", "&Sign"), QMessageBox.ButtonRole.AcceptRole)
        sign.setAccessibleName(translate("WizardSigning", "Sign"))
        back = box.addButton(
            translate("WizardSigning", "&Go back"), QMessageBox.ButtonRole.RejectRole
        )
        back.setAccessibleName(translate("WizardSigning", "Go back"))
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
            words = (
                translate("WizardSigning", "Not completed yet: 1 answer is still needed.")
                if count == 1
                else translate(
                    "WizardSigning", "Not completed yet: {count} answers are still needed."
                ).format(count=count)
            )
            links = translate("WizardSigning", "Use the links above to go to them.")
            self.outcome_page.show_problem(f"{words} {links}")
            return
        except CsecError as exc:
            self.outcome_page.show_problem(exc.message)
            return
        own = self.run.encounter_id  # duties this draft started itself are listed as its own
        others = [r.words for r in done.referenced if r.existing.encounter_id != own]
        self._show_completed(done.encounter, done.duties, others)
        self._update_danger()  # signing withdraws what a changed answer had started
        self.completed.emit(done)

    def _show_completed(
        self, encounter: Any, _created: list[Any], referenced: list[str] | None = None
    ) -> None:
        self.run.encounter = encounter = self.run.service.encounters.get(encounter.id)
        self.interpreter_button.refresh()  # signed: shown, no longer changed here
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
        self.position_label.setText(translate("WizardSigning", "Completed"))
        for widget in (
            self.stop_button,
            self.back_button,
            self.next_button,
            self.review_button,
            self.complete_button,
            self.view_choice,
            self.progress,
            self.section_list,
        ):
            widget.hide()
        self.close_button.show()
        self.close_button.setDefault(True)
        self.completed_page.duties.setFocus()

    def _duties_of_encounter(self) -> list[Any]:
        """Every duty this encounter started: from the draft (provisional) and at completion."""
        return DutyStore(self.run.service.ctx).for_encounter(self.run.encounter_id)
