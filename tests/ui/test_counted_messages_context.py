"""A counted message ("%n ...") reaches its translation when a subclass shows it too."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from logbook.identity.fingerprint import FINGERPRINT_CHARS
from ui.i18n import catalogue
from ui.operations import Operations
from ui.widgets.read_out import ReadOutDialog

ROOT = Path(__file__).resolve().parents[2]


def counted_tr_in_extended_classes() -> list[str]:
    """Where `self.tr(text, "", n)` is called inside a class another class in ui/ extends."""
    extended: set[str] = set()
    counted: list[tuple[str, str]] = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            extended.update(base.id for base in node.bases if isinstance(base, ast.Name))
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "tr"
                    and len(call.args) >= 3
                ):
                    counted.append((node.name, f"{path.relative_to(ROOT)}:{call.lineno}"))
    return [f"{where} (class {name})" for name, where in counted if name in extended]


def test_no_counted_self_tr_in_a_class_that_is_extended() -> None:
    """PySide looks a counted self.tr() up under the instance's own class only (plain ones
    fall back along its base classes), so a class that is extended names its context:
    QCoreApplication.translate("Base", "%n ...", "", n)."""
    assert counted_tr_in_extended_classes() == []


@pytest.fixture
def welsh(qapp: QApplication) -> Iterator[None]:
    translator = QTranslator(qapp)
    assert translator.load(catalogue("cy"))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


class FingerprintCheck(ReadOutDialog):
    """As ApproveDialog and EnrolDialog are: a ReadOutDialog under another class name."""


def test_the_typed_characters_are_counted_in_welsh_in_a_subclass(qtbot: QtBot, welsh: None) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = FingerprintCheck(parent, Operations(parent))
    dialog.show()
    qtbot.keyClicks(dialog.typed, "ABCD")
    assert dialog.count.text() == f"4 o {FINGERPRINT_CHARS} nod"
    dialog.reject()
