"""Share a youth's record with other workers on this laptop (or stop sharing).

Only the worker who added the youth, or a supervisor, may change who else sees it
(``core.records.youth_access``); supervisors see every youth and are not listed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from csec_desktop.core.errors import CsecError
from csec_desktop.core.records.base import RecordContext
from csec_desktop.core.records.youth_access import YouthAccess
from csec_desktop.gui.widgets.basics import InlineMessage, label


class ShareDialog(QDialog):
    def __init__(self, ctx: RecordContext, youth_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Share this youth's record")
        self.setAccessibleName("Share this youth's record")
        self.access, self.youth_id = YouthAccess(ctx), youth_id
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                "Workers you tick see this youth's screenings, duties and team on this laptop. "
                "Supervisors always see every youth.",
                "hint",
            )
        )
        self.boxes: dict[str, QCheckBox] = {}
        self.before: dict[str, bool] = {}
        for username, shown, shared in self.access.candidates(youth_id):
            box = QCheckBox(shown)
            box.setAccessibleName(f"Share with {shown}")
            box.setChecked(shared)
            layout.addWidget(box)
            self.boxes[username], self.before[username] = box, shared
        if not self.boxes:
            layout.addWidget(label("There are no other workers' accounts on this laptop."))
        self.message = InlineMessage("Share message")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            for username, box in self.boxes.items():
                if box.isChecked() and not self.before[username]:
                    self.access.share(self.youth_id, username)
                elif not box.isChecked() and self.before[username]:
                    self.access.unshare(self.youth_id, username)
        except CsecError as exc:
            self.message.show_message(exc.message, "warning")
            return
        self.accept()
