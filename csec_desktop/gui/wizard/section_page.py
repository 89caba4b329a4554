"""A whole section on one scrolling page: every relevant item, each answer saved as given.

Every item of the section gets a block (number, question, help, its answer control, its
messages and "Saved"); blocks of items that skip logic hides now are hidden, and appear the
moment an answer makes them relevant, in the definition's order. A digit key answers the item
with the focus and moves to the next item; after the section's last item it asks the wizard to
go on (``section_done``). The page never saves by itself: ``commit`` is the wizard's call into
the run, as on the one-question page.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from csec_desktop.core.clock import from_iso
from csec_desktop.core.display_words import time_words
from csec_desktop.core.errors import CsecError
from csec_desktop.core.instruments import Navigator
from csec_desktop.core.instruments.model import Item
from csec_desktop.gui.style import set_role
from csec_desktop.gui.widgets.basics import InlineMessage, em, label
from csec_desktop.gui.wizard.item_page import Commit
from csec_desktop.gui.wizard.item_widgets import ItemWidget
from csec_desktop.gui.wizard.page_parts import ScrollPage
from csec_desktop.gui.wizard.widget_table import widget_for

KEYS_HINT = (
    "Press a number to answer the item with the focus (0 to 2 on concern ratings) and move to "
    "the next one; Tab moves between items; Enter (Alt+N in a text box) goes to the next "
    "section. F1: help."
)
NEEDED = "An answer is needed to complete."


class ItemBlock(QFrame):
    """One item of the section: the question above its control, always in the same place."""

    def __init__(self, item: Item, number: int, lang: str, value: Any, saved_at: str) -> None:
        super().__init__()
        self.item = item
        self.setObjectName("itemBlock")
        box = QVBoxLayout(self)
        box.setContentsMargins(0, em(self, 0.3), 0, em(self, 0.3))
        words = item.label.get(lang)
        self.question = label(f"{number}. {words}" + ("" if item.required else "  (optional)"))
        font = self.question.font()
        font.setBold(True)
        self.question.setFont(font)
        self.question.setAccessibleName("Question")
        box.addWidget(self.question)
        if item.help is not None:
            help_text = label(item.help.get(lang), "hint")
            help_text.setAccessibleName("Help")
            box.addWidget(help_text)
        self.control: ItemWidget = widget_for(item, lang)
        self.control.make_compact()
        self.control.setAccessibleDescription(item.help.get(lang) if item.help else "")
        self.control.set_value(value)
        box.addWidget(self.control)
        self.message = InlineMessage("Answer message")
        box.addWidget(self.message)
        self.saved = QLabel()
        self.saved.setAccessibleName("Save status")
        set_role(self.saved, "ok")
        box.addWidget(self.saved)
        self.show_saved(saved_at if value is not None else "")

    def show_saved(self, saved_at: str) -> None:
        text = f"Saved at {time_words(from_iso(saved_at))}" if saved_at else ""
        self.saved.setText(f"✓ {text}" if text else "")
        self.saved.setVisible(bool(text))

    def show_messages(self, messages: list[str]) -> None:
        if messages:
            self.message.show_message(" ".join(messages))
        else:
            self.message.clear_message()


class SectionPage(ScrollPage):
    section_done = Signal()  # the last item was answered by key: the wizard may move on

    def __init__(self, commit: Commit, navigator: Callable[[], Navigator], lang: str) -> None:
        super().__init__()
        self.commit, self.navigator, self.lang = commit, navigator, lang
        self.title = label("", "heading")
        self.title.setAccessibleName("Section")
        self.section_help = label("", "notice")
        self.section_help.setAccessibleName("Section help")
        self.keys = label(KEYS_HINT, "hint")
        for widget in (self.title, self.section_help, self.keys):
            self.box.addWidget(widget)
        self.items_box = QVBoxLayout()
        self.box.addLayout(self.items_box)
        self.box.addStretch(1)
        self.section_id: str | None = None
        self.blocks: dict[str, ItemBlock] = {}
        self.include_missing = False  # coming back from the review page: say what is missing

    # -- building -------------------------------------------------------------------------------
    def show_section(
        self, section_id: str, saved_at: dict[str, str], include_missing: bool = False
    ) -> None:
        """Build the blocks of ``section_id`` (every item; the hidden ones hidden)."""
        self.flush()
        for block in self.blocks.values():
            self.items_box.removeWidget(block)
            block.hide()
            block.deleteLater()
        self.blocks = {}
        navigator = self.navigator()
        section = next(s for s in navigator.instrument.definition.sections if s.id == section_id)
        self.section_id = section_id
        self.title.setText(section.title.get(self.lang))
        self.section_help.setText(section.help.get(self.lang) if section.help else "")
        self.section_help.setVisible(section.help is not None)
        answers = navigator.answers
        for item in section.items:
            block = ItemBlock(item, 0, self.lang, answers.get(item.id), saved_at.get(item.id, ""))
            block.control.committed.connect(
                lambda value, item_id=item.id: self._committed(item_id, value)
            )
            block.control.problem.connect(block.message.show_message)
            block.control.keyed.connect(lambda item_id=item.id: self._keyed(item_id))
            self.items_box.addWidget(block)
            self.blocks[item.id] = block
        self.refresh(include_missing)

    def refresh(self, include_missing: bool | None = None) -> None:
        """Show the items relevant now, numbered in order, with their messages."""
        if include_missing is not None:
            self.include_missing = include_missing
        navigator = self.navigator()
        issues = navigator.issues(include_missing=self.include_missing)
        number = 0
        for item_id, block in self.blocks.items():
            relevant = navigator.is_relevant(item_id)
            block.setVisible(relevant)
            if not relevant:
                continue
            number += 1
            words = block.item.label.get(self.lang)
            optional = "" if block.item.required else "  (optional)"
            block.question.setText(f"{number}. {words}{optional}")
            mine = [i.message.get(self.lang) for i in issues if i.item_id == item_id]
            block.show_messages(mine)

    # -- focus ----------------------------------------------------------------------------------
    def visible_ids(self) -> list[str]:
        return [i for i, b in self.blocks.items() if not b.isHidden()]

    def focus_item(self, item_id: str | None = None) -> None:
        """Focus ``item_id``, else the first unanswered item, else the first item."""
        ids = self.visible_ids()
        if not ids:
            return
        if item_id not in ids:
            answers = self.navigator().answers
            item_id = next((i for i in ids if i not in answers), ids[0])
        block = self.blocks[item_id]
        block.control.focus_control()
        if item_id == ids[0]:
            self.verticalScrollBar().setValue(0)  # the section's title and help in view too
        else:
            self.ensureWidgetVisible(block, 0, em(self, 2))

    def focused_item(self) -> str | None:
        """The item whose control has the keyboard focus, if any."""
        widget: QWidget | None = QApplication.focusWidget()
        for item_id, block in self.blocks.items():
            if widget is not None and block.isAncestorOf(widget):
                return item_id
        return None

    def flush(self) -> None:
        for block in self.blocks.values():
            block.control.flush()

    # -- answering ------------------------------------------------------------------------------
    def _committed(self, item_id: str, value: Any) -> None:
        block = self.blocks[item_id]
        block.saved.hide()  # until this commit has returned
        try:
            saved_at, _messages = self.commit(item_id, value)
        except CsecError as exc:  # shown in plain words next to the control
            block.message.show_message(f"Not saved: {exc.message}")
            return
        self.refresh()  # items may appear or disappear with this answer (messages with them)
        block.show_saved(saved_at)

    def _keyed(self, item_id: str) -> None:
        ids = self.visible_ids()
        later = ids[ids.index(item_id) + 1 :] if item_id in ids else []
        if later:
            self.focus_item(later[0])
        else:
            self.section_done.emit()
