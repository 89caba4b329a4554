"""The print preview's choices: which copy (audience), the youth copy's language, and an
optional password for the saved file, laid out as one form with keyboard buddies.

The form is handed to the dialog as a layout, so the widgets sit directly in the dialog (no
extra frame or margins); what a choice does is the dialog's business.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit

from csec_desktop.core.i18n import translate
from csec_desktop.core.reports.audience import Audience
from csec_desktop.gui.printing.copy_words import SummaryRenderer, YouthLanguages, copy_name


class CopyChoices:
    """The audience box, the language box (shown for the youth copy only), the line saying
    what the chosen copy shows, and the password field, in ``form``."""

    def __init__(self, service: SummaryRenderer, encounter_id: str, audience: Audience) -> None:
        self.audience_box = QComboBox()
        for option in Audience:
            self.audience_box.addItem(copy_name(option), option.value)
        self.audience_box.setCurrentIndex(list(Audience).index(audience))
        self.audience_box.setAccessibleName(translate("PrintPreviewDialog", "Who this copy is for"))
        # The youth copy's language: the youth's preferred one first; shown for that copy only.
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(
            translate("PrintPreviewDialog", "Language of the youth's copy")
        )
        if isinstance(service, YouthLanguages):
            self._fill_languages(service, encounter_id)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            translate("PrintPreviewDialog", "Optional: protect the saved file (8+ characters)")
        )
        self.password.setAccessibleName(
            translate("PrintPreviewDialog", "Password for the saved PDF, optional")
        )
        self.explains = QLabel("")  # what the chosen copy shows, from the audience table
        self.explains.setAccessibleName(translate("PrintPreviewDialog", "What this copy shows"))
        self.explains.setWordWrap(True)
        self.form = self._lay_out()

    def _fill_languages(self, service: YouthLanguages, encounter_id: str) -> None:
        for code, name in service.youth_choices():
            self.language_box.addItem(name, code)
        preferred = service.youth_language(encounter_id)
        index = self.language_box.findData(preferred)
        if index < 0:  # a language with neither translation nor tagline: named as given
            self.language_box.addItem(
                translate("PrintPreviewDialog", "{language} — English with a notice").format(
                    language=preferred
                ),
                preferred,
            )
            index = self.language_box.count() - 1
        self.language_box.setCurrentIndex(index)

    def _lay_out(self) -> QFormLayout:
        form = QFormLayout()
        copy_label = QLabel(translate("PrintPreviewDialog", "Cop&y for:"))
        copy_label.setBuddy(self.audience_box)
        form.addRow(copy_label, self.audience_box)
        form.addRow("", self.explains)
        language_label = QLabel(translate("PrintPreviewDialog", "&Language:"))
        language_label.setBuddy(self.language_box)
        form.addRow(language_label, self.language_box)
        password_label = QLabel(translate("PrintPreviewDialog", "Pass&word:"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, self.password)
        return form

    def show_copy(self, audience: Audience, chooses_language: bool) -> None:
        """Say what ``audience``'s copy shows; offer the language only when it is chosen."""
        self.explains.setText(translate("Audience", audience.rules.explains))
        self.form.setRowVisible(self.language_box, chooses_language)

    def set_enabled(self, enabled: bool) -> None:
        self.audience_box.setEnabled(enabled)
        self.language_box.setEnabled(enabled)
