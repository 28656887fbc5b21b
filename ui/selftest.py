"""The Qt half of `logbook --self-test`: the platform plugin loads and windows render."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path


def missing_catalogues() -> list[str]:
    """The compiled catalogues of every language the app offers, UI and core."""
    import gettext

    from logbook import i18n as core_i18n
    from ui.i18n import ENGLISH, LANGUAGES, catalogue

    missing = [catalogue(code) for code in LANGUAGES if not Path(catalogue(code)).is_file()]
    for code in LANGUAGES:
        if code != ENGLISH and not gettext.find(core_i18n.DOMAIN, core_i18n.LOCALE_DIR, [code]):
            missing.append(f"{core_i18n.LOCALE_DIR}/{code}")
    return missing


def run_ui_self_test(say: Callable[[str], None] = print) -> int:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtWidgets import QApplication

        from ui.app import identify
        from ui.main_window import MainWindow

        app = QApplication.instance() or QApplication(sys.argv[:1])
        assert isinstance(app, QApplication)
        identify(app)
        if app.windowIcon().isNull():
            say("FAIL  the app icon is missing from resources/")
            return 1
        missing = missing_catalogues()
        if missing:
            say(f"FAIL  compiled translations are missing: {', '.join(missing)}")
            return 1
        with tempfile.TemporaryDirectory(prefix="logbook-ui-selftest-") as tmp:
            from logbook.vault.profiles import ProfileManager

            window = MainWindow(ProfileManager(Path(tmp)))
            window.resize(640, 420)
            image = window.grab().toImage()
            window.close()
        if image.isNull() or image.width() < 100:
            say("FAIL  Qt could not render the main window")
            return 1
        say(f"ok  Qt renders windows (platform plugin: {app.platformName()})")
    except Exception as exc:  # noqa: BLE001 - reported as a failed check
        say(f"FAIL  Qt did not start: {type(exc).__name__}: {exc}")
        return 1
    return 0
