"""Run in a fresh process (the screen is chosen before Qt starts): sign in, show the caseload and
a youth's page in the real main window, and print the window's minimum size against the
screen's free area, as JSON (with the widgets that ask for the most width, to find a cause)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget


def _widest(root: QWidget, limit: int) -> list[str]:
    wide = []
    for widget in root.findChildren(QWidget):
        hint = widget.minimumSizeHint().width()
        minimum = max(hint, widget.minimumWidth())
        if widget.isVisibleTo(root) and minimum > limit:
            name = widget.objectName() or widget.accessibleName()
            wide.append(f"{type(widget).__name__}:{name}={minimum}")
    return wide


def main() -> None:
    app = QApplication(sys.argv[:1])
    from csec_desktop.core.flows.app_state import AppState
    from csec_desktop.core.records.youth import Agency, YouthProfile
    from csec_desktop.core.vault.device_vault import DeviceVault
    from csec_desktop.core.vault.kdf import MINIMUM_PARAMS
    from csec_desktop.gui.controller import AppController
    from csec_desktop.gui.style import style_sheet

    app.setStyleSheet(style_sheet(app.font().pointSizeF()))
    shots = os.environ.get("CSEC_PROBE_SHOTS")
    with tempfile.TemporaryDirectory() as folder:
        vault = DeviceVault(Path(folder) / "data", kdf_params=MINIMUM_PARAMS)
        session, _code = vault.initialize("maria", "Maria Rivera", "seven lighthouse kites")
        session.sign_out()
        controller = AppController(vault)
        window = controller.window
        window.show()
        window.fit_to_screen()  # as the app does at start
        page = controller.sign_in
        page.ui.usernameEdit.setText("maria")
        page.ui.passphraseEdit.setText("seven lighthouse kites")
        page.submit()
        while controller.state is not AppState.ACTIVE or controller.background.is_busy:
            app.processEvents()
        workspace = controller.workspace
        assert workspace is not None
        profile = YouthProfile(
            legal_first_name="Dana", legal_last_name="Reyes", agency=Agency.CHILD_WELFARE
        )
        youth = workspace.services.source.add(profile)
        workspace.refresh()
        while controller.background.is_busy:
            app.processEvents()
        area = window.screen().availableGeometry()
        result: dict[str, object] = {
            "dpr": window.screen().devicePixelRatio(),
            "area": [area.width(), area.height()],
        }
        for name, show in (
            ("caseload", workspace.show_caseload),
            ("youth", lambda: workspace.open_youth(youth.id)),
        ):
            show()
            while controller.background.is_busy:
                app.processEvents()
            app.processEvents()
            hint = window.minimumSizeHint()
            result[name] = {
                "minimum": [
                    max(hint.width(), window.minimumWidth()),
                    max(hint.height(), window.minimumHeight()),
                ],
                "window": [window.frameGeometry().width(), window.frameGeometry().height()],
                "wide": _widest(window, area.width()),
                "scrolls": window.page_scroll.horizontalScrollBar().isVisible(),
            }
            if shots:
                window.grab().save(f"{shots}/main-{name}.png")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
