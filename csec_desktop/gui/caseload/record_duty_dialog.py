"""Recording a duty as done (when, how, reference, agency, person; why late), and the form both
duty dialogs share (not applicable: ``not_applicable_dialog.py``). The vault's DutyStore decides;
the dialog asks for what it will need, says in words when the time given is after the due time,
and saves in the background."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QWidget,
)

from csec_desktop.core.display_words import DUE_NOW, due_words, duty_time_words, span_words
from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.core.records.duties import DutyRecord, DutyStore
from csec_desktop.gui.background import Background
from csec_desktop.gui.caseload.wording import in_language
from csec_desktop.gui.forms.form_dialog import FormDialog
from csec_desktop.gui.widgets.basics import add_row, em, label, lines_edit, text_edit
from csec_desktop.gui.widgets.date_field import MomentField

METHODS = (  # offered in the worker's language; what is chosen or typed is kept as written
    QT_TRANSLATE_NOOP("RecordDutyDialog", "Phone"),
    QT_TRANSLATE_NOOP("RecordDutyDialog", "In person"),
    QT_TRANSLATE_NOOP("RecordDutyDialog", "Online report form"),
    QT_TRANSLATE_NOOP("RecordDutyDialog", "Written report"),
    QT_TRANSLATE_NOOP("RecordDutyDialog", "Email"),
    QT_TRANSLATE_NOOP("RecordDutyDialog", "Fax"),
)


class _DutyDialog(FormDialog):
    """The form dialog both share, headed by what the duty is and when it was due."""

    def __init__(
        self,
        title: str,
        ok_text: str,
        duty: DutyRecord,
        now: datetime,
        background: Background,
        parent: QWidget | None,
    ) -> None:
        super().__init__(
            title, ok_text, background, parent, busy_text=translate("DutyDialog", "Saving")
        )
        self.duty = duty
        when = duty_time_words(duty.due_at, duty.late_after)
        due = translate("DutyDialog", "Due {when} ({due}). {citation}").format(
            when=when, due=due_words(duty.late_after, now), citation=duty.citation
        )
        self.layout_.insertWidget(0, label(in_language(duty.label), "heading"))
        self.layout_.insertWidget(1, label(due, "hint"))
        self.finish_layout()
        self.setMinimumWidth(em(self, 30))

    def _done(self, result: object) -> None:
        assert isinstance(result, DutyRecord)
        self.duty = result
        super()._done(result)


class RecordDutyDialog(_DutyDialog):
    def __init__(
        self,
        duty: DutyRecord,
        store: DutyStore,
        background: Background,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        now = clock()
        super().__init__(
            translate("RecordDutyDialog", "Record a duty as done"),
            translate("RecordDutyDialog", "&Record as done"),
            duty,
            now,
            background,
            parent,
        )
        self.store = store
        self.done_at = MomentField(translate("RecordDutyDialog", "Done at"), now)
        self.method = QComboBox()
        self.method.setEditable(True)
        self.method.addItems([translate("RecordDutyDialog", m) for m in METHODS])
        self.method.setCurrentIndex(-1)  # the worker says how; no guess is filled in
        self.method.lineEdit().setPlaceholderText(
            translate("RecordDutyDialog", "Choose or type how it was done")
        )
        self.method.setAccessibleName(translate("RecordDutyDialog", "How it was done"))
        self.reference = text_edit(translate("RecordDutyDialog", "Reference number"))
        self.agency = text_edit(translate("RecordDutyDialog", "Agency"))
        self.person = text_edit(translate("RecordDutyDialog", "Person"))
        self.late_reason = lines_edit(translate("RecordDutyDialog", "Why it was late"), 3.6)
        add_row(self.form, translate("RecordDutyDialog", "Done &at"), self.done_at)
        add_row(self.form, translate("RecordDutyDialog", "&How"), self.method)
        add_row(self.form, translate("RecordDutyDialog", "Reference &number"), self.reference)
        add_row(self.form, translate("RecordDutyDialog", "A&gency"), self.agency)
        add_row(self.form, translate("RecordDutyDialog", "&Person"), self.person)
        self.late_label = add_row(
            self.form,
            translate("RecordDutyDialog", "Why it was &late (required)"),
            self.late_reason,
        )
        self.late_note = QLabel("")
        self.late_note.setWordWrap(True)
        self.form.addRow("", self.late_note)
        self.done_at.changed.connect(self._update_late)
        self._update_late()
        self.method.setFocus()

    def when(self) -> datetime | None:
        """When it was done (aware UTC, to the minute), or ``None`` while the date is unreadable."""
        return self.done_at.moment()

    @property
    def late(self) -> bool:
        when = self.when()
        # "immediately" has the county's grace before it counts as late
        return when is not None and when > self.duty.late_after

    def _update_late(self) -> None:
        late = self.late
        self.late_label.setVisible(late)
        self.late_reason.setVisible(late)
        self.late_note.setVisible(late)
        if late:
            by = (self.when() or self.duty.late_after) - self.duty.late_after
            note = translate("RecordDutyDialog", "This is after the due time.")
            if by >= DUE_NOW:
                note = translate(
                    "RecordDutyDialog", "This is after the due time (late by {span})."
                ).format(span=span_words(by))
            self.late_note.setText(note)

    def submit(self) -> None:
        if not self.done_at.check():
            return
        if not self.method.currentText().strip():
            self.message.show_message(
                translate(
                    "RecordDutyDialog", "Say how the duty was done (for example: phone report)."
                )
            )
            self.method.setFocus()
            return
        if self.late and not self.late_reason.toPlainText().strip():
            self.message.show_message(
                translate(
                    "RecordDutyDialog",
                    "This was done after it was due; add the reason it was late.",
                )
            )
            self.late_reason.setFocus()
            return
        duty_id, when = self.duty.id, self.when()
        assert when is not None  # checked above
        method = self.method.currentText()
        reason = self.late_reason.toPlainText() if self.late else ""
        reference, agency, person = self.reference.text(), self.agency.text(), self.person.text()
        self.run(
            lambda: self.store.record_done(duty_id, when, method, reference, agency, person, reason)
        )
