"""Driving the encounter wizard with the keyboard only, as a worker without a mouse would."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from csec_desktop.gui.wizard import EncounterWizard

KEY_FOR_DIGIT = {n: getattr(Qt.Key, f"Key_{n}") for n in range(10)}


def open_wizard(qtbot: Any, run: Any, youth: Any) -> EncounterWizard:
    wizard = EncounterWizard(run, youth)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    wizard.activateWindow()
    wizard.raise_()
    # Keys (and Alt mnemonics) go to the active window: wait until that is the wizard.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    qtbot.waitUntil(lambda: wizard.isAncestorOf(QApplication.focusWidget() or wizard))
    return wizard


def focused() -> Any:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier | None = None) -> None:
    if modifier is None:
        qtbot.keyClick(focused(), key)
    else:
        qtbot.keyClick(focused(), key, modifier)


def digit(qtbot: Any, number: int) -> None:
    press(qtbot, KEY_FOR_DIGIT[number])


def alt(qtbot: Any, letter: str) -> None:
    """A mnemonic (Alt + the underlined letter); Qt animates the click for 100 ms first."""
    press(qtbot, getattr(Qt.Key, f"Key_{letter.upper()}"), Qt.KeyboardModifier.AltModifier)
    qtbot.wait(160)


def next_item(qtbot: Any) -> None:
    """Enter presses Next (the default button) from a choice; text fields use Alt+N."""
    press(qtbot, Qt.Key.Key_Return)


def walk(qtbot: Any, wizard: EncounterWizard, digits: dict[str, int], default: int = 0) -> None:
    """Answer every item with digit keys (concern ratings 0-2, others from 1) until review."""
    navigator = wizard.run.navigator
    steps = 0
    while navigator.current is not None:
        item = navigator.current
        if item.kind in ("concern_rating", "yes_no_unknown", "single_choice", "multiple_choice"):
            # Concern ratings: 0 no concern by default; otherwise option 2 ("No" on yes/no).
            digit(qtbot, digits.get(item.id, default if item.kind == "concern_rating" else 2))
            next_item(qtbot)
        else:
            alt(qtbot, "n")
        steps += 1
        assert steps < 200, "the wizard did not move on"


def complete_and_sign(qtbot: Any) -> None:
    """Alt+C (Complete and sign), then Alt+S in the question that asks first."""
    from PySide6.QtWidgets import QMessageBox

    from csec_desktop.gui.wizard.encounter_wizard import SIGN_WARNING

    alt(qtbot, "c")
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox))
    box = QApplication.activeModalWidget()
    assert box.informativeText() == SIGN_WARNING
    assert focused() is box.defaultButton() and "Go back" in box.defaultButton().text()
    alt(qtbot, "s")
