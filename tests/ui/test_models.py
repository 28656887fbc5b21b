"""Models on their own, no qtbot: what each cell shows, paging, and the contact cue."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QModelIndex, Qt

from logbook.records.dto import EntryInfo, MatchInfo
from logbook.records.values import Kind, Mode
from ui.models.entries import (
    COL_DATE,
    COL_KIND,
    COL_MATCH,
    COL_MINUTES,
    COL_NOTES,
    ENTRY_ROLE,
    SORT_ROLE,
    SPANS_ROLE,
    EntriesModel,
    first_line,
)
from ui.models.matches import COL_LAST, COL_STATUS, MatchesModel

DISPLAY = Qt.ItemDataRole.DisplayRole


def entry(n: int, **kw: object) -> EntryInfo:
    base: dict[str, object] = dict(
        id=n, kind=Kind.VISIT, occurred_on=date(2026, 3, 1) - timedelta(days=n),
        match_code="M-0042", minutes=45, mode=Mode.IN_PERSON,
        notes=f"## Visit {n}\n\nWe **talked** about the garden.",
    )  # fmt: skip
    base.update(kw)
    return EntryInfo(**base)  # type: ignore[arg-type]


def test_cells_show_readable_values() -> None:
    model = EntriesModel()
    model.set_rows([entry(1, occurred_time=time(14, 5)), entry(2, kind=Kind.REFLECTION,
                    mode=None, minutes=None, match_code=None)], 2)  # fmt: skip
    cell = lambda r, c: model.data(model.index(r, c), DISPLAY)  # noqa: E731
    assert cell(0, COL_DATE) == "Sat 28 Feb 2026  14:05"
    assert cell(0, COL_KIND) == "Visit · In person"
    assert cell(0, COL_MATCH) == "M-0042"
    assert cell(0, COL_MINUTES) == "45"
    assert cell(0, COL_NOTES) == "## Visit 1"  # the raw text, as typed
    assert (cell(1, COL_KIND), cell(1, COL_MATCH), cell(1, COL_MINUTES)) == ("Reflection", "", "")
    assert model.data(model.index(0, 0), ENTRY_ROLE).id == 1


def test_match_names_replace_codes_once_handed_in() -> None:
    model = EntriesModel()
    model.set_rows([entry(1)], 1)
    model.set_match_names({"M-0042": "Edith Harris"})
    assert model.data(model.index(0, COL_MATCH), DISPLAY) == "Edith Harris"
    assert model.data(model.index(0, COL_MATCH), Qt.ItemDataRole.ToolTipRole) == "M-0042"


def test_paging_asks_once_for_more_until_all_are_loaded() -> None:
    model = EntriesModel()
    asked: list[bool] = []
    model.more_wanted.connect(lambda: asked.append(True))
    model.set_rows([entry(n) for n in range(200)], 450)
    root = QModelIndex()
    assert model.canFetchMore(root)
    model.fetchMore(root)
    model.fetchMore(root)  # the view may ask twice before the page arrives
    assert asked == [True]
    model.append_rows([entry(n) for n in range(200, 400)])
    model.fetchMore(root)
    assert len(asked) == 2
    model.append_rows([entry(n) for n in range(400, 450)])
    assert model.rowCount() == 450 and not model.canFetchMore(root)


def test_search_snippets_and_spans_replace_the_preview() -> None:
    model = EntriesModel()
    model.set_rows([entry(1)], 1, {1: ("…about the garden.", ((10, 16),))})
    index = model.index(0, COL_NOTES)
    assert model.data(index, DISPLAY) == "…about the garden."
    assert model.data(index, SPANS_ROLE) == ((10, 16),)


def test_sort_role_orders_by_date_then_time() -> None:
    model = EntriesModel()
    model.set_rows([entry(1, occurred_time=time(9)), entry(1, id=5, occurred_time=time(17))], 2)
    keys = [model.data(model.index(r, COL_DATE), SORT_ROLE) for r in range(2)]
    assert keys[0] < keys[1]


def test_first_line_is_the_first_line_with_text_as_typed() -> None:
    assert first_line("\n\n# Title\nbody") == "# Title"
    assert first_line("- her **granddaughter** came\nmore") == "- her **granddaughter** came"
    assert first_line("") == ""


def match(code: str, started: int, last: int | None, **kw: object) -> MatchInfo:
    today = date.today()
    return MatchInfo(
        code=code, display_name=f"Person {code}", start_date=today - timedelta(days=started),
        end_date=kw.pop("end", None),  # type: ignore[arg-type]
        last_contact=None if last is None else today - timedelta(days=last), **kw,  # type: ignore[arg-type]
    )  # fmt: skip


def test_contact_cue_after_the_reminder_period() -> None:
    model = MatchesModel(reminder_days=14)
    model.set_rows([
        match("M-1", 100, 3), match("M-2", 100, 20), match("M-3", 30, None),
        match("M-4", 5, None), match("M-5", 100, 60, end=date.today()),
        match("M-6", 100, 1, unreported_concerns=1),
    ])  # fmt: skip
    status = [model.data(model.index(r, COL_STATUS), DISPLAY) for r in range(6)]
    assert status[0] == "Active"
    assert status[1] == "No contact for 20 days"
    assert status[2] == "No contact yet"
    assert status[3] == "Active"  # only five days since the match began
    assert status[4].startswith("Ended")
    assert status[5] == "Concern not yet reported"
    assert model.data(model.index(2, COL_LAST), DISPLAY) == "—"
    assert model.data(model.index(1, COL_STATUS), Qt.ItemDataRole.ForegroundRole) is not None
    assert model.data(model.index(0, COL_STATUS), Qt.ItemDataRole.ForegroundRole) is None


def test_matches_past_the_keeping_period_are_marked_for_review() -> None:
    model = MatchesModel(retention_months=24)
    today = date.today()
    model.set_rows([
        match("M-1", 2000, 900, end=today - timedelta(days=800)),
        match("M-2", 2000, 100, end=today - timedelta(days=100)),
        match("M-3", 100, 3),
    ])  # fmt: skip
    assert model.past_retention_count() == 1
    assert "can be erased" in model.data(model.index(0, COL_STATUS), DISPLAY)
    assert "can be erased" not in model.data(model.index(1, COL_STATUS), DISPLAY)


def test_the_keeping_period_counts_calendar_months_not_thirty_days() -> None:
    model = MatchesModel(retention_months=24)
    today = date.today()
    model.set_rows([
        match("M-1", 2000, 900, end=today - timedelta(days=725)),  # 24 months are 730+ days
        match("M-2", 2000, 900, end=today - timedelta(days=740)),
    ])  # fmt: skip
    assert "can be erased" not in model.data(model.index(0, COL_STATUS), DISPLAY)
    assert "can be erased" in model.data(model.index(1, COL_STATUS), DISPLAY)
    assert model.past_retention_count() == 1
