"""The funder report as a PDF: drawn by Qt, read back with poppler (pdftotext, pdftoppm).

    .venv/bin/python -m tests.ui.test_report_pdf

renders the sample report into docs/screenshots/report.pdf and report.png.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from logbook.coordinator.report import Report, build_report
from tests.coordinator.report_data import fill_sample, sqlite_db
from tests.coordinator.test_report import COORD, coord_cli  # noqa: F401 - the fixture
from tests.core.test_cli import Cli, cli  # noqa: F401 - the fixture
from ui.report_pdf import BAR, write_report_pdf

AFTER = date(2026, 11, 27)
DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def poppler(tool: str, *args: str) -> str:
    """Run a poppler tool; its text with ligatures (ﬁ) unfolded into plain letters."""
    if shutil.which(tool) is None:
        pytest.fail(f"{tool} is missing: install Debian's poppler-utils to check PDFs")
    done = subprocess.run([tool, *args], capture_output=True, text=True, check=True)
    return unicodedata.normalize("NFKC", done.stdout)


def sample_report(folder: Path, period: str = "2026-Q3") -> tuple[Report, list[str]]:
    with sqlite_db(folder) as db:
        with db.session() as s:
            codes = fill_sample(s)
        return build_report(db, period, organisation="Hilltop Befriending", today=AFTER), codes


def render_page(pdf: Path, page: int, out_stem: Path, dpi: int = 60) -> QImage:
    poppler(
        "pdftoppm",
        "-r",
        str(dpi),
        "-png",
        "-f",
        str(page),
        "-l",
        str(page),
        "-singlefile",
        str(pdf),
        str(out_stem),
    )
    return QImage(str(out_stem.with_suffix(".png")))


def bar_pixels(image: QImage) -> int:
    found = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = QColor(image.pixel(x, y))
            if (
                abs(c.red() - BAR.red()) + abs(c.green() - BAR.green()) + abs(c.blue() - BAR.blue())
                < 30
            ):
                found += 1
    return found


@pytest.mark.usefixtures("qapp")
def test_the_pdf_reads_as_a_report(tmp_path: Path) -> None:
    report, codes = sample_report(tmp_path)
    pdf = tmp_path / "report.pdf"
    write_report_pdf(report, pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    info = poppler("pdfinfo", str(pdf))
    assert "A4" in info and "Hilltop Befriending" in info
    text = " ".join(poppler("pdftotext", "-layout", str(pdf), "-").split())
    for words in (
        "Hilltop Befriending",
        "Report for funders: Q3 2026 (July to September)",
        "How figures are protected",
        "Counts from 1 to 7 are not shown",
        "rounded to the nearest 5",
        "Contacts per month",
        "Hours of contact per month",
        "Contacts by month and how they happened",
        "Active matches by month and kind of contact",
        "Safeguarding concerns raised, by month",
        "Outcome measures: first and latest scores",
        "month of its Thursday",
        "Page 1 of",
    ):
        assert words in text, words
    assert f"Total {report.contacts.text(report.contacts.column_totals[0])}" in text
    for code in codes:
        assert code not in text
    image = render_page(pdf, 1, tmp_path / "page1")
    assert (image.width(), image.height()) == (496, 702)  # A4 at 60 dpi
    assert bar_pixels(image) > 500  # the charts were drawn


@pytest.mark.usefixtures("qapp")
def test_an_empty_month_still_makes_a_tidy_pdf(tmp_path: Path) -> None:
    with sqlite_db(tmp_path) as db:
        report = build_report(db, "2026-10", today=AFTER)
    pdf = tmp_path / "empty.pdf"
    write_report_pdf(report, pdf)
    text = " ".join(poppler("pdftotext", str(pdf), "-").split())
    assert "No summaries cover this period yet." in text
    assert "No outcome measures were recorded" in text


@pytest.mark.usefixtures("qapp")
def test_the_app_launcher_gives_the_command_its_pdf_writer(
    coord_cli: Cli,  # noqa: F811
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ui import launcher

    monkeypatch.setenv("LOGBOOK_DATA_DIR", str(coord_cli.profiles.data_dir))
    monkeypatch.setenv("LOGBOOK_PASSPHRASE", coord_cli.profiles.passphrase)
    out = tmp_path / "october.pdf"
    argv = [*COORD, "coordinator", "report", "--period", "2026-10", "--out", str(out)]
    assert launcher.main(argv) == 0
    assert out.read_bytes().startswith(b"%PDF")
    assert "October 2026" in poppler("pdftotext", str(out), "-")


def main() -> int:
    """Render the sample report into docs/screenshots/ (report.pdf, report.png)."""
    import tempfile

    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(["screenshots", "-platform", "offscreen"])  # noqa: F841 - kept alive
    with tempfile.TemporaryDirectory() as tmp:
        report, _ = sample_report(Path(tmp))
        write_report_pdf(report, DOCS / "report.pdf")
        render_page(DOCS / "report.pdf", 1, Path(tmp) / "page", dpi=110)
        shutil.copyfile(Path(tmp) / "page.png", DOCS / "report.png")
    print(f"Wrote {DOCS / 'report.pdf'} and {DOCS / 'report.png'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
