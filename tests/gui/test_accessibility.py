"""Every control can be found by a screen reader and reached from the keyboard."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.gui.accounts.add_account_dialog import AddAccountDialog
from csec_desktop.gui.help.help_dialogs import about_dialog, shortcuts_dialog
from tests.gui.gui_helpers import signed_in

CONTROLS = (QLineEdit, QAbstractButton, QComboBox, QAbstractItemView)


def inside_compound_control(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractItemView, QComboBox)):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    found = []
    for kind in CONTROLS:
        for widget in root.findChildren(kind):
            if inside_compound_control(widget) or widget.objectName().startswith("qt_"):
                continue  # Qt's own parts of a table or a combo box
            if not widget.accessibleName():
                found.append(f"{type(widget).__name__} {widget.objectName() or widget!r}")
    return found


def fields_without_label(root: QWidget) -> list[str]:
    buddies = {label.buddy() for label in root.findChildren(QLabel) if label.buddy()}
    return [
        edit.accessibleName() or repr(edit)
        for edit in root.findChildren(QLineEdit)
        if edit not in buddies and not isinstance(edit.parent(), QComboBox)
    ]


def test_every_screen_and_dialog_names_its_controls_and_labels_its_fields(
    qtbot: Any, new_vault: DeviceVault, vault: DeviceVault, make_controller: Any
) -> None:
    setup = make_controller(new_vault)  # includes the setup wizard's pages
    assert unnamed_controls(setup.window) == []
    assert fields_without_label(setup.window) == []
    controller = make_controller(vault)
    signed_in(qtbot, controller)
    accounts = controller.open_accounts()
    add = AddAccountDialog(controller.session, controller.background, accounts)
    change = controller.open_change_passphrase()
    for root in (controller.window, accounts, add, change):
        assert unnamed_controls(root) == [], root
        assert fields_without_label(root) == [], root
    for dialog in (about_dialog(controller.window), shortcuts_dialog(controller.window)):
        assert unnamed_controls(dialog) == []


def test_sign_in_tab_order_and_enter_to_submit(
    qtbot: Any, vault: DeviceVault, make_controller: Any
) -> None:
    controller = make_controller(vault)
    ui = controller.sign_in.ui
    chain, widget = [], ui.usernameEdit
    for _ in range(3):
        chain.append(widget)
        widget = widget.nextInFocusChain()
        while not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or not widget.isVisible():
            widget = widget.nextInFocusChain()
    assert chain == [ui.usernameEdit, ui.passphraseEdit, ui.signInButton]
    assert ui.usernameLabel.buddy() is ui.usernameEdit  # Alt+U jumps to the field


def test_about_says_the_instruments_are_defaults_not_validated_tools(
    qtbot: Any, vault: DeviceVault, make_controller: Any
) -> None:
    controller = make_controller(vault)
    about = about_dialog(controller.window)
    text = about.text.text()
    assert "county-configurable defaults" in text and "not validated tools" in text
    shortcuts = shortcuts_dialog(controller.window).text.text()
    assert "F12" in shortcuts and "Ctrl+Shift+H" in shortcuts and "Ctrl+L" in shortcuts
    about.open()
    qtbot.keyClick(about, Qt.Key.Key_Escape)
    assert not about.isVisible()


def test_no_widget_has_a_fixed_pixel_size(
    qtbot: Any, new_vault: DeviceVault, vault: DeviceVault, make_controller: Any
) -> None:
    """Fixed sizes break at 125-150 % scaling; everything is sized by layouts and fonts."""
    for controller in (make_controller(new_vault), make_controller(vault)):
        fixed = [
            w.objectName() or type(w).__name__
            for w in controller.window.findChildren(QWidget)
            if w.minimumSize() == w.maximumSize() and w.minimumSize().width() > 0
        ]
        assert fixed == []
