"""The benchmark's baseline: the smallest PySide6 program that shows a window.

Frozen with the same spec, options and Qt excludes as the app (``build.py --target bare``), so
the start-up comparison isolates what the app itself adds. With ``CSEC_STARTUP_PROBE=1`` it
reports its start-up time when the window is first painted, then quits.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QApplication, QMainWindow

from csec_desktop.startup_probe import mark_first_window_shown, mark_ready


class BareWindow(QMainWindow):
    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        mark_first_window_shown()
        mark_ready()  # nothing more to load: ready as soon as it is painted


def main() -> int:
    app = QApplication(sys.argv)
    window = BareWindow()
    window.setWindowTitle("Bare window")
    window.resize(800, 600)
    window.show()
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
