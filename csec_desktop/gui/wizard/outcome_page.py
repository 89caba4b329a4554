"""The review page: the outcome in plain words, why, what is still missing, what to do next,
every answer by section (a table with jump-to-edit), the worker's own judgement (a different
outcome needs a written reason) and Complete."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.instruments import Navigator
from csec_desktop.gui.widgets.basics import InlineMessage, add_row, button, em, label
from csec_desktop.gui.wizard.answer_words import band_description, explanation_lines
from csec_desktop.gui.wizard.page_parts import ScrollPage, link_button, subheading
from csec_desktop.gui.wizard.review_table import ReviewTable

MAX_LINKS = 12  # more than this, and the list stops helping
PRIMARY = (
    "QPushButton { background: #2f6f73; color: #ffffff; border-color: #2f6f73; }"
    " QPushButton:focus { border: 2px solid #1d4a4d; }"
)


class OutcomePage(ScrollPage):
    jump = Signal(str)  # an item id to go back to
    complete_requested = Signal(object, object)  # (final band or None, override reason or None)

    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.band = label("", "heading")
        self.band.setAccessibleName("Outcome")
        self.description = label("")
        self.why = label("")
        self.why.setAccessibleName("Why")
        self.lines = label("")
        self.lines.setAccessibleName("Answers that moved the outcome")
        self.missing_box = QVBoxLayout()
        self.actions = label("")
        self.actions.setAccessibleName("Recommended actions")
        self.override = QCheckBox("I want to record a &different outcome")
        self.override.setAccessibleName("I want to record a different outcome")
        self.other_band = QComboBox()
        self.other_band.setAccessibleName("Outcome to record")
        self.reason = QPlainTextEdit()
        self.reason.setAccessibleName("Reason for a different outcome")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumHeight(em(self.reason, 5))
        self.override_form = QWidget()
        form = QFormLayout(self.override_form)
        add_row(form, "&Outcome to record", self.other_band)
        add_row(form, "&Reason (required)", self.reason)
        self.override_form.hide()
        self.override.toggled.connect(self.override_form.setVisible)
        # The wizard places this button in its bottom row, where Next was: always in view.
        # Deliberately not the default button: Enter pressed through the items must not sign.
        self.complete = button("&Complete and sign", "Complete and sign")
        self.complete.setStyleSheet(PRIMARY)
        self.complete.clicked.connect(self._complete)
        self.message = InlineMessage("Completion message")
        self.box.addWidget(self.band)
        self.box.addWidget(self.description)
        self.box.addSpacing(em(self, 0.4))
        self.box.addWidget(subheading("Why"))
        for widget in (self.why, self.lines):
            self.box.addWidget(widget)
        self.missing_heading = subheading("Still to answer before completing")
        self.box.addSpacing(em(self, 0.4))
        self.box.addWidget(self.missing_heading)
        self.box.addLayout(self.missing_box)
        self.more_missing = label("", "hint")
        self.box.addWidget(self.more_missing)
        self.box.addSpacing(em(self, 0.4))
        self.box.addWidget(subheading("Recommended next steps"))
        self.box.addWidget(self.actions)
        self.box.addSpacing(em(self, 0.4))
        self.box.addWidget(subheading("Your answers"))
        self.box.addWidget(label("Enter or double-click an answer to change it.", "hint"))
        self.answers = ReviewTable(lang)
        self.answers.jump.connect(self.jump)
        self.box.addWidget(self.answers)
        self.box.addSpacing(em(self, 0.4))
        self.box.addWidget(subheading("Your judgement"))
        for widget in (self.override, self.override_form, self.message):
            self.box.addWidget(widget)
        self.box.addStretch(1)
        self.missing_links: dict[str, QWidget] = {}

    def show_outcome(self, navigator: Navigator) -> None:
        lang, outcome = self.lang, navigator.outcome
        self.band.setText(f"Outcome: {outcome.band_label.get(lang)}")
        self.description.setText(band_description(navigator, outcome.band, lang))
        reason, lines = explanation_lines(navigator, lang)
        self.why.setText(reason)
        self.lines.setText(
            "\n".join(f"• {line}" for line in lines) or "No answer raised a concern."
        )
        self._show_missing(navigator)
        self.answers.show_answers(navigator)
        actions = [action.text.get(lang) for action in navigator.recommended_actions()]
        self.actions.setText("\n".join(f"• {a}" for a in actions) or "No steps are suggested.")
        self.other_band.clear()
        for band in navigator.instrument.definition.bands:
            if band.id != outcome.band:
                self.other_band.addItem(band.label.get(lang), band.id)
        self.message.clear_message()

    def _show_missing(self, navigator: Navigator) -> None:
        for link in self.missing_links.values():
            self.missing_box.removeWidget(link)
            link.hide()
            link.deleteLater()
        self.missing_links = {}
        issues = navigator.issues()
        for issue in issues[:MAX_LINKS]:
            item = navigator.instrument.item(issue.item_id)
            section = navigator.instrument.section_of(item.id).title.get(self.lang)
            where = f"{section}: {item.label.get(self.lang)}"
            what = "needs an answer" if issue.kind == "missing" else "needs checking"
            link = link_button(f"{where} ({what})", f"Go to {where}")
            link.clicked.connect(lambda _=False, target=issue.item_id: self.jump.emit(target))
            self.missing_box.addWidget(link)
            self.missing_links[issue.item_id] = link
        more = len(issues) - MAX_LINKS
        self.more_missing.setText(
            f"… and {more} more. Next takes you through them in order." if more > 0 else ""
        )
        self.more_missing.setVisible(more > 0)
        self.missing_heading.setVisible(bool(self.missing_links))

    def _complete(self) -> None:
        if not self.override.isChecked():
            self.complete_requested.emit(None, None)
            return
        reason = self.reason.toPlainText().strip()
        if not reason:
            self.show_problem("Write the reason for recording a different outcome.")
            self.reason.setFocus()
            return
        self.complete_requested.emit(self.other_band.currentData(), reason)

    def show_problem(self, text: str) -> None:
        self.message.show_message(text)
