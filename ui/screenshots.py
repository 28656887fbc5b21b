"""Render the app's screens offscreen into docs/screenshots/ (`python -m ui.screenshots`)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    OUT.mkdir(parents=True, exist_ok=True)
    # A typical folder rather than this machine's, so the picture shows what users see.
    window = MainWindow(Path("/home/sam/.local/share/VolunteerLogbook"))
    window.resize(800, 520)
    window.show()
    app.processEvents()
    window.grab().save(str(OUT / "main-window.png"))
    window.close()
    print(f"wrote {OUT / 'main-window.png'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
