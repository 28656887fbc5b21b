"""The core's translatable text: `_()` and `ngettext()` over gettext catalogues in the package.

The core speaks the language the app (or the CLI's locale) chose with `set_language`; messages
are translated when they are made, so an error raised after a change of language reads in the
new one. Catalogues live in `logbook/locale/<lang>/LC_MESSAGES/logbook.mo`; a missing catalogue
means English, never an error.
"""

from __future__ import annotations

import gettext
import os

DOMAIN = "logbook"
# A plain path, not pathlib's: every `logbook` start imports this module, even --version.
LOCALE_DIR = os.path.join(os.path.dirname(os.path.realpath(__file__)), "locale")

_active: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


def set_language(language: str) -> None:
    """Use the catalogue for `language` (e.g. "cy", "cy_GB"); English when there is none."""
    global _active, _language
    _active = gettext.translation(DOMAIN, LOCALE_DIR, languages=[language], fallback=True)
    _language = language


def environment_languages() -> list[str]:
    """The languages the environment asks for, as gettext reads them: the first of LANGUAGE
    (a colon-separated list), LC_ALL, LC_MESSAGES and LANG that is set."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return [name for name in value.split(":") if name]
    return []


def use_environment_language() -> str:
    """For the CLI: the first language of the environment the core has a catalogue for
    ("en" when none has, or the locale is C/POSIX). Returns the language chosen."""
    for name in environment_languages():
        if name in {"C", "POSIX"} or name.startswith(("C.", "en")):
            break
        if gettext.find(DOMAIN, LOCALE_DIR, languages=[name]):
            set_language(name)
            return name
    set_language("en")
    return "en"


def language() -> str:
    """The language last chosen with `set_language` ("en" until then)."""
    return _language


def _(message: str) -> str:
    """`message` in the chosen language."""
    return _active.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of a counted message for `n` in the chosen language ("1 entry", "2 entries")."""
    return _active.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Mark `message` for extraction where it is defined, to be translated where it is shown."""
    return message
