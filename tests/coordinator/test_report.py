"""Funder reports: periods, figures from imported data, disclosure on real tables, CSV and XLSX
read back, nothing that identifies anyone, and the command's plain errors."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest

from logbook.coordinator.disclosure import DisclosureRule, feasible_ranges
from logbook.coordinator.periods import month_of_week, parse_period
from logbook.coordinator.report import Report, build_report, report_csv, write_report
from logbook.coordinator.schema import Assignment
from logbook.coordinator.service import Coordinator
from logbook.errors import InvalidValue, Refused
from logbook.records.measures import Instrument
from logbook.records.values import Mode
from logbook.summary.schema import ConcernCount, MatchWeek, MeasureResult
from logbook.vault.profiles import ProfileManager
from tests.conftest import PASSPHRASE
from tests.coordinator.attacker import attack
from tests.coordinator.conftest import Volunteer, week
from tests.coordinator.report_data import NOW, add_device, add_week, contact, fill_sample, sqlite_db
from tests.core.test_cli import Cli, cli  # noqa: F401 - the fixture

AFTER = date(2026, 11, 27)  # a day when October and Q3 2026 have ended
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


@pytest.fixture
def sample(tmp_path: Path):  # type: ignore[no-untyped-def]
    with sqlite_db(tmp_path) as db:
        with db.session() as s:
            codes = fill_sample(s)
        yield db, codes


def all_text(report: Report, tmp_path: Path) -> str:
    """Every word the CSV and the XLSX hold (the XLSX's XML, strings and properties)."""
    write_report(report, "csv", tmp_path / "r.csv")
    write_report(report, "xlsx", tmp_path / "r.xlsx")
    text = (tmp_path / "r.csv").read_text("utf-8-sig")
    with zipfile.ZipFile(tmp_path / "r.xlsx") as z:
        text += "".join(z.read(name).decode() for name in z.namelist())
    return text


# --- periods --------------------------------------------------------------------------------


def test_a_week_belongs_to_the_month_of_its_thursday() -> None:
    assert month_of_week("2026-W40").label == "2026-10"  # Mon 28 Sep - Sun 4 Oct
    assert month_of_week("2026-W44").label == "2026-10"  # Thursday 29 October
    assert month_of_week("2026-W45").label == "2026-11"
    assert month_of_week("2026-W53").label == "2026-12"  # Thursday 31 December
    assert month_of_week("2027-W01").label == "2027-01"
    october = parse_period("2026-10")
    assert october.weeks == ("2026-W40", "2026-W41", "2026-W42", "2026-W43", "2026-W44")
    assert (october.starts_on, october.ends_on) == (date(2026, 9, 28), date(2026, 11, 1))
    q3 = parse_period("2026-q3")
    assert q3.label == "2026-Q3" and len(q3.weeks) == 13
    assert [m.label for m in q3.months] == ["2026-07", "2026-08", "2026-09"]
    assert q3.title == "Q3 2026 (July to September)"
    every = [w for m in range(1, 13) for w in parse_period(f"2026-{m:02d}").weeks]
    assert len(every) == len(set(every)) == 53  # every week of 2026 in exactly one month


@pytest.mark.parametrize(
    "bad",
    ["2026-13", "2026-00", "2026-Q5", "Q3-2026", "26-10", "", "1999-01", "２０２６-10", "2026-١٠"],
)
def test_a_bad_period_is_a_plain_error(bad: str) -> None:
    with pytest.raises(InvalidValue) as caught:
        parse_period(bad)
    assert caught.value.field == "--period"


def test_a_period_is_reported_only_once_it_has_ended(sample) -> None:  # type: ignore[no-untyped-def]
    db, _ = sample
    with pytest.raises(Refused, match="has not ended yet"):
        build_report(db, "2026-10", today=date(2026, 11, 1))  # its last week ends that Sunday
    assert build_report(db, "2026-10", today=date(2026, 11, 2)).period.label == "2026-10"


# --- figures --------------------------------------------------------------------------------


def test_a_report_from_imported_bundles(
    work: Coordinator, approved: Volunteer, tmp_path: Path
) -> None:
    codes = [f"M-{n:04d}" for n in range(1, 11)]
    for code in codes[1:]:
        work.devices.assign(code, "V-01")
    weeks = [week(f"2026-W{n}", *codes) for n in (39, 40, 42, 43, 44, 45)]
    weeks.insert(2, week("2026-W41", *codes, "M-0999", minutes=90))  # M-0999 is not V-01's
    result = work.importer.import_bytes(approved.bundle(weeks, sequence=2))
    assert result.status == "imported" and result.flagged == ("M-0999",)

    report = build_report(work.db, "2026-10", organisation="Hilltop", today=AFTER)
    assert report.left_out == 1
    assert report.contacts.cells == ((50, 0, 0, 0, 0),)  # 10 matches, 5 weeks, in person
    assert report.active.cells == ((10, 0, 0),) and report.active.row_totals == (10,)
    # 4 weeks of 60 minutes and one of 90, for 10 matches: 55 hours, shown exactly.
    assert report.hours.text(report.hours.grand_total) == "55"  # rounded to 5 hours
    assert report.concerns.grand_total == 0
    text = all_text(report, tmp_path)
    for secret in [*codes, "M-0999", "V-01", approved.id]:
        assert secret not in text

    work.devices.assign("M-0999", "V-01")  # the coordinator sorts it out: now it counts
    report = build_report(work.db, "2026-10", today=AFTER)
    assert report.left_out == 0 and report.contacts.row_totals == (50,)  # 51, rounded


def test_flagged_weeks_count_once_the_code_is_the_volunteers(tmp_path: Path) -> None:
    with sqlite_db(tmp_path) as db:
        with db.session() as s:
            add_device(s, "DEV1", "V-01", [f"M-{n:04d}" for n in range(10)])
            for n in range(12):
                code = f"M-{n:04d}"
                add_week(
                    s,
                    "DEV1",
                    "2026-W41",
                    MatchWeek(match_code=code, contacts=[contact("visit", Mode.IN_PERSON, 1)]),
                    flagged=n >= 10,
                )
        report = build_report(db, "2026-10", today=AFTER)
        assert report.left_out == 2 and report.active.row_totals == (10,)
        with db.session() as s:
            s.add(Assignment(match_code="M-0010", volunteer="V-01", assigned_at=NOW))
            s.add(Assignment(match_code="M-0011", volunteer="V-02", assigned_at=NOW))
        report = build_report(db, "2026-10", today=AFTER)
        assert report.left_out == 1 and report.active.row_totals == (10,)  # 11 rounds to 10


def test_outcome_change_from_first_to_latest_needs_ten_matches(tmp_path: Path) -> None:
    def ucla(total: int) -> MeasureResult:
        return MeasureResult(instrument=Instrument.UCLA3, total=total)

    def anxiety(score: int) -> MeasureResult:
        return MeasureResult(
            instrument=Instrument.ONS4,
            subscales={"life_satisfaction": 6, "worthwhile": 6, "happiness": 6, "anxiety": score},
        )

    with sqlite_db(tmp_path) as db:
        with db.session() as s:
            codes = [f"M-{n:04d}" for n in range(11)]
            add_device(s, "DEV1", "V-01", codes)
            for n, code in enumerate(codes):
                visits = [contact("visit", Mode.IN_PERSON, 1)]
                first = [ucla(8)] + ([anxiety(7)] if n < 9 else [])
                later = [ucla(5)] + ([anxiety(4)] if n < 9 else [])
                add_week(
                    s,
                    "DEV1",
                    "2026-W20",
                    MatchWeek(match_code=code, contacts=visits, measures=first),
                )
                if n < 10:  # the eleventh was measured once only: no change to count
                    add_week(
                        s,
                        "DEV1",
                        "2026-W41",
                        MatchWeek(match_code=code, contacts=visits, measures=later),
                    )
                # After the period's end: not part of an October report.
                add_week(
                    s,
                    "DEV1",
                    "2026-W46",
                    MatchWeek(match_code=code, contacts=visits, measures=[ucla(3)]),
                )
        lines = {
            line.label: line for line in build_report(db, "2026-10", today=AFTER).measures.lines
        }
    loneliness = lines["UCLA-3 loneliness (3–9)"]
    assert (loneliness.matches, loneliness.first, loneliness.latest, loneliness.change) == (
        10,
        8.0,
        5.0,
        -3.0,
    )
    assert not loneliness.higher_is_better
    anxious = lines["ONS4 anxiety yesterday (0–10)"]
    assert anxious.matches == 10  # 9 matches, rounded: a count, shown
    assert (anxious.first, anxious.latest, anxious.change) == (None, None, None)  # under 10
    assert "ONS4 life satisfaction (0–10)" in lines and "SWEMWBS" not in " ".join(lines)


def test_concerns_and_the_share_reported(tmp_path: Path) -> None:
    with sqlite_db(tmp_path) as db:
        with db.session() as s:
            codes = [f"M-{n:04d}" for n in range(20)]
            add_device(s, "DEV1", "V-01", codes)
            for n, code in enumerate(codes):
                add_week(
                    s,
                    "DEV1",
                    "2026-W41",
                    MatchWeek(
                        match_code=code,
                        contacts=[contact("visit", Mode.IN_PERSON, 1)],
                        concerns=ConcernCount(raised=1, reported=int(n < 12)),
                    ),
                )
        table = build_report(db, "2026-10", today=AFTER).concerns
    assert table.cells == ((10, 10),) and table.row_totals == (20,)  # 12 and 8: rounded
    assert table.rate is not None and table.rate.rows == (50,)  # 10 of 20, not 12 of 20


def test_weeks_without_minutes_are_said_to_be_left_out_of_hours(tmp_path: Path) -> None:
    with sqlite_db(tmp_path) as db:
        with db.session() as s:
            add_device(s, "DEV1", "V-01", ["M-0001"])
            add_week(
                s,
                "DEV1",
                "2026-W41",
                MatchWeek(match_code="M-0001", contacts=[contact("visit", Mode.IN_PERSON, 1)]),
            )
        report = build_report(db, "2026-10", today=AFTER)
    assert report.hours.grand_total == 0
    assert any("minutes were not shared" in note for note in report.hours.notes)


def test_no_hidden_figure_of_a_real_report_can_be_worked_out(sample) -> None:  # type: ignore[no-untyped-def]
    db, _ = sample
    for period in ("2026-Q1", "2026-Q2", "2026-Q3", "2026-06", "2026-10"):
        for rule in (DisclosureRule(), DisclosureRule(suppress_up_to=10, round_to=10)):
            report = build_report(db, period, rule, today=AFTER)
            for table in report.tables:
                found = feasible_ranges(table)
                assert set(found) == set(table.hidden_entries)
                for low, high in found.values():
                    assert high is None or high - low >= table.hidden_width, table.title
                u = table.unit  # the independent solver (in units) agrees
                assert attack(table) == {
                    e: (lo // u, None if hi is None else hi // u) for e, (lo, hi) in found.items()
                }


# --- files ----------------------------------------------------------------------------------


def csv_tables(data: bytes) -> dict[str, list[list[str]]]:
    """Each table's rows under its title (the rows after a blank line and a title)."""
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    found: dict[str, list[list[str]]] = {}
    for n, row in enumerate(rows):
        if n and not rows[n - 1] and row:
            body = []
            for line in rows[n + 1 :]:
                if not line:
                    break
                body.append(line)
            found[row[0]] = body
    return found


def test_csv_holds_every_table_with_totals_and_the_rule(sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, codes = sample
    report = build_report(db, "2026-Q3", organisation="Hilltop Befriending", today=AFTER)
    path = tmp_path / "q3.csv"
    write_report(report, "csv", path)
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data == report_csv(report)
    tables = csv_tables(data)
    contacts = tables["Contacts by month and how they happened"]
    assert contacts[0] == ["Month", "In person", "Phone", "Video", "Message", "Group", "Total"]
    assert [r[0] for r in contacts[1:5]] == ["July 2026", "August 2026", "September 2026", "Total"]
    assert contacts[4][-1] == str(report.contacts.grand_total)
    hidden = sum(r.count("*") for r in contacts[1:5])
    assert hidden == len(report.contacts.hidden_entries)
    hours = tables["Hours of contact by month and kind"]
    assert hours[4][-1] == report.hours.text(report.hours.grand_total).replace(",", "")
    assert "Outcome measures: first and latest scores" in tables
    text = data.decode("utf-8-sig")
    assert "Counts from 1 to 7 are not shown" in text and "nearest 5" in text
    assert "month of its Thursday" in text
    for code in codes:
        assert code not in text
    assert not (tmp_path / "q3.csv.tmp").exists() and len(list(tmp_path.iterdir())) == 2


def xlsx_sheets(path: Path) -> dict[str, list[tuple[str, str, bool]]]:
    """Sheet name → its cells as (reference, text, bold), read from the XML itself."""
    with zipfile.ZipFile(path) as z:
        strings = [
            "".join(t.text or "" for t in si.iter(f"{MAIN}t"))
            for si in ElementTree.fromstring(z.read("xl/sharedStrings.xml"))  # noqa: S314
        ]
        styles = ElementTree.fromstring(z.read("xl/styles.xml"))  # noqa: S314
        fonts = [f.find(f"{MAIN}b") is not None for f in styles.find(f"{MAIN}fonts") or []]
        xfs = [fonts[int(x.get("fontId", "0"))] for x in styles.find(f"{MAIN}cellXfs") or []]
        book = ElementTree.fromstring(z.read("xl/workbook.xml"))  # noqa: S314
        names = [sheet.get("name", "") for sheet in book.iter(f"{MAIN}sheet")]
        found = {}
        for n, name in enumerate(names, start=1):
            sheet = ElementTree.fromstring(z.read(f"xl/worksheets/sheet{n}.xml"))  # noqa: S314
            cells = []
            for c in sheet.iter(f"{MAIN}c"):
                value = c.findtext(f"{MAIN}v") or ""
                text = strings[int(value)] if c.get("t") == "s" else value
                cells.append((c.get("r", ""), text, xfs[int(c.get("s", "0"))]))
            found[name] = cells
    return found


def test_xlsx_has_a_sheet_per_table_and_bold_totals(sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, codes = sample
    report = build_report(db, "2026-Q3", organisation="Hilltop Befriending", today=AFTER)
    path = tmp_path / "q3.xlsx"
    write_report(report, "xlsx", path)
    sheets = xlsx_sheets(path)
    assert list(sheets) == ["About", "Contacts", "Hours", "Active matches", "Concerns", "Outcomes"]
    contacts = {ref: (text, bold) for ref, text, bold in sheets["Contacts"]}
    assert contacts["A3"] == ("Month", True)
    assert contacts["A4"] == ("July 2026", False)
    assert contacts["A7"] == ("Total", True)
    assert contacts["G7"] == (str(report.contacts.grand_total), True)  # the grand total
    assert contacts["G4"][1] and contacts["B7"][1]  # row totals and column totals in bold
    assert not contacts["B4"][1]
    about = " ".join(text for _, text, _ in sheets["About"])
    assert "Counts from 1 to 7 are not shown" in about
    with zipfile.ZipFile(path) as z:
        everything = "".join(z.read(name).decode() for name in z.namelist())
    for code in codes:
        assert code not in everything


def test_a_report_never_names_a_match_a_volunteer_or_a_device(sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, codes = sample
    assert any(c.startswith("M-") for c in codes) and any(c.startswith("V-") for c in codes)
    for period in ("2026-Q2", "2026-10"):
        text = all_text(build_report(db, period, today=AFTER), tmp_path)
        assert "M-0" not in text and "V-0" not in text and "D00" not in text


def test_write_report_refuses_other_formats_and_missing_folders(sample, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    db, _ = sample
    report = build_report(db, "2026-10", today=AFTER)
    with pytest.raises(InvalidValue, match="desktop app"):
        write_report(report, "pdf", tmp_path / "r.pdf")
    with pytest.raises(Refused, match="Cannot write the report"):
        write_report(report, "csv", tmp_path / "missing" / "r.csv")


# --- the command ----------------------------------------------------------------------------

COORD = ("--profile", "Coord")


@pytest.fixture
def coord_cli(cli: Cli, tmp_path: Path) -> Cli:  # noqa: F811
    assert cli("profile", "create", "Coord", "--kind", "coordinator")[0] == 0
    assert cli(*COORD, "org", "init", "--name", "Hilltop", "--out", str(tmp_path / "o"))[0] == 0
    with ProfileManager(cli.profiles.data_dir).unlock("Coord", PASSPHRASE) as unlocked:
        with Coordinator(unlocked.store) as work, work.db.session() as s:
            fill_sample(s)
    return cli


def test_the_report_command_writes_csv_xlsx_and_a_default_name(
    coord_cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, out, err = coord_cli(
        *COORD, "coordinator", "report", "--period", "2026-Q3", "--format", "csv"
    )
    assert code == 0, err
    assert (tmp_path / "funder-report-2026-Q3.csv").is_file() and "Q3 2026" in out
    data = (tmp_path / "funder-report-2026-Q3.csv").read_text("utf-8-sig")
    assert "Hilltop: report for funders" in data
    code, out, err = coord_cli(
        *COORD,
        "--json",
        "coordinator",
        "report",
        "--period",
        "2026-10",
        "--out",
        str(tmp_path / "oct.xlsx"),
        "--round-to",
        "10",
        "--suppress-up-to",
        "10",
        "--min-for-mean",
        "20",
    )
    assert code == 0, err
    result = json.loads(out)
    assert result["format"] == "xlsx" and result["path"].endswith("oct.xlsx")
    assert result["left_out"] == 0
    about = " ".join(t for _, t, _ in xlsx_sheets(tmp_path / "oct.xlsx")["About"])
    assert "Counts from 1 to 10" in about and "nearest 10" in about and "at least 20" in about


@pytest.mark.parametrize(
    ("args", "exit_code", "words"),
    [
        (("--period", "2026-13", "--format", "csv"), 1, "--period"),
        (("--period", "2099-01", "--format", "csv"), 1, "has not ended yet"),
        (("--period", "2026-10", "--format", "doc"), 2, "invalid choice"),
        (("--period", "2026-10"), 1, "--format"),
        (("--period", "2026-10", "--format", "csv", "--out", "x.xlsx"), 1, "--out"),
        (("--period", "2026-10", "--format", "csv", "--round-to", "0"), 1, "--round-to"),
        (("--period", "2026-10", "--format", "csv", "--round-to", "five"), 2, "not a whole number"),
        (("--period", "2026-10", "--format", "csv", "--suppress-up-to", "-1"), 1, "--suppress"),
        (("--period", "2026-10", "--format", "csv", "--min-for-mean", "1"), 1, "own score"),
        (("--period", "2026-10", "--format", "pdf"), 1, "desktop app"),
        (("--period", "2026-10", "--format", "csv", "--out", "/no/such/dir/r.csv"), 1, "no folder"),
        (("--format", "csv"), 2, "--period"),
    ],
)
def test_the_report_command_says_plainly_what_is_wrong(
    coord_cli: Cli,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: tuple[str, ...],
    exit_code: int,
    words: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = coord_cli(*COORD, "coordinator", "report", *args)
    assert code == exit_code and words in err, err
    assert "Traceback" not in err
    assert not list(tmp_path.glob("funder-report*")) and not (tmp_path / "x.xlsx").exists()


def test_a_volunteer_profile_cannot_make_a_report(cli: Cli) -> None:  # noqa: F811
    code, _, err = cli("coordinator", "report", "--period", "2026-10", "--format", "csv")
    assert code == 1 and "volunteer profile" in err
