"""The sync panel on real widgets: enrol, install trust after comparing, export, apply receipt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from csec_desktop.core.sync.bundle import inspect_bundle
from csec_desktop.gui.background import Background
from csec_desktop.gui.sync.sync_panel import SyncDialog
from csec_desktop.gui.sync.trust_dialog import FingerprintDialog, TrustPrompt
from tests.core.sync_service.world import make_world, profile


@pytest.fixture
def world(tmp_path: Path):
    made = make_world(tmp_path)
    yield made
    made.close()


def open_panel(qtbot: Any, laptop, answers: dict[str, Any]) -> SyncDialog:
    background = Background()
    asked: list[str] = []

    def confirm(_parent: Any, _title: str, text: str) -> bool:
        asked.append(text)
        return bool(answers.get("confirm", True))

    def fingerprint(parent: Any, prompt: TrustPrompt) -> str | None:
        """Types the answer into the real dialog, key by key, and presses its button."""
        asked.append(prompt.county_name)
        typed = answers.get("fingerprint")
        if typed is None:
            return None
        box = FingerprintDialog(parent, prompt)
        qtbot.addWidget(box)
        qtbot.keyClicks(box.edit, typed)
        assert box.ok_button.isEnabled()
        answers["shown"] = box
        return box.typed()

    dialog = SyncDialog(
        laptop.sync,
        background,
        save_path=lambda _p, _s: answers["save"],
        open_path=lambda _p, _t: answers["open"],
        folder=lambda _p: answers["folder"],
        confirm=confirm,
        fingerprint=fingerprint,
    )
    dialog.asked = asked  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not background.is_busy)
    return dialog


def settle(qtbot: Any, dialog: SyncDialog) -> None:
    qtbot.waitUntil(
        lambda: not dialog.background.is_busy and dialog.busy.isHidden(), timeout=20_000
    )


def test_enrol_compare_fingerprints_export_and_apply_the_receipt(qtbot, world, tmp_path) -> None:
    laptop = world.laptop("laptop-a", enroll=False)
    laptop.caseload.add(profile())
    answers: dict[str, Any] = {"save": tmp_path / "request.json", "folder": laptop.out}
    dialog = open_panel(qtbot, laptop, answers)
    assert dialog.fields["enrolled"].text() == "Not yet"
    assert not dialog.export_button.isEnabled()

    qtbot.mouseClick(dialog.request_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert "Read this fingerprint to the county officer" in dialog.message.text()
    words = dialog.message.text().split(": ")[-1].split(" (")[0]
    request = (tmp_path / "request.json").read_bytes()
    _, trust = world.authority.enroll(request, world.clock(), words)
    (tmp_path / "trust.json").write_bytes(trust)

    # The person types a fingerprint other than the file's: nothing is pinned.
    answers.update(open=tmp_path / "trust.json", fingerprint="lusab-babad-" * 4)
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert laptop.sync.trust() is None
    assert "not the fingerprint of the county's root key" in dialog.message.text()

    root = world.authority.current_trust().root_fingerprint
    answers["fingerprint"] = root.split(" (")[0]
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert "installed" in dialog.message.text()
    assert dialog.fields["enrolled"].text() == "Yes" and dialog.export_button.isEnabled()

    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    bundles = list(laptop.out.glob("*.csb"))
    assert len(bundles) == 1 and "Bundle number 1" in dialog.message.text()
    assert inspect_bundle(bundles[0]).manifest.sequence == 1

    result = world.import_(bundles[0], receipt_dir=tmp_path)
    answers["open"] = result.receipt_path
    qtbot.mouseClick(dialog.receipt_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert "Receipt for bundle 1 applied" in dialog.message.text()
    assert dialog.fields["pending"].text() == "Nothing"


def test_a_damaged_trust_file_gives_one_clear_line_and_changes_nothing(qtbot, world, tmp_path):
    laptop = world.laptop("laptop-b", enroll=False)
    bad = tmp_path / "trust.json"
    bad.write_bytes(b"{not a trust file")
    dialog = open_panel(qtbot, laptop, {"open": bad})
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert dialog.message.isVisible() and "\n" not in dialog.message.text()
    assert laptop.sync.trust() is None and dialog.asked == []


def test_the_file_menu_opens_the_sync_panel(qtbot, vault, make_controller) -> None:
    from tests.gui.gui_helpers import signed_in

    controller = make_controller(vault)
    signed_in(qtbot, controller)
    controller.window.ui.actionSync.trigger()
    dialog = next(d for d in controller.window.findChildren(SyncDialog) if d.isVisible())
    qtbot.waitUntil(lambda: not controller.background.is_busy)
    assert dialog.fields["enrolled"].text() == "Not yet"
    assert dialog.windowTitle() == "Sync with the county"


def test_a_file_of_the_wrong_kind_is_said_in_plain_words_not_format_errors(qtbot, world, tmp_path):
    laptop = world.laptop("laptop-c", enroll=False)
    wrong = tmp_path / "trust.json"
    # Well-formed JSON, but an envelope of another kind: the format checker names the field.
    wrong.write_bytes(b'{"payload": "e30", "payloadType": "text/plain", "signatures": []}')
    dialog = open_panel(qtbot, laptop, {"open": wrong})
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    text = dialog.message.text()
    assert text.startswith("The file is not the kind of file expected here")
    assert "payloadType" not in text and "envelope" not in text
    assert text.endswith("Nothing on this laptop was changed.")
    assert laptop.sync.trust() is None


def test_a_rich_text_county_name_is_shown_as_plain_text_and_cannot_be_pinned(
    qtbot, world, tmp_path
) -> None:
    """Attack (finding 5): a trust file signed by an attacker's root names its county in rich
    text that draws the real county's fingerprint and hides the attacker's. Every label built
    from file content shows it as plain text (the markup is visible), and typing the real
    fingerprint refuses the file: nothing is pinned."""
    from tests.core.sync_service.test_attack_trust_bootstrap import attacker_trust

    laptop = world.laptop("laptop-c", enroll=False)
    path = tmp_path / "trust.json"
    path.write_bytes(attacker_trust(world))
    real = world.authority.current_trust().root_fingerprint
    answers: dict[str, Any] = {"open": path, "fingerprint": real.split(" (")[0]}
    dialog = open_panel(qtbot, laptop, answers)
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    shown = answers["shown"]
    assert "<b>Alameda County</b>" in shown.county.text()
    for widget in (dialog, shown):
        for each in widget.findChildren(QLabel):
            if each.text():
                assert each.textFormat() == Qt.TextFormat.PlainText, each.text()
    assert laptop.sync.trust() is None
    assert "not the fingerprint of the county's root key" in dialog.message.text()


def test_a_trust_file_that_moves_the_sync_service_names_old_and_new_and_asks_a_supervisor(
    qtbot, world, tmp_path
) -> None:
    """Attack (finding 5): a genuine trust file moves the county's sync service to another
    address and certificate; the app installed it with no word. Now a field worker is told
    what changed and that a supervisor must accept it; a supervisor sees the old and new
    address and certificate pin as plain text in a real question box whose default is No;
    No installs nothing, Yes installs it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from csec_desktop.core.sync.trust import TrustService
    from csec_desktop.core.sync_service.service import SyncService
    from csec_desktop.core.vault.roles import Role
    from csec_desktop.gui.sync.trust_dialog import ask_confirm
    from tests.core.sync_service.test_attack_trust_bootstrap import (
        ELSEWHERE,
        ELSEWHERE_PIN,
        HOME,
        HOME_PIN,
        moved_service,
    )
    from tests.core.sync_service.world import PASS

    laptop = world.laptop("laptop-d")
    laptop.sync.install_trust(moved_service(world, HOME, HOME_PIN), accept_service_change=True)
    path = tmp_path / "moved.trust"
    path.write_bytes(moved_service(world, ELSEWHERE, ELSEWHERE_PIN))
    laptop.session.add_account("sam.ortiz", "Sam Ortiz", Role.FIELD_WORKER, PASS + " two")
    vault = laptop.session.vault
    laptop.session.sign_out()
    boxes: list[tuple[Qt.TextFormat, str, bool]] = []
    answer = {"yes": False}

    def confirm(parent: Any, title: str, text: str) -> bool:
        def press() -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox)
            # ask_confirm's own Yes/No buttons (translated words), found by their roles.
            by_role = {box.buttonRole(button): button for button in box.buttons()}
            no = by_role[QMessageBox.ButtonRole.NoRole]
            boxes.append((box.textFormat(), box.text(), box.defaultButton() is no))
            wanted = (
                QMessageBox.ButtonRole.YesRole if answer["yes"] else QMessageBox.ButtonRole.NoRole
            )
            by_role[wanted].click()

        QTimer.singleShot(0, press)
        return ask_confirm(parent, title, text)

    def panel(sync: SyncService) -> SyncDialog:
        background = Background()
        dialog = SyncDialog(sync, background, open_path=lambda _p, _t: path, confirm=confirm)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not background.is_busy)
        return dialog

    worker = vault.sign_in("sam.ortiz", PASS + " two")
    shown = panel(SyncService(worker))
    qtbot.mouseClick(shown.trust_button, Qt.MouseButton.LeftButton)
    told = shown.message.text()
    assert f"Address: {HOME} -> {ELSEWHERE}" in told and "Only a supervisor" in told
    assert boxes == [] and SyncService(worker).trust().service.url == HOME
    worker.sign_out()

    laptop.session = vault.sign_in("kim.lee", PASS)
    laptop.sync = SyncService(laptop.session)
    dialog = panel(laptop.sync)
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    text_format, question, default_no = boxes[-1]
    assert text_format == Qt.TextFormat.PlainText and default_no
    assert f"Address: {HOME} -> {ELSEWHERE}" in question
    assert f"Certificate (SHA-256 pin): {HOME_PIN} -> {ELSEWHERE_PIN}" in question
    assert laptop.sync.trust().service == TrustService(HOME, HOME_PIN)

    answer["yes"] = True
    qtbot.mouseClick(dialog.trust_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog)
    assert len(boxes) == 2 and "installed" in dialog.message.text()
    assert laptop.sync.trust().service == TrustService(ELSEWHERE, ELSEWHERE_PIN)
