"""Month-to-date figures are provisional and never for funders: every way out of the app (CSV,
XLSX and PDF writers, the CLI, the Reports tab's save) labels them so and passes them through
disclosure control; a weaker rule is refused; a whole report still needs the month ended."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from logbook.coordinator.database import CoordinatorDb
from logbook.coordinator.disclosure import DisclosureRule
from logbook.coordinator.report import (
    build_month_to_date,
    build_report,
    month_to_date,
    write_report,
)
from logbook.coordinator.service import Coordinator
from logbook.errors import Refused
from logbook.records.values import Mode
from logbook.summary.schema import MatchWeek
from logbook.vault.profiles import ProfileManager
from tests.conftest import PASSPHRASE
from tests.coordinator.report_data import add_device, add_week, contact, sqlite_db
from tests.coordinator.test_report import COORD, xlsx_sheets
from tests.core.test_cli import Cli, cli  # noqa: F401 - the fixture
from tests.ui.test_report_pdf import poppler
from ui.report_pdf import write_report_pdf
from ui.screens.coordinator_reports import save_report

LABEL = "NOT FOR FUNDERS"
# Two matches this month: 6 and 43 visits. Neither true count (nor their sum) may appear.
SMALL, OTHER = 6, 43


def fill_this_month(db: CoordinatorDb) -> None:
    week = month_to_date(date.today()).weeks[0]
    with db.session() as s:
        add_device(s, "D-AAAAAAAAAA", "V-01", ["M-0001", "M-0002"])
        for code, visits in (("M-0001", SMALL), ("M-0002", OTHER)):
            match = MatchWeek(match_code=code, contacts=[contact("visit", Mode.IN_PERSON, visits)],
                              minutes=60 * visits)  # fmt: skip
            add_week(s, "D-AAAAAAAAAA", week, match)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[CoordinatorDb]:
    with sqlite_db(tmp_path) as made:
        fill_this_month(made)
        yield made


def no_true_counts(cells: list[str]) -> None:
    assert str(SMALL) not in cells and str(OTHER) not in cells
    assert str(SMALL + OTHER) not in cells


def test_every_export_is_labelled_and_protected(
    qapp: QApplication, db: CoordinatorDb, tmp_path: Path
) -> None:
    report = build_month_to_date(db, organisation="Hilltop")
    assert report.provisional and LABEL in report.title
    assert report.contacts.cells[0][0] == 50  # 6 + 43 = 49 in person, shown rounded
    write_report(report, "csv", tmp_path / "mtd.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "mtd.csv").read_text("utf-8-sig"))))
    assert LABEL in rows[0][0]
    no_true_counts([cell for row in rows for cell in row])

    write_report(report, "xlsx", tmp_path / "mtd.xlsx")
    sheets = xlsx_sheets(tmp_path / "mtd.xlsx")
    cells = [text for sheet in sheets.values() for _, text, _ in sheet]
    assert any(LABEL in text for text in cells)
    no_true_counts(cells)

    write_report_pdf(report, tmp_path / "mtd.pdf")
    text = poppler("pdftotext", "-layout", str(tmp_path / "mtd.pdf"), "-")
    assert LABEL in text and "PROVISIONAL" in text
    no_true_counts(text.split())


def test_a_weaker_rule_is_refused_and_a_whole_report_still_waits_for_the_month(
    db: CoordinatorDb,
) -> None:
    for weaker in (DisclosureRule(suppress_up_to=0, round_to=1),
                   DisclosureRule(min_people_for_mean=2)):  # fmt: skip
        with pytest.raises(Refused, match="default disclosure control"):
            build_month_to_date(db, weaker)
    this_month = month_to_date(date.today()).label.removesuffix("-to-date")
    with pytest.raises(Refused, match="has not ended yet"):
        build_report(db, this_month)


def test_the_cli_and_the_reports_tab_save_label_it_too(
    qapp: QApplication,
    cli: Cli,  # noqa: F811
    tmp_path: Path,
) -> None:
    assert cli("profile", "create", "Coord", "--kind", "coordinator")[0] == 0
    assert cli(*COORD, "org", "init", "--name", "Hilltop", "--out", str(tmp_path / "o"))[0] == 0
    with ProfileManager(cli.profiles.data_dir).unlock("Coord", PASSPHRASE) as unlocked:
        with Coordinator(unlocked.store) as work:
            fill_this_month(work.db)
            saved = save_report(work, month_to_date(date.today()), "csv", tmp_path / "tab.csv")
    data = saved.path.read_text("utf-8-sig")
    assert LABEL in data
    no_true_counts([c for row in csv.reader(io.StringIO(data)) for c in row])
    for fmt in ("csv", "xlsx"):
        out = tmp_path / f"cli.{fmt}"
        code, said, err = cli(*COORD, "coordinator", "report", "--period", "month-to-date",
                              "--out", str(out))  # fmt: skip
        assert code == 0, err
        assert LABEL in said and out.is_file()
    rows = list(csv.reader(io.StringIO((tmp_path / "cli.csv").read_text("utf-8-sig"))))
    assert LABEL in rows[0][0]
    no_true_counts([cell for row in rows for cell in row])
    cells = [t for sheet in xlsx_sheets(tmp_path / "cli.xlsx").values() for _, t, _ in sheet]
    assert any(LABEL in t for t in cells)
    no_true_counts(cells)
    code, _, err = cli(*COORD, "coordinator", "report", "--period", "month-to-date",
                       "--format", "csv", "--suppress-up-to", "0", "--round-to", "1",
                       "--out", str(tmp_path / "raw.csv"))  # fmt: skip
    assert code == 1 and "default disclosure control" in err
    assert not (tmp_path / "raw.csv").exists()
