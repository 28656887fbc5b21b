"""The summary preview's model on its own, no qtbot: what each cell says."""

from __future__ import annotations

from PySide6.QtCore import Qt

from logbook.records.measures import Instrument
from logbook.summary.schema import Mean, MeasureResult
from logbook.summary.table import OWN_ROW, SummaryRow
from ui.models.summary import (
    COL_CONCERNS,
    COL_CONTACTS,
    COL_FOLLOW_UPS,
    COL_MATCH,
    COL_MEASURES,
    COL_MINUTES,
    COL_SEEMED,
    COL_TAGS,
    COL_WEEK,
    COL_WELLBEING,
    ROW_ROLE,
    SummaryModel,
    week_days,
)

DISPLAY = Qt.ItemDataRole.DisplayRole

VISITS = SummaryRow(
    week="2026-W09",
    match_code="M-0042",
    contacts=(("visit", "in_person", 2), ("conversation", "phone", 1)),
    minutes=135,
    tags=(("Walk", 2), ("Health", 1)),
    seemed=Mean(mean=4.5, count=2),
    measures=(MeasureResult(instrument=Instrument.UCLA3, total=7),),
    concerns=(2, 1),
    follow_ups=1,
)


def model_with(*rows: SummaryRow) -> SummaryModel:
    model = SummaryModel()
    model.set_rows(list(rows))
    return model


def cell(model: SummaryModel, row: int, column: int, role: int = DISPLAY) -> object:
    value = model.data(model.index(row, column), role)
    # Items of a list are held together with no-break spaces, so wrapping falls between them.
    return value.replace("\u00a0", " ") if isinstance(value, str) else value


def test_a_match_week_is_worded_for_people() -> None:
    model = model_with(VISITS)
    assert model.rowCount() == 1 and model.columnCount() == 10
    assert cell(model, 0, COL_WEEK) == "week of 23 Feb 2026"  # never "2026-W09"
    assert cell(model, 0, COL_MATCH) == "M-0042"
    assert cell(model, 0, COL_CONTACTS) == "2 visits in person, 1 phone call"
    assert cell(model, 0, COL_MINUTES) == "135 min"
    assert cell(model, 0, COL_TAGS) == "Walk (2), Health (1)"
    assert cell(model, 0, COL_SEEMED) == "4.5 of 5 (n=2)"
    assert cell(model, 0, COL_MEASURES) == "UCLA-3 7"
    assert "UCLA 3-item scale): 7" in str(cell(model, 0, COL_MEASURES, Qt.ItemDataRole.ToolTipRole))
    assert cell(model, 0, COL_CONCERNS) == "2 raised, 1 reported"
    assert cell(model, 0, COL_FOLLOW_UPS) == "1"
    assert cell(model, 0, COL_WELLBEING) == ""
    assert model.data(model.index(0, COL_CONTACTS), Qt.ItemDataRole.AccessibleTextRole) == (
        "2 visits in person, 1 phone call"
    )
    assert model.data(model.index(0, COL_TAGS), DISPLAY) == "Walk\u00a0(2), Health\u00a0(1)"
    assert cell(model, 0, COL_WEEK, ROW_ROLE) is VISITS
    assert cell(model, 0, COL_MINUTES, Qt.ItemDataRole.TextAlignmentRole) is not None


def test_every_kind_and_mode_has_its_own_words() -> None:
    model = SummaryModel()
    for kind in ("visit", "conversation"):
        for mode in ("in_person", "phone", "video", "message", "group"):
            one, many = model.contact_text(kind, mode, 1), model.contact_text(kind, mode, 3)
            assert one.startswith("1 ") and many.startswith("3 ") and "_" not in one + many
    assert model.contact_text("visit", "video", 1) == "1 video visit"
    assert model.contact_text("conversation", "message", 2) == "2 conversations by messages"
    assert model.contact_text("visit", "hologram", 2) == "2 visit hologram"  # newer, not lost


def test_own_wellbeing_and_withdrawn_weeks() -> None:
    own = SummaryRow(week="2026-W09", match_code=OWN_ROW, wellbeing=Mean(mean=3.67, count=3))
    withdrawn = SummaryRow(week="2026-W10", match_code=OWN_ROW, removed=True)
    model = model_with(VISITS, own, withdrawn)
    assert cell(model, 1, COL_MATCH) == "(you)"
    assert cell(model, 1, COL_WELLBEING) == "3.67 of 5 (n=3)"
    assert "chose to share" in str(cell(model, 1, COL_MATCH, Qt.ItemDataRole.ToolTipRole))
    assert cell(model, 2, COL_MATCH) == "(all)"
    assert cell(model, 2, COL_CONTACTS).startswith("Withdrawn")  # type: ignore[union-attr]
    assert cell(model, 2, COL_MINUTES) == ""
    assert cell(model, 2, COL_CONTACTS, Qt.ItemDataRole.FontRole).italic()  # type: ignore[union-attr]
    assert model.removed_rows() == [2]


def test_headers_and_week_tooltips() -> None:
    model = SummaryModel()
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(10)]
    assert headers[COL_WEEK] == "Week" and headers[COL_WELLBEING] == "Your wellbeing"
    assert all(headers)
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    model.set_rows([VISITS])
    tip = str(cell(model, 0, COL_WEEK, Qt.ItemDataRole.ToolTipRole))
    assert "23 Feb 2026" in tip and "1 Mar 2026" in tip and "never the day" in tip
    assert week_days("2026-W09") is not None and week_days("nonsense") is None


def test_set_rows_replaces_and_clears() -> None:
    model = model_with(VISITS, VISITS)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_rows([])
    assert model.rowCount() == 0 and resets == [True]
