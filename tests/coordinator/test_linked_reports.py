"""A quarter's report read with its months' reports, as a funder who holds them all would:
the figures agree wherever they show the same month, and no hidden one can be narrowed down."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from logbook.coordinator.database import CoordinatorDb
from logbook.coordinator.disclosure import DisclosureRule, ProtectedTable
from logbook.coordinator.report import Report, build_report
from logbook.records.values import Mode
from logbook.summary.schema import ConcernCount, MatchWeek
from tests.coordinator.attacker import System, too_narrow
from tests.coordinator.report_data import add_device, add_week, contact, fill_sample, sqlite_db

AFTER = date(2026, 11, 27)
HALF_YEAR = {
    "2026-Q2": ("2026-04", "2026-05", "2026-06"),
    "2026-Q3": ("2026-07", "2026-08", "2026-09"),
}


def held(reports: list[Report]) -> list[tuple[str, ProtectedTable]]:
    return [(f"{r.period.label} {t.title}", t) for r in reports for t in r.tables]


@pytest.fixture
def sample(tmp_path: Path) -> Iterator[CoordinatorDb]:
    """The befriending scheme of the docs' sample report: 46 matches, January to November."""
    with sqlite_db(tmp_path) as db:
        with db.session() as s:
            fill_sample(s)
        yield db


@pytest.fixture
def small_scheme(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CoordinatorDb]:
    """The issue's small scheme: one concern-laden visit per match-week, 8 in April, 8 in May
    and a single one in June (in its first week)."""
    with sqlite_db(tmp_path_factory.mktemp("small")) as db:
        with db.session() as s:
            codes = [f"M-{n:04d}" for n in range(17)]
            add_device(s, "DEV1", "V-01", codes)
            weeks = ["2026-W15"] * 8 + ["2026-W20"] * 8 + ["2026-W24"]
            for code, week in zip(codes, weeks, strict=True):
                add_week(
                    s,
                    "DEV1",
                    week,
                    MatchWeek(
                        match_code=code,
                        contacts=[contact("visit", Mode.IN_PERSON, 1)],
                        minutes=60,
                        concerns=ConcernCount(raised=1, reported=1),
                    ),
                )
        yield db


def test_junes_hidden_concerns_are_not_the_quarter_less_april_and_may(
    small_scheme: CoordinatorDb,
) -> None:
    """The issue's attack: with April's and May's own reports, Q2's total of concerns raised
    (15: 13 to 17) less April's (10: at least 8) and May's (10: at least 8) left June with at
    most 1, when Q2 hid April's figure to protect June's."""
    quarter = build_report(small_scheme, "2026-Q2", today=AFTER)
    months = [build_report(small_scheme, m, today=AFTER) for m in HALF_YEAR["2026-Q2"]]
    june = months[2].concerns
    assert june.row_totals == (None,)  # one concern: hidden in June's own report
    system = System()
    for name, table in held([quarter, *months]):
        system.add_table(table, name)
    low, high = system.ranges()[("2026-06 " + june.title, 0, 2)]
    assert high is None or high - low >= june.hidden_width, (low, high)
    assert not too_narrow(held([quarter, *months]))


def half_year(db: CoordinatorDb, rule: DisclosureRule | None = None) -> list[Report]:
    return [
        build_report(db, period, rule, today=AFTER)
        for quarter, months in HALF_YEAR.items()
        for period in (quarter, *months)
    ]


def test_a_month_reads_the_same_in_every_report_that_shows_it(sample: CoordinatorDb) -> None:
    for quarter, months in HALF_YEAR.items():
        whole = build_report(sample, quarter, today=AFTER)
        for n, month in enumerate(months):
            alone = build_report(sample, month, today=AFTER)
            for big, small in zip(whole.tables, alone.tables, strict=True):
                assert small.row_labels == (big.row_labels[n],)
                assert small.cells == (big.cells[n],), (month, big.title)
                assert small.row_totals == (big.row_totals[n],), (month, big.title)
                assert small.column_totals == big.cells[n]  # its total row repeats the month
                assert small.grand_total == big.row_totals[n]


@pytest.mark.parametrize(
    "rule", [DisclosureRule(), DisclosureRule(suppress_up_to=10, round_to=10)], ids=str
)
def test_every_month_and_quarter_of_a_half_year_together_reveal_nothing(
    sample: CoordinatorDb, small_scheme: CoordinatorDb, rule: DisclosureRule
) -> None:
    for db in (sample, small_scheme):
        reports = half_year(db, rule)
        tables = held(reports)
        assert sum(len(t.hidden_entries) for _, t in tables) > 20  # there is something to find
        assert not too_narrow(tables)
