"""The pages of the first-run setup, built in code; the wizard (setup_wizard.py) drives them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
)

from csec_desktop.gui.style import set_role
from csec_desktop.gui.widgets.basics import (
    InlineMessage,
    add_row,
    busy_bar,
    button,
    label,
    secret_edit,
    text_edit,
)
from csec_desktop.gui.widgets.card_page import CardPage


class WelcomePage(CardPage):
    def __init__(self) -> None:
        super().__init__("Set up this laptop")
        self.body.addWidget(
            label(
                "Records on this laptop are kept encrypted. To begin, create the supervisor "
                "account for this laptop: you will choose a passphrase, then write down a "
                "recovery code on paper."
            )
        )
        self.start = button("&Start setup")
        self.finish(self.start)


class AccountPage(CardPage):
    def __init__(self) -> None:
        super().__init__("Supervisor account")
        self.body.addWidget(
            label("This first account is a supervisor: it can add accounts for your team.", "hint")
        )
        form = QFormLayout()
        self.username = text_edit("User name", 64)
        self.display_name = text_edit("Display name", 100)
        add_row(form, "&User name", self.username)
        add_row(form, "&Display name", self.display_name)
        self.body.addLayout(form)
        self.body.addWidget(
            label("User names use lower-case letters, digits, dot or dash.", "hint")
        )
        self.message = InlineMessage("Account details message")
        self.body.addWidget(self.message)
        self.back = button("&Back")
        self.next = button("&Next")
        self.finish(self.back, self.next)


class PassphrasePage(CardPage):
    def __init__(self, min_length: int) -> None:
        super().__init__("Choose a passphrase")
        self.body.addWidget(
            label(
                f"Use at least {min_length} characters. A few unrelated words with spaces are "
                "easy to remember and hard to guess.",
                "hint",
            )
        )
        form = QFormLayout()
        self.passphrase = secret_edit("Passphrase")
        self.confirm = secret_edit("Passphrase again")
        add_row(form, "&Passphrase", self.passphrase)
        add_row(form, "&Type it again", self.confirm)
        self.body.addLayout(form)
        self.feedback = label("", "hint")
        self.feedback.setAccessibleName("Passphrase feedback")
        self.body.addWidget(self.feedback)
        self.message = InlineMessage("Passphrase message")
        self.body.addWidget(self.message)
        self.busy = busy_bar("Creating the encrypted vault")
        self.body.addWidget(self.busy)
        self.back = button("&Back")
        self.create = button("&Create vault")
        self.finish(self.back, self.create)


class RecoveryCodePage(CardPage):
    def __init__(self) -> None:
        super().__init__("Your recovery code")
        self.code = QLabel()
        self.code.setAccessibleName("Recovery code")
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setWordWrap(True)
        # Shown, never selectable: a recovery code must not reach the clipboard or a file.
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.code.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        set_role(self.code, "code")
        self.body.addWidget(self.code)
        self.body.addWidget(
            label(
                "Write this code on paper now and keep it locked away, apart from the laptop. "
                "It is shown only this once. If every passphrase is forgotten, it is the only "
                "way to open the records on this laptop. Do not photograph it or save it in a "
                "file.",
                "warning",
            )
        )
        self.written = QCheckBox("I have &written the code on paper")
        self.written.setAccessibleName("I have written the code on paper")
        self.body.addWidget(self.written)
        self.next = button("&Next")
        self.next.setEnabled(False)
        self.written.toggled.connect(self.next.setEnabled)
        self.finish(self.next)


class ConfirmRecoveryPage(CardPage):
    def __init__(self) -> None:
        super().__init__("Check the code you wrote down")
        self.body.addWidget(
            label(
                "Type the last two groups of the code from your paper, for example "
                "“7KQM-2XDA”. Dashes and spaces do not matter.",
            )
        )
        form = QFormLayout()
        self.typed = text_edit("Last two groups of the recovery code", 80)
        self.typed.setInputMethodHints(
            Qt.InputMethodHint.ImhSensitiveData | Qt.InputMethodHint.ImhNoPredictiveText
        )
        add_row(form, "&Last two groups", self.typed)
        self.body.addLayout(form)
        self.message = InlineMessage("Recovery code message")
        self.body.addWidget(self.message)
        self.back = button("&Show the code again")
        self.done = button("&Finish")
        self.finish(self.back, self.done)
