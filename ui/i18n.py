"""The app's language: its catalogues (and Qt's) installed, chosen by setting or system locale.

The language is chosen once, when the app starts, before any widget exists: from the language
preference of this laptop, else from the system's languages, else English. The core's
messages (`logbook.i18n`) and dates (`QLocale`'s default) follow the same choice.
`python3 dev.py translations` refreshes the catalogues (docs/translating.md).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from logbook import i18n as core_i18n
from ui.resources import resource_path

CATALOGUE = "volunteer_logbook"
ENGLISH = "en"
# Accented and 40 % longer, generated from the English (tools/translations.py): for testing.
PSEUDO = "pseudo"
# Each language in its own name, as a language menu shows it to someone who cannot read the
# current one. English first: the source language.
LANGUAGES = {ENGLISH: "English", "cy": "Cymraeg"}


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks `source` for lupdate and returns it untranslated; typed, unlike PySide6's."""
    return source


# Each catalogue's own word on its state, which lupdate keeps (it drops XML comments): the
# Welsh one says it awaits review by a native speaker. Shown in Settings when translated.
STATUS = QT_TRANSLATE_NOOP("Catalogue", "The original English text.")


def catalogue_status() -> str:
    """The translation's own note on its state ("awaiting review..."); "" in English."""
    status = QCoreApplication.translate("Catalogue", STATUS)
    return "" if status == STATUS else status


def catalogue(language: str) -> str:
    return str(resource_path("translations", f"{CATALOGUE}_{language}.qm"))


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's languages the app speaks (LANGUAGE, LC_ALL, LANG...)."""
    for name in (locale or QLocale.system()).uiLanguages():
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return ENGLISH


def choose_language(preference: str = "", locale: QLocale | None = None) -> str:
    """The language preference when the app has it ("" means the system's), else the system's."""
    if preference in LANGUAGES or preference == PSEUDO:
        return preference
    return system_language(locale)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the catalogues for `language` and make it the language of dates and the core."""
    installed = []
    if language != PSEUDO and QLocale().language() != QLocale(language).language():
        # Dates, month and day names in the chosen language, not the system's.
        QLocale.setDefault(QLocale(language))
    core_i18n.set_language(language)
    qt = QTranslator(app)
    qt_catalogues = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(language), "qtbase", "_", qt_catalogues):
        app.installTranslator(qt)
        installed.append(qt)
    # English first: its plural forms ("1 entry") are what any other catalogue falls back to,
    # as Qt asks the translator installed last first.
    for code in dict.fromkeys((ENGLISH, language)):
        ours = QTranslator(app)
        if ours.load(catalogue(code)):
            app.installTranslator(ours)
            installed.append(ours)
    return installed
