"""The caseload screens name every control, label every field, and give each visible
control its own Alt key."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtWidgets import QAbstractButton, QLabel, QMenuBar, QTabWidget, QWidget

from csec_desktop.gui.caseload.profile_dialog import ProfileDialog
from csec_desktop.gui.caseload.record_duty_dialog import RecordDutyDialog
from tests.gui.caseload.test_workspace import a_youth_with_a_completed_screening, loaded
from tests.gui.gui_helpers import signed_in
from tests.gui.test_accessibility import fields_without_label, unnamed_controls

MNEMONIC = re.compile(r"&([^&])")


def visible_mnemonics(window: QWidget) -> list[str]:
    """The Alt letters a person can press on ``window`` right now (menus, labels, buttons,
    tabs)."""
    letters = []
    texts = [
        a.text() for bar in window.findChildren(QMenuBar) if bar.isVisible() for a in bar.actions()
    ]
    texts += [
        w.text()
        for kind in (QLabel, QAbstractButton)
        for w in window.findChildren(kind)
        if w.isVisible()
    ]
    for tabs in window.findChildren(QTabWidget):
        if tabs.isVisible():
            texts += [tabs.tabText(i) for i in range(tabs.count())]
    for text in texts:
        letters += [m.casefold() for m in MNEMONIC.findall(text)]
    return letters


def unlabelled(root: QWidget) -> list[str]:
    # A date or time field's own inner editor is labelled through the field (the buddy).
    return [f for f in fields_without_label(root) if "qt_spinbox_lineedit" not in f]


def no_repeats(letters: list[str]) -> list[str]:
    return sorted({letter for letter in letters if letters.count(letter) > 1})


def test_every_caseload_screen_and_dialog_is_named_labelled_and_has_unique_keys(
    qtbot: Any, seeded_vault: Any, make_controller: Any
) -> None:
    controller = make_controller(seeded_vault)
    signed_in(qtbot, controller)
    workspace = loaded(qtbot, controller)
    window = controller.window
    assert no_repeats(visible_mnemonics(window)) == []
    workspace.open_youth(a_youth_with_a_completed_screening(workspace))
    page = workspace.youth_page
    for tab in (page.encounters, page.duties, page.timeline, page.team_holder):
        page.tabs.setCurrentWidget(tab)
        assert no_repeats(visible_mnemonics(window)) == [], tab.accessibleName()
    assert unnamed_controls(window) == []
    assert unlabelled(window) == []
    profile = workspace.edit_profile(page.record.id)
    assert isinstance(profile, ProfileDialog)
    duty = next((d for d in page.duties.duties if d.status == "open"), page.duties.duties[0])
    record = RecordDutyDialog(
        duty, workspace.services.duties, workspace.background, workspace.services.clock, window
    )
    record.show()
    for dialog in (profile, record):
        assert unnamed_controls(dialog) == [], dialog.windowTitle()
        assert unlabelled(dialog) == [], dialog.windowTitle()
        assert no_repeats(visible_mnemonics(dialog)) == [], dialog.windowTitle()
        dialog.reject()
