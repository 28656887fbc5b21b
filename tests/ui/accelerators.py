"""Alt+letter keys that two controls of one window share, in whatever language is installed:
a translation picks its own letters, so each language needs the check English has."""

from __future__ import annotations


def accelerator_clashes(window: object, name: str) -> list[str]:
    from tests.ui.test_keyboard import mnemonics

    clashes = {k: v for k, v in mnemonics(window).items() if len(v) > 1}  # type: ignore[arg-type]
    return [f"{name}: Alt+{letter} for {', '.join(texts)}" for letter, texts in clashes.items()]
