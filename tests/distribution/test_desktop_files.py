"""The desktop integration files: one reverse-DNS id, valid metainfo and desktop entry, and a
MIME package that tells enrolment files and backups apart by name and by content."""

from __future__ import annotations

import configparser
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from logbook.backup.archive import create_backup
from logbook.vault.profiles import UnlockedProfile
from tests.organisation import Org
from tests.tools import tool_or_skip
from ui.resources import DESKTOP_ID

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"
DESKTOP = RESOURCES / f"{DESKTOP_ID}.desktop"
METAINFO = RESOURCES / f"{DESKTOP_ID}.metainfo.xml"
MIME = RESOURCES / "mime" / "volunteer-logbook.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
ENROLMENT_TYPE = "application/vnd.volunteerlogbook.enrolment+json"
BACKUP_TYPE = "application/vnd.volunteerlogbook.backup"


def xml_root(path: Path) -> ET.Element:
    return ET.parse(path).getroot()  # noqa: S314 - the repository's own files, not input


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP)
    return parser["Desktop Entry"]


def test_one_id_names_the_desktop_entry_the_metainfo_and_the_window() -> None:
    assert DESKTOP_ID == "org.volunteerlogbook.VolunteerLogbook"
    root = xml_root(METAINFO)
    assert root.findtext("id") == DESKTOP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert desktop_entry()["Icon"] == DESKTOP_ID


def test_the_desktop_entry_opens_both_file_types_with_the_app() -> None:
    entry = desktop_entry()
    assert entry["Exec"] == "volunteer-logbook %f"
    listed = {t for t in entry["MimeType"].split(";") if t}
    declared = {t.get("type") for t in xml_root(MIME).iter(f"{MIME_NS}mime-type")}
    provided = {m.text for m in xml_root(METAINFO).iter("mediatype")}
    assert listed == declared == provided == {ENROLMENT_TYPE, BACKUP_TYPE}


def test_appstreamcli_validates_the_metainfo() -> None:
    tool = tool_or_skip("appstreamcli", "appstream")
    done = subprocess.run(
        [tool, "validate", "--no-net", "--explain", str(METAINFO)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_desktop_file_validate_accepts_the_entry() -> None:
    tool = tool_or_skip("desktop-file-validate", "desktop-file-utils")
    done = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    # Hints are advice; anything stronger (error, warning) fails.
    problems = [line for line in done.stdout.splitlines() if ": hint: " not in line]
    assert done.returncode == 0 and problems == [], done.stdout + done.stderr


QUERY = """
import sys
from PySide6.QtCore import QMimeDatabase
db = QMimeDatabase()
for path in sys.argv[1:]:
    print(db.mimeTypeForFile(path).name())
"""


def test_the_mime_package_knows_both_files_by_name_and_by_content(
    org: Org, coordinator: UnlockedProfile, tmp_path: Path
) -> None:
    tool = tool_or_skip("update-mime-database", "shared-mime-info")
    data_home = tmp_path / "share"
    (data_home / "mime" / "packages").mkdir(parents=True)
    (data_home / "mime" / "packages" / MIME.name).write_bytes(MIME.read_bytes())
    subprocess.run([tool, str(data_home / "mime")], check=True, capture_output=True)
    files = tmp_path / "files"
    files.mkdir()
    (files / "hilltop.enrol").write_bytes(org.enrolment)
    (files / "from-the-coordinator").write_bytes(org.enrolment)
    create_backup(coordinator, files / "monday.lbk")
    (files / "backup-copy").write_bytes((files / "monday.lbk").read_bytes())
    names = ["hilltop.enrol", "from-the-coordinator", "monday.lbk", "backup-copy"]
    env = {**os.environ, "XDG_DATA_HOME": str(data_home), "XDG_DATA_DIRS": "/usr/share"}
    done = subprocess.run(
        [sys.executable, "-c", QUERY, *(str(files / n) for n in names)],
        env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert done.stdout.split() == [ENROLMENT_TYPE, ENROLMENT_TYPE, BACKUP_TYPE, BACKUP_TYPE]


IDENTIFY = """
from PySide6.QtWidgets import QApplication
from ui.app import identify
app = QApplication([])
identify(app)
print(app.applicationVersion(), app.desktopFileName())
"""


def test_the_running_app_carries_its_version_and_id() -> None:
    from logbook import __version__

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", IDENTIFY], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == [__version__, DESKTOP_ID]
