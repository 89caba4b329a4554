"""Settings → Language: the language of the signed-in worker's screens, kept with the account.

The list names each language in that language ("English", "Español"), so a worker who opened
this by mistake in a language they do not read can still find their own.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.i18n import translate
from csec_desktop.core.worker_language import SHIPPED
from csec_desktop.gui.widgets.basics import add_row, em, label


class LanguageDialog(QDialog):
    """Choose a shipped language; ``chosen()`` after ``accepted``."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LanguageDialog", "Language"))
        box = QVBoxLayout(self)
        box.addWidget(
            label(
                translate(
                    "LanguageDialog",
                    "Your screens and the instruments' wording use this language at each "
                    "sign-in. Printed copies keep the language chosen when printing.",
                ),
                "hint",
            )
        )
        self.languages = QComboBox()
        for code, name in SHIPPED.items():
            self.languages.addItem(name, code)
        self.languages.setCurrentIndex(max(0, self.languages.findData(current)))
        form = QFormLayout()
        add_row(form, translate("LanguageDialog", "&Language of your screens"), self.languages)
        box.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.setMinimumWidth(em(self, 26))
        self.languages.setFocus()

    def chosen(self) -> str:
        return str(self.languages.currentData())
