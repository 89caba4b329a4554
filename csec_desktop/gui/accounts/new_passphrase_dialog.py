"""Set a new passphrase for another account (a supervisor's reset)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from csec_desktop.gui.background import Background
from csec_desktop.gui.forms.form_dialog import FormDialog


class NewPassphraseDialog(FormDialog):
    """A supervisor sets a passphrase for someone (reset, or turning an account back on)."""

    def __init__(
        self,
        title: str,
        intro: str,
        username: str,
        apply: Callable[[str], object],
        min_length: int,
        background: Background,
        parent: QWidget,
    ) -> None:
        super().__init__(title, "&Set passphrase", background, parent)
        self.username = username
        self.apply = apply
        self.min_length = min_length
        self.intro(intro)
        self.passphrase, self.again = self.passphrase_pair()
        self.finish_layout()

    def submit(self) -> None:
        if self.pair_problem(self.passphrase, self.again, self.min_length, self.username):
            return
        secret = self.passphrase.text()
        self.run(lambda: self.apply(secret))
