"""One accessible-name helper: names said without mnemonic marks, and no copies of the rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from ui.widgets.accessible import named, named_for, spoken

UI = Path(__file__).resolve().parents[2] / "ui"


@pytest.mark.parametrize(
    ("shown", "said"),
    [
        ("&Approve…", "Approve"),
        ("Rev&oke…", "Revoke"),
        ("&Code:", "Code"),
        ("Save && close", "Save & close"),
        ("Plain", "Plain"),
    ],
)
def test_a_name_is_said_without_mnemonics_ellipsis_or_colon(shown: str, said: str) -> None:
    assert spoken(shown) == said


def test_a_button_is_named_from_its_own_text_or_a_given_name(qtbot: QtBot) -> None:
    button = named(QPushButton("E&nd match…"))
    qtbot.addWidget(button)
    assert button.accessibleName() == "End match"
    assert named(button, "Finish the match").accessibleName() == "Finish the match"


def test_a_tool_button_is_named_as_its_action(qtbot: QtBot) -> None:
    button = QToolButton()
    qtbot.addWidget(button)
    action = QAction("New &visit", button)
    assert named_for(button, action).accessibleName() == "New visit"


def test_a_widget_without_text_must_be_given_a_name(qtbot: QtBot) -> None:
    label = QLabel("no button")
    qtbot.addWidget(label)
    with pytest.raises(TypeError, match="give a name"):
        named(label)


def test_no_screen_strips_mnemonics_by_hand() -> None:
    """The rule lives in ui/widgets/accessible.py only; a copy elsewhere drifts."""
    copies = [
        f"{path.relative_to(UI.parent)}:{number}"
        for path in sorted(UI.rglob("*.py"))
        if path.name != "accessible.py"
        for number, line in enumerate(path.read_text().splitlines(), 1)
        if 'replace("&", "")' in line or "replace('&', '')" in line
    ]
    assert copies == []
