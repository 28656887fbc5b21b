"""Start the desktop application (a plain window until the volunteer app lands)."""

from __future__ import annotations

import os
import sys

from logbook.paths import default_data_dir

NO_DISPLAY = (
    "logbook: no display found, so the desktop app cannot start. Run it in a graphical "
    "session, or use the commands instead (logbook --help)."
)


def has_display() -> bool:
    if not sys.platform.startswith("linux"):
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in {"offscreen", "minimal", "vnc"}:
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(data_dir: str | None = None) -> int:
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    from ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Volunteer Logbook")
    app.setApplicationDisplayName(app.translate("app", "Volunteer Logbook"))
    window = MainWindow(default_data_dir(data_dir))
    window.show()
    return app.exec()
