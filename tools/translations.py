"""Refresh and compile every catalogue: Qt's .ts/.qm for ui/, gettext's .pot/.po/.mo for logbook/.

    python tools/translations.py            # what `python3 dev.py translations` runs: all below
    python tools/translations.py compile    # only .ts -> .qm and .po -> .mo (the build runs it)

Run with the project's venv (it needs PySide6's lupdate/lrelease and Babel). It also writes the
pseudo-locale ("pseudo": accented, 40 % longer) from the English sources, never by hand, so a
test can find text that skipped tr()/_() and layouts that clip longer languages.
Compiled catalogues are committed, so building a wheel needs neither Qt's tools nor Babel.
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TS_DIR = ROOT / "resources" / "translations"
CATALOGUE = "volunteer_logbook"
# en carries only the English plural forms of "%n ..." messages (Qt's numerus forms).
UI_LANGUAGES = ("en", "cy")
LOCALE_DIR = ROOT / "logbook" / "locale"
DOMAIN = "logbook"
POT = LOCALE_DIR / f"{DOMAIN}.pot"
CORE_LANGUAGES = ("cy",)
PSEUDO = "pseudo"

# Kept as they are in the pseudo-locale: placeholders, markup, entities and accelerators.
_KEEP = re.compile(
    r"`[^`]*`|--[a-z][a-z-]*|\{[^{}]*\}|%n|%L?\d+|%\([a-z_]+\)[sdr]|%[sdr]|<[^<>]+>"
    r"|&[a-z]+;|&&|&\w|\n|https?://\S+"
)
# Letters only the pseudo-locale uses (and its padding): text without any was not translated.
PSEUDO_LETTERS = "àƀçđéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ·"
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", PSEUDO_LETTERS[:-1]
)


def ts_path(language: str) -> Path:
    return TS_DIR / f"{CATALOGUE}_{language}.ts"


def qm_path(language: str) -> Path:
    return TS_DIR / f"{CATALOGUE}_{language}.qm"


def po_path(language: str, locale_dir: Path = LOCALE_DIR) -> Path:
    return locale_dir / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def mo_path(language: str, locale_dir: Path = LOCALE_DIR) -> Path:
    return locale_dir / language / "LC_MESSAGES" / f"{DOMAIN}.mo"


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def run(*cmd: str | Path) -> None:
    subprocess.run([str(c) for c in cmd], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def pseudo(text: str) -> str:
    """`text` accented and padded to about 140 % of its length, inside brackets; placeholders,
    tags and accelerators kept, so the result still works where the original did."""
    if not text.strip():
        return text
    parts, last = [], 0
    for found in _KEEP.finditer(text):
        parts.append(text[last : found.start()].translate(_ACCENTED))
        parts.append(found.group())
        last = found.end()
    parts.append(text[last:].translate(_ACCENTED))
    padding = "·" * max(1, math.ceil(len(text) * 0.4) - 3)
    return f"[{''.join(parts)} {padding}]"


def lupdate(language: str, ts: Path) -> None:
    run(
        BIN / "pyside6-lupdate", *ui_sources(), "-source-language", "en",
        "-target-language", language, "-no-obsolete", "-ts", ts,
    )  # fmt: skip


def english_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    """The English plural forms of every numerus message, by (context, source)."""
    forms = {}
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - our own file
        name = context.findtext("name", "")
        for message in context.iter("message"):
            if message.get("numerus") == "yes":
                found = [f.text or "" for f in message.iter("numerusform")]
                forms[(name, message.findtext("source", ""))] = found
    return forms


def write_pseudo_ts(target: Path) -> None:
    """The pseudo catalogue from the English one: every message, plurals from its forms."""
    tree = ET.parse(ts_path("en"))  # noqa: S314 - our own file
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in translation.iter("numerusform"):
                form.text = pseudo(form.text or source)
        else:
            translation.text = pseudo(source)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def lrelease(ts: Path, qm: Path) -> None:
    run(BIN / "pyside6-lrelease", "-silent", ts, "-qm", qm)


def extract_pot(target: Path) -> None:
    """The core's messages: `_()`, `ngettext()` and `N_()` in logbook/ (Babel's keywords)."""
    run(
        BIN / "pybabel", "--quiet", "extract", "--project", "Volunteer Logbook",
        "--copyright-holder", "The Volunteer Logbook developers", "--add-comments",
        "TRANSLATORS:", "--sort-by-file", "--width", "100", "--ignore-dirs", "locale",
        "-o", target, "logbook",
    )  # fmt: skip


def _without_dates(text: str) -> str:
    return re.sub(r'^"(POT-Creation-Date|PO-Revision-Date): .*\n', "", text, flags=re.M)


def refresh_pot() -> bool:
    """Write logbook.pot when its messages changed (not for a new date alone); True if so."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / POT.name
        extract_pot(fresh)
        text = fresh.read_text(encoding="utf-8")
    if POT.exists() and _without_dates(POT.read_text(encoding="utf-8")) == _without_dates(text):
        return False
    POT.parent.mkdir(parents=True, exist_ok=True)
    POT.write_text(text, encoding="utf-8")
    return True


def refresh_po(language: str) -> None:
    action = "update" if po_path(language).exists() else "init"
    # No fuzzy matching: a guessed translation of a near-identical message misleads more than
    # an untranslated one (English) does.
    extra = ["--ignore-obsolete", "--no-fuzzy-matching"] if action == "update" else []
    run(
        BIN / "pybabel", "--quiet", action, "-i", POT, "-d", LOCALE_DIR, "-D", DOMAIN,
        "-l", language, "--width", "100", *extra,
    )  # fmt: skip


def write_pseudo_mo(target: Path) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with POT.open("rb") as stream:
        catalog = read_po(stream, locale="en")
    for message in catalog:
        if not message.id:
            continue
        if isinstance(message.id, tuple | list):
            message.string = tuple(pseudo(part) for part in message.id)
        else:
            message.string = pseudo(message.id)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as stream:
        write_mo(stream, catalog)


def compile_po(language: str, locale_dir: Path = LOCALE_DIR) -> None:
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po_path(language).open("rb") as stream:
        catalog = read_po(stream, locale=language)
    target = mo_path(language, locale_dir)
    target.parent.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as stream:
        write_mo(stream, catalog)


def compile_all() -> None:
    """.qm for every .ts (and the pseudo-locale), .mo for every .po (and the pseudo-locale)."""
    for language in UI_LANGUAGES:
        lrelease(ts_path(language), qm_path(language))
    with tempfile.TemporaryDirectory() as tmp:
        pseudo_ts = Path(tmp) / f"{CATALOGUE}_{PSEUDO}.ts"
        write_pseudo_ts(pseudo_ts)
        lrelease(pseudo_ts, qm_path(PSEUDO))
    for language in CORE_LANGUAGES:
        compile_po(language)
    write_pseudo_mo(mo_path(PSEUDO))


def refresh_all() -> None:
    for language in UI_LANGUAGES:
        lupdate(language, ts_path(language))
    refresh_pot()
    for language in CORE_LANGUAGES:
        refresh_po(language)
    compile_all()


def main(argv: list[str]) -> int:
    if argv == ["compile"]:
        compile_all()
    elif not argv:
        refresh_all()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
