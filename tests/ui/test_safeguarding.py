"""Safeguarding: a concern raised through the form stays visible until it is reported."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.conftest import Profiles
from tests.ui.conftest import unlock, wait_ops
from tests.ui.test_accessibility import assert_accessible
from ui.concern_pdf import write_concern_pdf
from ui.main_window import MainWindow
from ui.screens.concerns import ReportedDialog


def test_concern_raised_stays_visible_until_reported(
    qtbot: QtBot, window: MainWindow, profiles: Profiles, tmp_path: Path
) -> None:
    unlock(qtbot, window, profiles.passphrase)
    work = window.work
    assert work is not None
    work.book.matches.add("M-0042", "Edith Harris")
    work.changed()
    wait_ops(qtbot, window.ops)
    assert not work.concern_banner.isVisibleTo(work)

    dialog = work.concerns.dialog()
    assert_accessible(dialog, "concern form")
    assert "safeguarding lead" in dialog.reminder.text()
    assert dialog.match.currentData() is None  # nobody chosen until the volunteer chooses
    dialog.match.setCurrentIndex(dialog.match.findData("M-0042"))
    dialog.place.setText("Her kitchen")
    dialog.said.setPlainText('"Nobody has been to see me since the flood."')
    dialog.facts.setPlainText("Damp on the wall; no food in the fridge.")
    dialog.opinion.setPlainText("She seemed frightened of the landlord.")
    dialog.action.setPlainText("Rang the coordinator from the car.")
    dialog.save()
    wait_ops(qtbot, window.ops)
    assert dialog.result() == dialog.DialogCode.Accepted
    work.changed()
    wait_ops(qtbot, window.ops)
    assert work.concern_banner.isVisibleTo(work)
    assert "1 safeguarding concern" in work.concern_banner.text()
    model = work.concerns.model
    assert model.rowCount() == 1 and model.unreported() == 1
    assert model.data(model.index(0, 2)) == "NOT YET REPORTED"

    concern = model.concern(0)
    pdf = tmp_path / "concern.pdf"
    write_concern_pdf(concern, pdf, "Edith Harris")
    assert pdf.read_bytes().startswith(b"%PDF")

    reported = ReportedDialog(work, work.book, window.ops, concern)
    assert_accessible(reported, "mark reported")
    reported.save()  # nobody named: refused, nothing changed
    wait_ops(qtbot, window.ops)
    assert reported.error.isVisibleTo(reported) and "reported to" in reported.error.text()
    reported.to.setText("Priya (safeguarding lead)")
    reported.save()
    wait_ops(qtbot, window.ops)
    work.changed()
    wait_ops(qtbot, window.ops)
    assert model.unreported() == 0
    assert not work.concern_banner.isVisibleTo(work)
    assert model.data(model.index(0, 2)).startswith("to Priya")


def test_a_concern_needs_what_was_seen_or_said(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    unlock(qtbot, window, profiles.passphrase)
    work = window.work
    assert work is not None
    work.book.matches.add("M-0042", "Edith Harris")
    work.changed()
    wait_ops(qtbot, window.ops)
    dialog = work.concerns.dialog()
    dialog.match.setCurrentIndex(dialog.match.findData("M-0042"))
    dialog.save()
    wait_ops(qtbot, window.ops)
    assert dialog.errors is not None and dialog.errors.current is dialog.said
    assert dialog.errors.message() == "Seen or said must not be empty"
    assert work.book.concerns.list() == []
