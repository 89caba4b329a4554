"""Driving the encounter wizard with the keyboard only, as a worker without a mouse would."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from csec_desktop.core.flows.form_view import FormView
from csec_desktop.core.instruments.sections import current_section
from csec_desktop.gui.wizard import EncounterWizard

KEY_FOR_DIGIT = {n: getattr(Qt.Key, f"Key_{n}") for n in range(10)}


def open_wizard(
    qtbot: Any, run: Any, youth: Any, view: FormView = FormView.ITEMS
) -> EncounterWizard:
    """The wizard in ``view`` (one question per page unless asked: the item-level tests)."""
    wizard = EncounterWizard(run, youth, view=view)
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


CHOICE_KINDS = ("concern_rating", "yes_no_unknown", "single_choice", "multiple_choice")


def walk(
    qtbot: Any,
    wizard: EncounterWizard,
    digits: dict[str, int],
    default: int = 0,
    texts: dict[str, str] | None = None,
) -> dict[str, int]:
    """Answer every item with digit keys (concern ratings 0-2, others from 1) and type
    ``texts`` until review, in whichever view the wizard shows; returns the key presses and
    page changes it took (typing a text counts as one)."""
    if wizard.view is FormView.SECTIONS:
        return walk_sections(qtbot, wizard, digits, default, texts or {})
    counts = {"keys": 0, "pages": 0}
    while wizard.run.navigator.current is not None:
        item = wizard.run.navigator.current
        if item.kind in CHOICE_KINDS:
            # Concern ratings: 0 no concern by default; otherwise option 2 ("No" on yes/no).
            digit(qtbot, digits.get(item.id, default if item.kind == "concern_rating" else 2))
            next_item(qtbot)
            counts["keys"] += 2
        else:
            if item.id in (texts or {}):
                qtbot.keyClicks(focused(), (texts or {})[item.id])
                counts["keys"] += 1
            alt(qtbot, "n")
            counts["keys"] += 1
        counts["pages"] += 1
        assert counts["pages"] < 200, "the wizard did not move on"
    return counts


def walk_sections(
    qtbot: Any,
    wizard: EncounterWizard,
    digits: dict[str, int],
    default: int = 0,
    texts: dict[str, str] | None = None,
) -> dict[str, int]:
    """The section view's fastest keyboard path: on each item with the focus a digit answers
    it and moves on (the last one of a section moves to the next section); a multiple choice
    or a typed answer is left with Tab, as is an answered item with unanswered choices after
    it; a page with nothing left to answer goes on with Alt+N. Returns the key presses and
    page changes it took (typing a text counts as one)."""
    texts = texts or {}
    counts = {"keys": 0, "pages": 0}
    page = current_section(wizard.run.navigator)
    while wizard.run.navigator.current is not None:
        navigator = wizard.run.navigator
        answers = navigator.answers
        item_id = wizard.section_page.focused_item()
        item = navigator.instrument.item(item_id) if item_id else None
        visible = wizard.section_page.visible_ids()
        later = visible[visible.index(item_id) + 1 :] if item_id in visible else []
        to_do = [
            i
            for i in later
            if i not in answers
            and (navigator.instrument.item(i).kind in CHOICE_KINDS or i in texts)
        ]
        if item is not None and item.kind in CHOICE_KINDS and item.id not in answers:
            digit(qtbot, digits.get(item.id, default if item.kind == "concern_rating" else 2))
            if item.kind == "multiple_choice":
                press(qtbot, Qt.Key.Key_Tab)
                counts["keys"] += 1
        elif item is not None and item.id in texts and item.id not in answers:
            qtbot.keyClicks(focused(), texts[item.id])
            press(qtbot, Qt.Key.Key_Tab)
            counts["keys"] += 1
        elif to_do:
            press(qtbot, Qt.Key.Key_Tab)
        else:
            alt(qtbot, "n")  # nothing left on this page: on to the next section
        counts["keys"] += 1
        if current_section(wizard.run.navigator) != page:
            page = current_section(wizard.run.navigator)
            counts["pages"] += 1
        assert counts["keys"] < 400, "the wizard did not move on"
    return counts


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
