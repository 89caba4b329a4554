"""The "interpreter used" rows of the start dialog (none / in person / phone / video, and the
language interpreted: the threshold-language list a youth's preferred language is read
against, or another language typed in), and the wizard's button that shows the choice and
corrects it while the form is a draft. Core checks the value (records/interpreter.py)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.errors import CsecError, ValidationError
from csec_desktop.core.i18n import translate
from csec_desktop.core.language_table import language_code, language_words
from csec_desktop.core.records.interpreter import (
    MAX_LANGUAGE,
    MODE_LABELS,
    Interpreter,
    InterpreterMode,
    language_choices,
)
from csec_desktop.gui.widgets.basics import InlineMessage, add_row

OTHER = "other"


class InterpreterFields:
    """Three fields added to a form: kind of interpreter, language, another language.

    The language starts at the youth's preferred language when that is not English, and is
    only asked for once an interpreter is chosen (the default is no interpreter)."""

    def __init__(self, form: QFormLayout, preferred_language: str = "") -> None:
        self.mode = QComboBox()
        self.mode.setAccessibleName(translate("Interpreter", "Interpreter used"))
        for mode in InterpreterMode:
            self.mode.addItem(translate("Interpreter", MODE_LABELS[mode]), mode.value)
        self.language = QComboBox()
        self.language.setAccessibleName(translate("Interpreter", "Language interpreted"))
        for code, _name in language_choices():
            self.language.addItem(language_words(code), code)
        self.language.addItem(translate("Interpreter", "Another language"), OTHER)
        self.other = QLineEdit()
        self.other.setMaxLength(MAX_LANGUAGE)
        self.other.setAccessibleName(translate("Interpreter", "Other language interpreted"))
        self.other.setPlaceholderText(translate("Interpreter", "Which language"))
        add_row(form, translate("Interpreter", "&Interpreter used"), self.mode)
        self.language_label = add_row(
            form, translate("Interpreter", "Lan&guage interpreted"), self.language
        )
        self.other_label = add_row(form, translate("Interpreter", "Ot&her language"), self.other)
        self._start_at(preferred_language)
        self.mode.currentIndexChanged.connect(self._refresh)
        self.language.currentIndexChanged.connect(self._refresh)
        self._refresh()

    def _start_at(self, preferred: str) -> None:
        code = language_code(preferred)
        if code == "en":
            return
        index = self.language.findData(code)
        if index >= 0:
            self.language.setCurrentIndex(index)
        else:
            self.language.setCurrentIndex(self.language.findData(OTHER))
            self.other.setText(preferred.strip()[:MAX_LANGUAGE])

    def _refresh(self) -> None:
        used = self.mode.currentData() != InterpreterMode.NONE.value
        other = self.language.currentData() == OTHER
        self.language.setEnabled(used)
        self.language_label.setEnabled(used)
        for widget in (self.other, self.other_label):
            widget.setVisible(used and other)

    def set_value(self, value: Interpreter | None) -> None:
        """Show a stored value (``None``: not recorded, shown as no interpreter)."""
        chosen = value or Interpreter(InterpreterMode.NONE)
        self.mode.setCurrentIndex(self.mode.findData(chosen.mode.value))
        if chosen.language:
            self._start_at(chosen.language)

    def value(self) -> Interpreter:
        """The checked choice; ``ValidationError`` (a message for the worker) otherwise."""
        mode = str(self.mode.currentData())
        if mode == InterpreterMode.NONE.value:
            return Interpreter.make(mode)
        language = self.language.currentData()
        if language == OTHER:
            language = self.other.text()
            if not language.strip():
                self.other.setFocus()
                raise ValidationError(
                    translate("Interpreter", "Type the language the interpreter interpreted.")
                )
        return Interpreter.make(mode, str(language))


def short_words(value: Interpreter | None) -> str:
    """The choice in a few words for a button: "none", "by phone, Vietnamese"."""
    if value is None:
        return translate("Interpreter", "not recorded")
    if not value.used:
        return translate("Interpreter", "none")
    kind = {
        InterpreterMode.IN_PERSON: translate("Interpreter", "in person"),
        InterpreterMode.PHONE: translate("Interpreter", "by phone"),
        InterpreterMode.VIDEO: translate("Interpreter", "by video"),
    }[value.mode]
    return translate("Interpreter", "{kind}, {language}").format(
        kind=kind, language=language_words(value.language or "")
    )


class InterpreterDialog(QDialog):
    """Correct the interpreter of a draft (``EncounterStore.set_interpreter``, audited)."""

    def __init__(self, run: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        title = translate("Interpreter", "Interpreter used")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        box = QVBoxLayout(self)
        form = QFormLayout()
        self.fields = InterpreterFields(form)
        self.fields.set_value(run.encounter.interpreter)
        box.addLayout(form)
        self.message = InlineMessage(translate("Interpreter", "Interpreter message"))
        box.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(translate("Interpreter", "&Save"))
        self.ok.setAccessibleName(translate("Interpreter", "Save"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.fields.mode.setFocus()

    def save(self) -> None:
        try:
            value = self.fields.value()
            store = self.run.service.encounters
            self.run.encounter = store.set_interpreter(self.run.encounter_id, value)
        except CsecError as exc:
            self.message.show_message(exc.message)
            return
        self.accept()


class InterpreterButton(QPushButton):
    """The wizard's "Interpreter: …" button: shows the choice, corrects it on a draft."""

    def __init__(self, run: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run = run
        self.setAutoDefault(False)
        self.clicked.connect(self.open_dialog)
        self.refresh()

    def refresh(self) -> None:
        words = short_words(self.run.encounter.interpreter)
        self.setText(translate("Interpreter", "Interpreter: {words}").format(words=words))
        self.setAccessibleName(
            translate("Interpreter", "Interpreter used: {words}. Change").format(words=words)
        )
        self.setEnabled(self.run.encounter.is_draft)

    def open_dialog(self) -> InterpreterDialog:
        dialog = InterpreterDialog(self.run, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        return dialog
