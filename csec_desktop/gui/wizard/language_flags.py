"""The language guide under a free-text field: gentle suggestions, never a barrier to saving."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from csec_desktop.core.i18n import translate
from csec_desktop.core.language_guide import Flag, default_guide
from csec_desktop.gui.style import set_role

MAX_SHOWN = 4  # a long note with many flags shows the first few and a count


def describe(flags: list[Flag]) -> str:
    """Plain words for the flags found, one line each (no rich text: notes are personal)."""
    lines = []
    seen: set[str] = set()
    for flag in flags:
        key = flag.phrase.lower()
        if key in seen:
            continue
        seen.add(key)
        lines.append(f"“{flag.phrase}”: consider “{flag.suggestion}”. {flag.why}")
    more = len(lines) - MAX_SHOWN
    shown = lines[:MAX_SHOWN]
    if more > 0:
        shown.append(translate("LanguageFlags", "… and {more} more.").format(more=more))
    intro = translate(
        "LanguageFlags", "Language guide (a suggestion only; your text is saved as you wrote it):"
    )
    return "\n".join([intro, *shown])


class LanguageFlags(QLabel):
    """Shows the guide's suggestions for the text given to ``check``; hidden when none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(translate("LanguageFlags", "Language guide suggestions"))
        set_role(self, "warning")
        self.flags: list[Flag] = []
        self.hide()

    def check(self, text: str) -> list[Flag]:
        self.flags = default_guide().check(text) if text.strip() else []
        if self.flags:
            words = describe(self.flags)
            self.setText(words)
            self.setAccessibleDescription(words)
            self.show()
        else:
            self.setText("")
            self.hide()
        return self.flags
