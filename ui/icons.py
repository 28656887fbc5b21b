"""Render the app icon's PNG sizes from its SVG (`python -m ui.icons`); PNGs are committed.

The app loads the PNGs, so the built app needs no SVG support.
"""

from __future__ import annotations

import os
import sys

from ui.resources import resource_path

SIZES = (16, 24, 32, 48, 64, 128, 256)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(resource_path("icons", "volunteer-logbook.svg")))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(resource_path("icons", f"volunteer-logbook-{size}.png")))
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
