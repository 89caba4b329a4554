"""The "interpreter used" rows of the start dialog: none / in person / phone / video, and the
language interpreted (the threshold-language list a youth's preferred language is read
against, or another language typed in). Core checks the value (records/interpreter.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit

from csec_desktop.core.errors import ValidationError
from csec_desktop.core.i18n import translate
from csec_desktop.core.records.interpreter import (
    MAX_LANGUAGE,
    MODE_LABELS,
    Interpreter,
    InterpreterMode,
    language_choices,
)
from csec_desktop.core.reports.youth_languages import language_code
from csec_desktop.gui.widgets import add_row

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
        for code, name in language_choices():
            self.language.addItem(name, code)
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
