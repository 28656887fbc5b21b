"""Under the pseudo-locale (accented, 40 % longer) every window and dialog shows no English
left untranslated and nothing clipped; the catalogues are current and compiled."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tools import translations
from tools.translations import pseudo

ROOT = Path(__file__).resolve().parents[2]


def test_pseudo_text_is_accented_longer_and_keeps_placeholders() -> None:
    text = "Saved %n files in {0}: &Save <b>now</b>\n"
    shown = pseudo(text)
    assert shown.startswith("[") and shown.endswith("]")
    assert len(shown) >= 1.4 * len(text)
    for kept in ("%n", "{0}", "&S", "<b>", "</b>", "\n"):
        assert kept in shown
    assert "Saved" not in shown and "files" not in shown


def test_every_window_in_the_pseudo_locale_is_translated_and_fits() -> None:
    """The fit probe lays out the app in the pseudo-locale on a 1366×768 screen (a fresh
    process: the language is installed before the first widget)."""
    env = dict(os.environ, FIT_PROBE_LANGUAGE="pseudo")
    done = subprocess.run(
        [sys.executable, "-m", "tests.ui.fit_probe"], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    problems = json.loads(done.stdout[done.stdout.index("[") :])
    assert problems == []


def test_every_plural_message_has_english_forms() -> None:
    """Qt's way to "1 entry" / "2 entries": numerus forms in the English catalogue."""
    forms = translations.english_forms(translations.ts_path("en"))
    assert len(forms) > 30
    missing = [source for (_, source), found in forms.items() if not all(found)]
    assert not missing, f"give English forms in volunteer_logbook_en.ts for {missing}"
    assert not any("(s)" in form for found in forms.values() for form in found)


def test_compiled_catalogues_match_their_sources(tmp_path: Path) -> None:
    """The committed .qm and .mo are what `python3 dev.py translations` makes of the .ts/.po."""
    for language in translations.UI_LANGUAGES:
        fresh = tmp_path / f"{language}.qm"
        translations.lrelease(translations.ts_path(language), fresh)
        assert fresh.read_bytes() == translations.qm_path(language).read_bytes(), language
    for language in translations.CORE_LANGUAGES:
        translations.compile_po(language, tmp_path)
        mo = translations.mo_path(language, tmp_path)
        assert mo.read_bytes() == translations.mo_path(language).read_bytes(), language


def test_core_catalogue_is_current(tmp_path: Path) -> None:
    """Every _()/ngettext()/N_() message in logbook/ is in logbook.pot, and none stale."""
    from babel.messages.pofile import read_po

    fresh = tmp_path / "fresh.pot"
    translations.extract_pot(fresh)
    with fresh.open("rb") as a, translations.POT.open("rb") as b:
        assert {m.id for m in read_po(a)} == {m.id for m in read_po(b)}, (
            "run `python3 dev.py translations`"
        )


def test_welsh_catalogues_cover_the_sources_and_keep_placeholders() -> None:
    import re

    from babel.messages.pofile import read_po

    placeholders = re.compile(r"\{[^{}]*\}|%n|%\d")
    untranslated = []
    catalogue = ET.parse(translations.ts_path("cy"))  # noqa: S314 - our own file
    for message in catalogue.getroot().iter("message"):
        source = message.findtext("source", "")
        translation = message.find("translation")
        assert translation is not None
        texts = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
        for text in texts:
            if not text:
                untranslated.append(source)
            else:
                assert sorted(placeholders.findall(text)) == sorted(placeholders.findall(source))
    with translations.po_path("cy").open("rb") as stream:
        for message in read_po(stream):
            if message.id and not (
                message.string if isinstance(message.string, str) else all(message.string)
            ):
                untranslated.append(str(message.id))
    # New strings from other work arrive untranslated; Welsh must stay nearly complete.
    assert len(untranslated) <= 40, untranslated
