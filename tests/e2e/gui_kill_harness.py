"""The real desktop app (offscreen) in the middle of a screening, answering by keyboard. After
each key press it prints ``saved ITEM VALUE`` if the wizard's "Saved at …" line is showing for
that item — exactly what the worker would have seen. The GUI kill test SIGKILLs it.

    python -m tests.e2e.gui_kill_harness DATA_DIR ENCOUNTER_ID VALUE
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from csec_desktop.core.flows.form_view import FormView
from csec_desktop.core.vault.device_vault import DeviceVault
from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
from csec_desktop.gui.app import make_application
from csec_desktop.gui.controller import AppController
from csec_desktop.gui.wizard import EncounterWizard

USER, PASSPHRASE = "kill.test", "autosave under fire"
DIGITS = {n: getattr(Qt.Key, f"Key_{n}") for n in range(10)}


def pump(app: QApplication, until: float) -> None:
    while time.time() < until:
        app.processEvents()
        time.sleep(0.01)


def main(data_dir: str, encounter_id: str, value: int) -> None:
    app = make_application(["csec-desktop"])
    controller = AppController(DeviceVault(Path(data_dir), kdf_params=MINIMUM_PARAMS))
    controller.window.show()
    page = controller.sign_in.ui
    page.usernameEdit.setText(USER)
    page.passphraseEdit.setText(PASSPHRASE)
    QTest.keyClick(page.passphraseEdit, Qt.Key.Key_Return)
    deadline = time.time() + 20
    while controller.workspace is None and time.time() < deadline:
        pump(app, time.time() + 0.05)
    services = controller.workspace.services
    while services.source is None:  # the caseload loads in the background
        pump(app, time.time() + 0.05)
    youth = services.source.open(services.encounters.get(encounter_id).youth_id)
    wizard = EncounterWizard(
        services.screening.resume(encounter_id, youth), youth, view=FormView.ITEMS
    )
    wizard.show()
    pump(app, time.time() + 0.3)
    print("ready", flush=True)
    navigator = wizard.run.navigator
    while navigator.current is not None:
        item = navigator.current
        target = QApplication.focusWidget() or wizard
        if item.kind == "concern_rating":
            QTest.keyClick(target, DIGITS[value])
            if wizard.item_page.saved.text().startswith("✓"):
                print(f"saved {item.id} {value}", flush=True)
        else:
            QTest.keyClick(target, DIGITS[2])
        QTest.keyClick(QApplication.focusWidget() or wizard, Qt.Key.Key_Return)
        app.processEvents()
    print("done", flush=True)
    pump(app, time.time() + 3600)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
