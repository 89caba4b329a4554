"""Render the application icon (resources/icons/csec-desktop.svg) to the formats installers want:
PNG everywhere, ICO for Windows (one file, several sizes is not needed: Windows scales 256 px).
macOS: PyInstaller turns the PNG into .icns when Pillow is installed (see docs/packaging.md).
Made at build time, so only the SVG is kept in git.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICON_SVG = Path(__file__).resolve().parent.parent / "resources" / "icons" / "csec-desktop.svg"
SIZE = 256


def make_icons(out_dir: Path) -> dict[str, Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(["make_icon"])
    renderer = QSvgRenderer(str(ICON_SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read the icon {ICON_SVG.name}")
    image = QImage(SIZE, SIZE, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    out_dir.mkdir(parents=True, exist_ok=True)
    written = {}
    for fmt in ("png", "ico"):
        path = out_dir / f"csec-desktop.{fmt}"
        if not image.save(str(path), fmt.upper()):
            raise SystemExit(f"Qt could not write the icon as {fmt.upper()}")
        written[fmt] = path
    return written


if __name__ == "__main__":
    for path in make_icons(Path(sys.argv[1])).values():
        print(path)
