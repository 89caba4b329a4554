"""The supervisor's co-signature fields: a second person signs on the same laptop.

Used where the law or the county asks for two people (overriding a decisive outcome downward,
waiving a mandated report). Left empty, the request is saved as pending and the duties stay
open until a supervisor co-signs; filled in, the supervisor's passphrase is checked by core
(``core/vault/cosign.py``) and the fields are cleared at once either way.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLineEdit

from csec_desktop.core.records.base import Actor
from csec_desktop.gui.widgets.basics import add_row, label, secret_edit, text_edit

Verify = Callable[[str, str, str], Actor]  # (username, passphrase, what) -> the supervisor

COSIGN_NOTE = (
    "A supervisor must co-sign this. If one is here, they sign below with their own "
    "passphrase. Otherwise save it as waiting: the duties stay open until a supervisor co-signs."
)


class CosignFields:
    def __init__(self, form: QFormLayout, verify: Verify | None, what: str) -> None:
        self.verify = verify
        self.what = what
        form.addRow(label(COSIGN_NOTE, "hint"))
        self.username: QLineEdit = text_edit("Supervisor username")
        self.passphrase: QLineEdit = secret_edit("Supervisor passphrase")
        add_row(form, "Supervisor &username", self.username)
        add_row(form, "Supervisor pass&phrase", self.passphrase)

    @property
    def given(self) -> bool:
        return bool(self.username.text().strip())

    def take(self) -> tuple[str, str]:
        """The typed name and passphrase; the passphrase field is emptied at once."""
        name, secret = self.username.text(), self.passphrase.text()
        self.passphrase.clear()
        return name, secret

    def cosigner(self, name: str, secret: str) -> Actor | None:
        """Check the co-signature (in the background): None when no supervisor signed."""
        if not name.strip() or self.verify is None:
            return None
        return self.verify(name, secret, self.what)
