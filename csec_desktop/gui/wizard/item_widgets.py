"""One answer control per item kind, built in code from the instrument definition.

Every control says when its value should be saved through ``committed`` (the wizard then calls
the run and shows "Saved" only after the commit returned). Choices and ratings commit on
selection; typed answers commit when the worker leaves the field or pauses (see
``item_fields.py``). ``flush()`` commits anything typed but not yet saved, so moving on never
loses text.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from csec_desktop.core.instruments.kinds import KINDS, answer_options
from csec_desktop.core.instruments.model import Item
from csec_desktop.gui.widgets.basics import label

DIGIT_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(10)}
# Options fit in one row up to this many characters of labels (No / Possible / Clear concern,
# the need levels) even at 200 % on a 1366-pixel screen; longer lists stay a column.
ROW_MAX_CHARS = 56


class ItemWidget(QWidget):
    """The answer control of one item."""

    committed = Signal(object)  # the value to save; None clears the answer
    problem = Signal(str)  # typed input that cannot be saved as it is (e.g. not a number)
    keyed = Signal()  # a single choice was answered with its digit key (the section view moves on)

    def __init__(self, item: Item, lang: str) -> None:
        super().__init__()
        self.item = item
        self.lang = lang
        self.setAccessibleName(item.label.get(lang))
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show a saved answer without committing it again."""
        raise NotImplementedError

    def flush(self) -> None:
        """Commit typed text that is not saved yet (choices are saved already)."""

    def focus_control(self) -> None:
        self.focusNextChild()

    def make_compact(self) -> None:
        """Lay out for the section view, where many items share one page (default: as is)."""


class _Buttons(ItemWidget):
    """Radio buttons or check boxes; a digit key picks the option showing that digit.

    Concern ratings are numbered 0, 1, 2 as the instruments' help texts and printed scales
    number them (0 no concern … 2 clear concern), so "2" always means clear concern; other
    options are numbered from 1.
    """

    hint_text = ""

    def __init__(self, item: Item, lang: str, exclusive: bool) -> None:
        super().__init__(item, lang)
        self.options = answer_options(item)
        self.first_key = 0 if KINDS[item.kind].choices == "concern_scale" else 1
        self.group = QButtonGroup(self)
        self.group.setExclusive(exclusive)
        self.buttons: list[QAbstractButton] = []
        for index, (_value, text) in enumerate(self.options):
            words, key = text.get(lang), index + self.first_key
            shown = f"{key}   {words}" if key <= 9 else words
            widget: QAbstractButton = QRadioButton(shown) if exclusive else QCheckBox(shown)
            widget.setAccessibleName(words)
            widget.setAccessibleDescription(f"Option {index + 1} of {len(self.options)}")
            self.group.addButton(widget, index)
            self.buttons.append(widget)
            self.box.addWidget(widget)
        last = min(len(self.options) - 1 + self.first_key, 9)
        self.hint = label(self.hint_text.format(a=self.first_key, b=last), "hint")
        self.box.addWidget(self.hint)
        self.group.idClicked.connect(self._clicked)
        self.compact = False

    def make_compact(self) -> None:
        """Options side by side in a row that starts at the same place for every item (so a
        key or a click lands in the same spot item after item); the key hint is said once per
        page instead; Tab leaves the item rather than stepping through its options."""
        self.compact = True
        self.hint.hide()
        words = sum(len(text.get(self.lang)) for _value, text in self.options)
        if len(self.buttons) > 5 or words > ROW_MAX_CHARS:
            return  # a long list stays a column: a row would be cut off at 200 %
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for widget in self.buttons:
            self.box.removeWidget(widget)
            row.addWidget(widget)
        row.addStretch(1)
        self.box.insertLayout(0, row)

    def focusNextPrevChild(self, next: bool) -> bool:
        if not self.compact:
            return super().focusNextPrevChild(next)
        # Tab and Shift+Tab go to the next or previous item, not through this item's options.
        edge = self.buttons[-1] if next else self.buttons[0]
        widget = edge.nextInFocusChain() if next else edge.previousInFocusChain()
        for _ in range(500):
            ok = widget.isVisible() and widget.isEnabled()
            if (
                ok
                and not self.isAncestorOf(widget)
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            ):
                widget.setFocus(
                    Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
                )
                return True
            widget = widget.nextInFocusChain() if next else widget.previousInFocusChain()
        return super().focusNextPrevChild(next)

    def focus_control(self) -> None:
        chosen = self.group.checkedButton()
        (chosen or self.buttons[0]).setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        digit = DIGIT_KEYS.get(Qt.Key(event.key()))
        index = None if digit is None else digit - self.first_key
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if index is not None and 0 <= index < len(self.buttons) and not modifiers:
            target = self.buttons[index]
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            target.click()
            if self.group.exclusive():
                self.keyed.emit()  # after the answer was committed
            return
        super().keyPressEvent(event)

    def _clicked(self, _index: int) -> None:
        self.committed.emit(self.value())


class RadioChoice(_Buttons):
    """Yes/no/unknown, concern ratings (No / Possible / Clear concern) and single choices."""

    hint_text = "Press {a} to {b} to choose, or move with the arrow keys and press Space."

    def __init__(self, item: Item, lang: str) -> None:
        super().__init__(item, lang, exclusive=True)

    def value(self) -> Any:
        index = self.group.checkedId()
        return None if index < 0 else self.options[index][0]

    def set_value(self, value: Any) -> None:
        for index, (option, _text) in enumerate(self.options):
            if option == value:
                self.buttons[index].setChecked(True)


class CheckChoices(_Buttons):
    """Multiple choice: each tick or untick saves the whole selection."""

    hint_text = "Press {a} to {b} to tick or untick, or Tab to an option and press Space."

    def __init__(self, item: Item, lang: str) -> None:
        super().__init__(item, lang, exclusive=False)

    def value(self) -> Any:
        pairs = zip(self.options, self.buttons, strict=True)
        chosen = [option for (option, _text), widget in pairs if widget.isChecked()]
        return chosen or None

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for (option, _text), widget in zip(self.options, self.buttons, strict=True):
            widget.setChecked(option in chosen)
