"""The recovery key shown large, monospace, its groups never split; printed; saved under a
name that says whose key it is and from when."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from tests.ui.test_entry_editor import make_activate
from tests.ui.test_report_pdf import poppler
from ui.screens.recovery_key import RecoveryKeyPage, file_name

KEY = "MFRG-GZDF-MZTW-Q2LK-NNWW-S3TP-OBYX-E4DT-OV3H-O6DZ-PJQW-2YLE-OQZA"


def page(qtbot: QtBot) -> RecoveryKeyPage:
    shown = RecoveryKeyPage()
    qtbot.addWidget(shown)
    shown.show_key(KEY, "Sam Okafor")
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_the_key_is_large_monospace_and_no_group_is_split(qtbot: QtBot) -> None:
    shown = page(qtbot)
    rows = shown.groups()
    assert [len(r) for r in rows] == [5, 5, 3]
    assert "-".join(g for row in rows for g in row) == KEY
    labels = shown.key_grid.findChildren(QLabel)
    assert len(labels) == 13 and all(len(label.text()) == 4 for label in labels)
    for label in labels:
        # Monospace: every letter as wide as any other (Qt's fixedPitch() misreads some).
        metrics = label.fontMetrics()
        assert metrics.horizontalAdvance("iiii") == metrics.horizontalAdvance("WWWW")
        assert label.font().pointSizeF() >= QApplication.font().pointSizeF() * 1.5
        # Each group is drawn whole on one line: its label is as wide as its text.
        assert label.width() >= label.fontMetrics().horizontalAdvance(label.text())
        assert label.height() >= label.fontMetrics().height()  # never cut off at the bottom
    assert shown.key_grid.accessibleDescription() == " ".join(KEY.split("-"))


def test_the_saved_file_names_the_profile_and_the_day(qtbot: QtBot, tmp_path: Path) -> None:
    assert (
        file_name("Sam Okafor", date(2026, 12, 2))
        == "logbook-recovery-key-Sam-Okafor-2026-12-02.txt"
    )
    assert file_name("../..", date(2026, 12, 2)) == "logbook-recovery-key-profile-2026-12-02.txt"
    shown = page(qtbot)
    target = tmp_path / file_name("Sam Okafor", date.today())
    shown.save_to(target)
    text = target.read_text()
    assert "Sam Okafor" in text and text.split()[-1] == KEY
    assert date.today().strftime("%Y") in text


def test_printing_puts_every_group_on_the_page(qtbot: QtBot, tmp_path: Path) -> None:
    shown = page(qtbot)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    target = tmp_path / "key.pdf"
    printer.setOutputFileName(str(target))
    shown.print_to(printer)
    words = poppler("pdftotext", str(target), "-")
    for group in KEY.split("-"):
        assert group in words
    assert "Sam Okafor" in words
    dialog = shown.ask_print()  # the print button opens the system's dialog, not blocking
    assert dialog.isVisible()
    dialog.reject()


def test_continue_is_pressed_with_return_once_the_key_is_marked_saved(qtbot: QtBot) -> None:
    shown = page(qtbot)
    make_activate(qtbot, shown)
    shown.saved.setFocus()
    qtbot.keyClick(shown.saved, Qt.Key.Key_Space)  # tick "I have written down..."
    assert shown.continue_button.isEnabled()
    qtbot.keyClick(shown.saved, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is shown.continue_button
    with qtbot.waitSignal(shown.confirmed, timeout=2000):
        qtbot.keyClick(shown.continue_button, Qt.Key.Key_Return)
