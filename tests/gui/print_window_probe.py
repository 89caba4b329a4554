"""Run in a fresh process (the screen is chosen before Qt starts): open the print window over
a real summary and print where its buttons are, against the screen's free area, as JSON."""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication


def main() -> None:
    app = QApplication(sys.argv[:1])
    from csec_desktop.gui.printing.print_preview import PrintPreviewDialog
    from tests.core.reports.conftest import build

    with tempfile.TemporaryDirectory() as folder:
        printed = build(Path(folder))
        dialog = PrintPreviewDialog(printed.service, printed.needs_id)
        dialog.show()
        while dialog.working:
            app.processEvents()
        app.processEvents()
        area = dialog.screen().availableGeometry()
        inside = {}
        for button in (dialog.print_button, dialog.save_button, dialog.close_button):
            top_left = button.mapToGlobal(button.rect().topLeft())
            inside[button.accessibleName()] = area.contains(QRect(top_left, button.size()))
        result = {
            "dpr": dialog.screen().devicePixelRatio(),
            "area": [area.width(), area.height()],
            "window": [dialog.frameGeometry().width(), dialog.frameGeometry().height()],
            "inside": inside,
            "pages": dialog.document.pageCount(),
        }
        printed.session.sign_out()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
