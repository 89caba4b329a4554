"""One question at a time: section, question, calm help text, the answer control, messages.

The page never saves by itself: it passes the control's ``committed`` value to ``commit``
(the wizard's call into the run) and shows "Saved at …" only when that call returned.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout

from csec_desktop.core.clock import from_iso
from csec_desktop.core.display_words import time_words
from csec_desktop.core.errors import CsecError
from csec_desktop.core.instruments.model import Item
from csec_desktop.gui.style import set_role
from csec_desktop.gui.widgets.basics import InlineMessage, label
from csec_desktop.gui.wizard.item_widgets import ItemWidget
from csec_desktop.gui.wizard.page_parts import ScrollPage
from csec_desktop.gui.wizard.widget_table import widget_for

Commit = Callable[[str, Any], tuple[str, list[str]]]  # (item id, value) -> (saved at, messages)


class ItemPage(ScrollPage):
    def __init__(self, commit: Commit, lang: str) -> None:
        super().__init__()
        self.commit = commit
        self.lang = lang
        self.section = label("", "hint")
        self.section.setAccessibleName("Section")
        self.question = label("", "heading")
        self.question.setAccessibleName("Question")
        self.help = label("", "notice")
        self.help.setAccessibleName("Help")
        self.required = label("", "hint")
        self.message = InlineMessage("Answer message")
        self.saved = QLabel()
        self.saved.setAccessibleName("Save status")
        set_role(self.saved, "ok")
        self.control_slot = QVBoxLayout()
        for widget in (self.section, self.question, self.help, self.required):
            self.box.addWidget(widget)
        self.box.addLayout(self.control_slot)
        self.box.addWidget(self.message)
        self.box.addWidget(self.saved)
        self.box.addStretch(1)
        self.control: ItemWidget | None = None

    def show_item(
        self, item: Item, section_title: str, value: Any, messages: list[str], saved_at: str = ""
    ) -> ItemWidget:
        if self.control is not None:
            self.control.flush()
            # Hidden and deleted in place: unparenting would make it a window for a moment,
            # and the focus (and the dialog's active state) could go with it.
            self.control_slot.removeWidget(self.control)
            self.control.hide()
            self.control.deleteLater()
        self.item = item
        self.section.setText(section_title)
        self.question.setText(item.label.get(self.lang))
        self.help.setText(item.help.get(self.lang) if item.help else "")
        self.help.setVisible(item.help is not None)
        self.required.setText("An answer is needed to complete." if item.required else "Optional")
        control = widget_for(item, self.lang)
        control.setAccessibleDescription(item.help.get(self.lang) if item.help else "")
        control.set_value(value)
        control.committed.connect(self._committed)
        control.problem.connect(self.message.show_message)
        self.control_slot.addWidget(control)
        control.show()  # now, not queued by the layout: it takes the focus right away
        self.control = control
        self.show_messages(messages)
        self.show_saved(saved_at if value is not None else "")
        return control

    def show_messages(self, messages: list[str]) -> None:
        if messages:
            self.message.show_message(" ".join(messages))
        else:
            self.message.clear_message()

    def show_saved(self, saved_at: str) -> None:
        """Saved-at is the ISO time the commit returned; empty hides the indicator."""
        text = f"Saved at {time_words(from_iso(saved_at))}" if saved_at else ""
        self.saved.setText(f"✓ {text}" if text else "")
        self.saved.setAccessibleDescription(text)
        self.saved.setVisible(bool(text))

    def flush(self) -> None:
        if self.control is not None:
            self.control.flush()

    def _committed(self, value: Any) -> None:
        self.saved.hide()  # until this commit has returned
        try:
            saved_at, messages = self.commit(self.item.id, value)
        except CsecError as exc:  # shown in plain words next to the control
            self.message.show_message(f"Not saved: {exc.message}")
            return
        self.show_messages(messages)
        self.show_saved(saved_at)
