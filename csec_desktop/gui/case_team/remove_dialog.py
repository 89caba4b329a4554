"""Asking before an entry is removed, and why: removal is kept as a tombstone that syncs."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from csec_desktop.gui.widgets.basics import InlineMessage, add_row, em, label, lines_edit

EXPLAIN = QT_TRANSLATE_NOOP(
    "RemoveDialog",
    "It will no longer show in the case team lists or on printed copies. Nothing is erased: "
    "the county keeps a record that it was removed, by you, and why.",
)


@dataclass(frozen=True)
class RemoveWords:
    """What the dialog says about one kind of entry, as whole phrases (kept for the catalog
    with ``QT_TRANSLATE_NOOP("RemoveDialog", ...)``, translated when shown): never built from
    a noun, since other languages change the article and the ending with it."""

    title: str  # "Remove this referral?"
    ok: str  # "&Remove referral"
    about: str  # "The referral to remove"
    discard: bool = False  # "Why it is discarded" (a draft) rather than "removed"


DISCARD_DRAFT = RemoveWords(
    QT_TRANSLATE_NOOP("RemoveDialog", "Discard this draft?"),
    QT_TRANSLATE_NOOP("RemoveDialog", "&Discard draft"),
    QT_TRANSLATE_NOOP("RemoveDialog", "The draft to discard"),
    discard=True,
)
# (the reason's accessible name, its label, the message when it is left empty)
WHY = {
    False: (
        QT_TRANSLATE_NOOP("RemoveDialog", "Why it is removed"),
        QT_TRANSLATE_NOOP("RemoveDialog", "&Why it is removed (required)"),
        QT_TRANSLATE_NOOP("RemoveDialog", "Say why it is removed (for example: in error)."),
    ),
    True: (
        QT_TRANSLATE_NOOP("RemoveDialog", "Why it is discarded"),
        QT_TRANSLATE_NOOP("RemoveDialog", "&Why it is discarded (required)"),
        QT_TRANSLATE_NOOP("RemoveDialog", "Say why it is discarded (for example: in error)."),
    ),
}


def _tr(text: str) -> str:
    return translate("RemoveDialog", text)


class RemoveDialog(QDialog):
    """``reason`` holds the worker's words once accepted."""

    def __init__(
        self,
        words: RemoveWords,
        summary: str,
        parent: QWidget | None = None,
        explain: str = "",
    ) -> None:
        super().__init__(parent)
        self.words = words
        title = _tr(words.title)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setMinimumWidth(em(self, 28))
        box = QVBoxLayout(self)
        box.addWidget(label(title, "heading"))
        shown = label(summary)
        shown.setAccessibleName(_tr(words.about))
        box.addWidget(shown)
        box.addWidget(label(explain or _tr(EXPLAIN), "hint"))
        why_name, why_label, self._say_why = WHY[words.discard]
        self.reason_edit = lines_edit(_tr(why_name), 3.6)
        form = QFormLayout()
        add_row(form, _tr(why_label), self.reason_edit)
        box.addLayout(form)
        self.message = InlineMessage(translate("RemoveDialog", "Remove message"))
        box.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.addButton(_tr(words.ok), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setAccessibleName(self.ok.text().replace("&", ""))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(translate("RemoveDialog", "Cancel"))
        cancel.setDefault(True)  # Enter is safe
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.reason = ""
        self.reason_edit.setFocus()

    def submit(self) -> None:
        reason = self.reason_edit.toPlainText().strip()
        if not reason:
            self.message.show_message(_tr(self._say_why))
            self.reason_edit.setFocus()
            return
        self.reason = reason
        self.accept()
