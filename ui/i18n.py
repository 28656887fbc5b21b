"""Translations: Qt's own catalogue and the app's, for the system's language.

`python3 dev.py translations` regenerates resources/translations/volunteer_logbook_en.ts
(the source catalogue for translators) from every tr() call in ui/.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui.resources import resource_path

CATALOGUE = "volunteer_logbook"


def install_translators(app: QCoreApplication, locale: QLocale | None = None) -> list[QTranslator]:
    locale = locale or QLocale()
    installed = []
    qt = QTranslator(app)
    qt_catalogues = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(locale, "qtbase", "_", qt_catalogues):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(locale, CATALOGUE, "_", str(resource_path("translations"))):
        app.installTranslator(ours)
        installed.append(ours)
    return installed


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for lupdate and returns it untranslated; typed, unlike PySide6's."""
    return source
