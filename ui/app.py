"""Start the desktop application (a plain window until the volunteer app lands)."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from logbook import __version__
from logbook.paths import default_data_dir
from ui.resources import DESKTOP_ID, icon_files

if TYPE_CHECKING:
    from PySide6.QtGui import QGuiApplication

    from logbook.vault.profiles import ProfileManager
    from ui.main_window import MainWindow

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


def identify(app: QGuiApplication, language: str = "") -> None:
    """Language, name and icon for the window, the taskbar and the desktop file (Wayland
    matches on it). `language` is the laptop's preference; "" means the system's."""
    from PySide6.QtGui import QIcon

    from ui.i18n import choose_language, install_translators

    install_translators(app, choose_language(language))
    app.setApplicationName("Volunteer Logbook")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName(app.translate("app", "Volunteer Logbook"))
    # The reverse-DNS id: Wayland's app_id, the .desktop file's and the metainfo's name.
    app.setDesktopFileName(DESKTOP_ID)
    icon = QIcon()
    for path in icon_files():
        icon.addFile(str(path))
    app.setWindowIcon(icon)


def first_window(
    manager: ProfileManager, open_file: Path | None, profile: str | None
) -> MainWindow:
    """The window as the command line asked: on the named profile, a file to open after."""
    from ui.main_window import MainWindow

    window = MainWindow(manager)
    if profile and window.unlock_screen.has_profiles():
        window.unlock_screen.choose(profile)
    if open_file is not None:
        window.open_after_unlock(open_file.resolve())
    return window


def run(
    data_dir: str | None = None, open_file: Path | None = None, *, profile: str | None = None
) -> int:
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    from logbook.vault.profiles import ProfileManager
    from ui.preferences import Preferences

    manager = ProfileManager(default_data_dir(data_dir))
    # Before the first widget: the language applies from the unlock screen on.
    identify(app, Preferences(manager.data_dir).language())
    from ui.single_instance import SingleInstance

    single = SingleInstance(manager.data_dir)
    if single.hand_over(open_file):
        return 0  # the app already running here took it, and comes to the front
    window = first_window(manager, open_file, profile)
    if single.listen():
        single.opened.connect(window.bring_forward)
        app.aboutToQuit.connect(single.close)
    window.show()
    if os.environ.get("LOGBOOK_STARTUP_PROBE") == "1":
        # For bench/bench_startup.py: report when the first window is up, then quit.
        from PySide6.QtCore import QTimer

        def shown() -> None:
            print(f"window-shown {time.time():.6f}", flush=True)
            app.quit()

        QTimer.singleShot(0, shown)
    return app.exec()
