"""Moving through the wizard by section or by question, switching between the two views,
F1 help for the page on screen, and the dialog's size on small screens at 200 %.

A part of ``EncounterWizard`` (mixed into it): it reads the wizard's run, pages and buttons.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from csec_desktop.core.flows.form_view import FormView, save_form_view
from csec_desktop.core.flows.wizard_help import WizardPage, wizard_help
from csec_desktop.core.instruments.sections import (
    neighbour_section,
    section_start,
    section_statuses,
)
from csec_desktop.gui.widgets.basics import em
from csec_desktop.gui.wizard.help_dialog import WizardHelpDialog
from csec_desktop.gui.wizard.section_list import REVIEW

if TYPE_CHECKING:
    from csec_desktop.gui.wizard.encounter_wizard import EncounterWizard

    _Base = EncounterWizard
else:
    _Base = object


class WizardMoves(_Base):
    # -- moving -------------------------------------------------------------------------------
    def _flush(self) -> None:
        self.item_page.flush()
        self.section_page.flush()

    def go_next(self) -> None:
        self._flush()
        if self.view is FormView.SECTIONS:
            self.run.go_to(neighbour_section(self.run.navigator, +1))
        else:
            self.run.next()
        self.render()

    def go_back(self) -> None:
        self._flush()
        if self.view is FormView.SECTIONS:
            self.run.go_to(neighbour_section(self.run.navigator, -1))
        else:
            self.run.back()
        self.render()

    def go_review(self) -> None:
        self._flush()
        self.run.go_to(None)
        self.render()

    def go_to_section(self, section_id: str) -> None:
        self._flush()
        target = None if section_id == REVIEW else section_start(self.run.navigator, section_id)
        self.run.go_to(target)
        self.render()

    def jump_to(self, item_id: str) -> None:
        self._flush()
        self.run.go_to(item_id)
        self.render(focus_item=item_id)

    def _section_done(self) -> None:
        """The section's last item was answered by key: on to the next section when nothing
        in this one is still needed, else to the first item still needed."""
        status = next(
            s for s in section_statuses(self.run.navigator) if s.id == self.section_page.section_id
        )
        if status.complete:
            self.go_next()
        else:
            self.section_page.focus_item((status.missing + status.problems)[0])

    def set_view(self, one_question: bool) -> None:
        """Switch between a section per page and one question per page; kept as the setting."""
        self._flush()
        self.view = FormView.ITEMS if one_question else FormView.SECTIONS
        save_form_view(self.view)
        if self.run.encounter.is_draft:
            self.render(focus_item=self.run.navigator.position)

    # -- help and size --------------------------------------------------------------------------
    def help_page(self) -> WizardPage:
        if self.pages.currentWidget() is self.completed_page:
            return "completed"
        return "review" if self.pages.currentWidget() is self.outcome_page else "questions"

    def open_help(self) -> WizardHelpDialog:
        """F1: what this page is for, with the current section's and item's own help."""
        page, navigator = self.help_page(), self.run.navigator
        item_id = None
        if page == "questions":
            item_id = (
                self.section_page.focused_item()
                if self.pages.currentWidget() is self.section_page
                else navigator.position
            ) or navigator.position
        section = navigator.instrument.section_of(item_id).id if item_id else None
        text = wizard_help(page, navigator.instrument, self.lang, section, item_id)
        dialog = WizardHelpDialog(text, self, "outcome" if page != "questions" else "screen")
        self.help_dialog = dialog
        dialog.open()
        return dialog

    def _roomy(self) -> bool:
        """Wide enough for the section list beside the page (not at 200 % on 1366 x 768,
        where the position line still says which section of how many)."""
        return self.width() >= em(self, 50)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        drafting = self.run.encounter.is_draft
        self.section_list.setVisible(self.view is FormView.SECTIONS and drafting and self._roomy())

    def _fit_screen(self) -> None:
        """Roomy where the screen allows, never taller or wider than it (1366 x 768 at 200 %):
        the pages scroll and the buttons stay in view."""
        width, height = em(self, 60), em(self, 40)
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width = min(width, screen.width() - 16)
            height = min(height, screen.height() - 48)  # the window's title bar
        self.resize(width, height)
