"""Outcome measures in the app: every question answered, consent recorded, scores charted."""

from __future__ import annotations

from datetime import date, timedelta

from pytestqt.qtbot import QtBot

from logbook.records.measures import Instrument
from tests.conftest import Profiles
from tests.ui.conftest import unlock, wait_ops
from tests.ui.test_accessibility import assert_accessible
from ui.main_window import MainWindow


def test_record_swemwbs_with_consent_and_chart_it(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    unlock(qtbot, window, profiles.passphrase)
    work = window.work
    assert work is not None
    book = work.book
    match = book.matches.add("M-0042", "Edith Harris", date.today() - timedelta(days=200))
    book.measures.add("M-0042", Instrument.SWEMWBS, [2] * 7, consent=True,
                      taken_on=date.today() - timedelta(days=90))  # fmt: skip
    dialog = work.matches.measures_dialog(match)
    wait_ops(qtbot, window.ops)
    assert_accessible(dialog, "measures")
    assert dialog.model.rowCount() == 1

    form = dialog.form(Instrument.SWEMWBS)
    assert_accessible(form, "SWEMWBS form")
    assert len(form.items) == 7
    assert not form.buttons.button(form.buttons.StandardButton.Save).isEnabled()
    for combo in form.items:
        combo.setCurrentIndex(combo.findData(4))
    assert form.result_label.text() == "Score: 25.03 (raw 28 of 35)"  # seven answers of 4
    form.consent.setChecked(True)
    form.save()
    wait_ops(qtbot, window.ops)
    dialog.reload()
    wait_ops(qtbot, window.ops)
    assert dialog.model.rowCount() == 2
    measures = book.measures.list("M-0042")
    assert [(m.score.total, m.consent) for m in measures] == [(14, True), (28, True)]
    ((name, points),) = dialog.chart.series
    assert name == "Mental wellbeing (SWEMWBS)"
    assert [v for _, v in sorted(points)] == [15.32, 25.03]  # metric scores of raw 14 and 28
    assert "25.03" in dialog.chart.accessibleDescription()


def test_ucla_without_consent_is_kept_but_marked_not_shared(
    qtbot: QtBot, window: MainWindow, profiles: Profiles
) -> None:
    unlock(qtbot, window, profiles.passphrase)
    work = window.work
    assert work is not None
    match = work.book.matches.add("M-0042", "Edith Harris")
    dialog = work.matches.measures_dialog(match)
    form = dialog.form(Instrument.UCLA3)
    for combo, value in zip(form.items, (3, 2, 3), strict=True):
        combo.setCurrentIndex(combo.findData(value))
    assert "8 of 9" in form.result_label.text()
    form.save()
    wait_ops(qtbot, window.ops)
    (measure,) = work.book.measures.list("M-0042")
    assert measure.consent is False and measure.score.total == 8
